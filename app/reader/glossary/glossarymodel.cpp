#include "glossarymodel.h"

#include "edit/projectdocument.h"

#include <algorithm>

namespace bireader::reader {
GlossaryModel::GlossaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GlossaryModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc)
        connect(m_doc, &ProjectDocument::glossaryChanged, this, &GlossaryModel::glossaryChanged);
    endResetModel();
}

const Glossary &GlossaryModel::glossary() const
{
    static const Glossary empty;
    return m_doc ? m_doc->data().glossary : empty;
}

void GlossaryModel::glossaryChanged()
{
    beginResetModel();
    endResetModel();
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(glossary().entries.size());
}

int GlossaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const TermEntry &e = glossary().entries[index.row()];
    switch (index.column()) {
    case Term:
        return e.source;
    case Approved:
        return joinRenderings(e.approved);
    case Forbidden:
        return joinRenderings(e.forbidden);
    case Reading:
        return e.reading;
    case Note:
        return e.note;
    }
    return {};
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Term:
        return tr("Term");
    case Approved:
        return tr("Translation");
    case Forbidden:
        return tr("Avoid");
    case Reading:
        return tr("Reading");
    case Note:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags GlossaryModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool GlossaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_doc || !index.isValid() || role != Qt::EditRole)
        return false;
    Glossary g = glossary();
    TermEntry &e = g.entries[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Term:
        if (text.isEmpty())
            return false;
        e.source = text;
        break;
    case Approved:
        e.approved = splitRenderings(text);
        break;
    case Forbidden:
        e.forbidden = splitRenderings(text);
        break;
    case Reading:
        e.reading = text;
        break;
    case Note:
        e.note = value.toString();
        break;
    }
    m_doc->setGlossary(g);
    return true;
}

void GlossaryModel::addEntry(const TermEntry &entry)
{
    if (!m_doc || entry.source.trimmed().isEmpty())
        return;
    Glossary g = glossary();
    g.merge(entry);
    m_doc->setGlossary(g);
}

void GlossaryModel::removeRows(QList<int> rows)
{
    if (!m_doc || rows.isEmpty())
        return;
    Glossary g = glossary();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        if (r >= 0 && r < g.entries.size())
            g.entries.removeAt(r);
    m_doc->setGlossary(g);
}

} // namespace bireader::reader
