#include "importjob.h"

#include "io/fileimport.h"
#include "project/projectimport.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace bireader::reader {

ImportJob::ImportJob(QStringList paths, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_options(std::move(options))
    , m_canceled(std::make_shared<std::atomic_bool>(false))
{
}

ImportJob::ImportJob(QString text, QString translation, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_text(std::move(text))
    , m_translation(std::move(translation))
    , m_options(std::move(options))
    , m_canceled(std::make_shared<std::atomic_bool>(false))
{
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(QWidget *dialogParent, Done done)
{
    auto canceled = m_canceled;
    m_options.isCanceled = [canceled] { return canceled->load(); };
    if (dialogParent) {
        QStringList names;
        for (const QString &p : std::as_const(m_paths))
            names << QFileInfo(p).fileName();
        if (m_paths.isEmpty())
            names << tr("the pasted text");
        m_dialog = new QProgressDialog(tr("Importing and aligning %1…").arg(names.join(tr(" and "))), tr("Cancel"), 0,
                                       0, dialogParent);
        m_dialog->setWindowTitle(tr("Import"));
        m_dialog->setMinimumDuration(300);
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &QProgressDialog::canceled, this, &ImportJob::cancel);
    }
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this, done] {
        if (m_dialog) {
            m_dialog->reset();
            m_dialog->deleteLater();
            m_dialog = nullptr;
        }
        done(m_watcher.result());
    });
    m_watcher.setFuture(
        QtConcurrent::run([paths = m_paths, text = m_text, translation = m_translation, options = m_options] {
            Outcome out;
            if (!paths.isEmpty()) {
                out.result = importFiles(paths, options);
                if (out.result.ok())
                    out.data = projectFromImport(out.result, paths);
                return out;
            }
            out.result = importTexts(text, translation, options);
            if (out.result.ok()) {
                out.data = projectFromImport(out.result, {});
                out.data.sources.append({ tr("pasted text"), QStringLiteral("UTF-8"), text });
                if (!translation.trimmed().isEmpty())
                    out.data.sources.append({ tr("pasted translation"), QStringLiteral("UTF-8"), translation });
            }
            return out;
        }));
}

} // namespace bireader::reader
