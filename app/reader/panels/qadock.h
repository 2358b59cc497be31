#pragma once

#include "glossary/glossaryset.h"
#include "qa/finding.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

// The QA dock: findings grouped by kind, click to jump, accept (hidden for good) and apply
// a glossary term. Checks run off the GUI thread after each change settles.
class QaDock : public QWidget
{
    Q_OBJECT

public:
    explicit QaDock(QWidget *parent = nullptr);
    ~QaDock() override;

    void setDocument(ProjectDocument *document);
    // Glossaries used besides the project's own (attached files, the user's): checked too.
    void setOtherGlossaries(const QList<GlossaryLayer> &layers);
    const QList<Finding> &findings() const { return m_findings; }
    QTreeWidget *tree() const { return m_tree; }

    void runNow(); // runs the checks at once, on this thread (tests, or after a reload)
    void runLater(); // after changes settle, off the GUI thread
    void acceptSelected();
    int selectedFinding() const;

signals:
    void findingsChanged(const QList<Finding> &findings);
    void jumpTo(int segment);
    void applyTermRequested(int glossaryEntry);
    void reportRequested(); // save the findings as a report (HTML or CSV)

private:
    void show(const QList<Finding> &findings);
    int glossaryEntryOf(const Finding &finding) const;
    void selectionChanged();

    ProjectDocument *m_doc = nullptr;
    QList<GlossaryLayer> m_layers;
    QList<Finding> m_findings;
    QTreeWidget *m_tree;
    QPushButton *m_accept, *m_apply;
    QTimer m_settle;
    QFutureWatcher<QList<Finding>> m_watcher;
    bool m_again = false;
};

} // namespace bireader::reader
