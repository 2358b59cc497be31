#pragma once

#include "model/result.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace bireader {
class Lexicon;
class ProjectDocument;
} // namespace bireader

namespace bireader::reader {

class GlossaryModel;
class OtherGlossaries;

// The Glossary dock: the project's terms in a table to filter and edit, with import and
// export of CSV, TSV and TBX files.
class GlossaryDock : public QWidget
{
    Q_OBJECT

public:
    GlossaryDock(Lexicon *lexicon, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    GlossaryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    OtherGlossaries *others() const { return m_others; } // attached files, the user's glossary
    void setFilter(const QString &text);

    // Each returns an error naming the file, or "" (the buttons ask for the file first).
    Result<> importFile(const QString &path);
    Result<> exportFile(const QString &path) const;
    // The selected terms copied into the user's glossary (used by every project).
    Result<> copySelectedToUserGlossary();

signals:
    void message(const QString &text);
    void userGlossaryChanged();

private:
    void add();
    void remove();

    Lexicon *m_lexicon;
    ProjectDocument *m_doc = nullptr;
    GlossaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    OtherGlossaries *m_others;
};

} // namespace bireader::reader
