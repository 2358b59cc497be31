#pragma once

#include "edit/applyterm.h"

#include <QDialog>

class QListWidget;

namespace bireader::reader {

// The preview of "apply term": each proposed replacement of a wrong rendering with the
// approved one, to tick or untick; segments to fix by hand are listed, not ticked.
class ApplyTermDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyTermDialog(const ProjectData &data, int entry, QWidget *parent = nullptr);
    QList<TermReplacement> chosen() const;
    int proposalCount() const { return int(m_proposals.size()); }
    QListWidget *list() const { return m_list; }

private:
    QList<TermReplacement> m_proposals;
    QListWidget *m_list;
};

} // namespace bireader::reader
