#pragma once

#include "glossary/termentry.h"

#include <QAbstractTableModel>

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

// The project's glossary as a table (term, translations, renderings to avoid, reading,
// note). A thin adapter: every edit goes to the document as one undoable command.
class GlossaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Term, Approved, Forbidden, Reading, Note, ColumnCount };

    explicit GlossaryModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Requests that change the glossary (each one undo step).
    void addEntry(const TermEntry &entry);
    void removeRows(QList<int> rows);

private:
    const Glossary &glossary() const;
    void glossaryChanged();

    ProjectDocument *m_doc = nullptr;
};

} // namespace bireader::reader
