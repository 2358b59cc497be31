#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bireader::reader {
namespace {

void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, QString>> &out)
{
    for (const QAction *a : menu->actions()) {
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        const QString hint = text.section(QLatin1Char('\t'), 1); // "Pin Dictionary Popup\tShift"
        text = text.section(QLatin1Char('\t'), 0, 0).remove(QStringLiteral("…"));
        if (a->menu()) {
            collect(a->menu(), path + text + QStringLiteral(" › "), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!hint.isEmpty())
            keys << hint;
        if (!keys.isEmpty())
            out.append({ path + text, keys.join(QStringLiteral(", ")) });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const QAction *a : menus->actions())
        if (a->menu())
            collect(a->menu(), a->text().remove(QLatin1Char('&')) + QStringLiteral(" › "), rows);
    // The reading panes' own keys, which no menu shows.
    rows += { { tr("Next segment"), tr("J, Down") },
              { tr("Previous segment"), tr("K, Up") },
              { tr("Page down / up"), tr("Space, Page Down / Page Up") },
              { tr("First / last segment"), tr("Home / End") },
              { tr("Copy the selection (it may span segments)"),
                QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText) },
              { tr("Clear the selection; let a pinned dictionary popup go"), tr("Esc") },
              { tr("Pin the dictionary popup while it shows"), tr("Shift") },
              { tr("Open a web address in the text"), tr("Ctrl+click") },
              { tr("Select a word"), tr("Double-click") } };
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({ tr("Command"), tr("Keys") });
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace bireader::reader
