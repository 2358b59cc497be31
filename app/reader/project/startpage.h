#pragma once

#include <QWidget>

class QListWidget;

namespace bireader::reader {

// What the window shows with no document open: the recent documents (a text and its
// translation as one entry) to open with a click, and the ways to open something new.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void refresh(); // reads the recent documents again
    QListWidget *list() const { return m_list; }

signals:
    void openRequested(const QStringList &paths);
    void openFileRequested();
    void openPairRequested();

private:
    QListWidget *m_list;
};

} // namespace bireader::reader
