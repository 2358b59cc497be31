#pragma once

#include "edit/search.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

// The Search dock: plain text or a regular expression across both languages, hits listed
// and marked in the panes; replace in translations as one undo step.
class SearchDock : public QWidget
{
    Q_OBJECT

public:
    explicit SearchDock(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void find(const QString &text);
    int replaceAll(const QString &replacement); // number of segments changed
    const QList<SearchHit> &hits() const { return m_hits; }
    QLineEdit *findEdit() const { return m_find; }
    void focusFind();

signals:
    void hitsChanged(const QList<SearchHit> &hits);
    void jumpTo(int segment);

private:
    SearchQuery query() const;
    void search();

    ProjectDocument *m_doc = nullptr;
    QLineEdit *m_find, *m_replace;
    QCheckBox *m_regex, *m_case;
    QComboBox *m_scope;
    QListWidget *m_results;
    QLabel *m_status;
    QList<SearchHit> m_hits;
};

} // namespace bireader::reader
