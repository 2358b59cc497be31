#pragma once

#include "edit/applyterm.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace bireader::reader {

// The preview of "apply term": a row per proposed replacement, ticked, with the span found
// highlighted in its sentence. The span is a choice: the finder's other candidates are in
// the list, and any text of the translation may be typed. A row the finder was not sure
// of starts unticked with its candidates to pick from.
class ApplyTermDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyTermDialog(const ProjectData &data, int entry, const Dictionary *dictionary, QWidget *parent = nullptr);
    QList<TermReplacement> chosen() const;
    int proposalCount() const { return int(m_proposals.size()); }
    QTableWidget *table() const { return m_table; }
    QComboBox *spanChooser(int row) const;
    QString contextHtml(int row) const;

private:
    void spanEdited(int row);
    TextRange spanOf(int row) const; // what row's chooser names in the translation, or empty

    const ProjectData &m_data;
    QList<TermReplacement> m_proposals;
    QTableWidget *m_table;
};

} // namespace bireader::reader
