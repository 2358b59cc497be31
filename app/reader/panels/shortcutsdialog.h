#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace bireader::reader {

// Help > Keyboard Shortcuts: every menu command with a shortcut, read from the menus
// themselves (so the page never goes stale), and the keys of the reading panes.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace bireader::reader
