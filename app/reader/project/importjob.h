#pragma once

#include "io/importer.h"
#include "store/projectdata.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace bireader::reader {

// An import (reading, sentence splitting, alignment) off the GUI thread, with a progress
// dialog whose Cancel stops the aligner. `done` gets the result on the GUI thread.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        ImportResult result;
        ProjectData data;
    };
    using Done = std::function<void(const Outcome &)>;

    ImportJob(QStringList paths, ImportOptions options, QObject *parent = nullptr);
    // Pasted or dropped text: a bilingual text, or a text and its translation.
    ImportJob(QString text, QString translation, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start(QWidget *dialogParent, Done done); // dialogParent null: no dialog
    void cancel() { *m_canceled = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    QFuture<Outcome> future() const { return m_watcher.future(); }

private:
    QStringList m_paths;
    QString m_text, m_translation; // when there are no paths
    ImportOptions m_options;
    std::shared_ptr<std::atomic_bool> m_canceled;
    QFutureWatcher<Outcome> m_watcher;
    QProgressDialog *m_dialog = nullptr;
};

} // namespace bireader::reader
