#pragma once

// A main window for the reader's end-to-end widget tests: shown, active, with a "file
// dialog" that answers what the test sets, and documents opened as the File menu does.
#include "edit/projectdocument.h"
#include "mainwindow.h"
#include "project/session.h"

#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace bireader::testing {

inline const QString kPage = QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt");

class WindowFixture : public QObject
{
protected:
    std::unique_ptr<reader::MainWindow> m_window;
    QString m_answer; // what the "file dialog" answers

    ProjectDocument *doc() const { return m_window->session()->document(); }

    bool open(const QString &path)
    {
        QSignalSpy shown(m_window.get(), &reader::MainWindow::documentShown);
        m_window->openPath(path);
        return shown.size() > 0 || shown.wait(20000);
    }

    static void startClean()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(Session::autosaveDir()).removeRecursively();
    }

    void makeWindow()
    {
        m_window = std::make_unique<reader::MainWindow>();
        m_window->setPathAsker(
            [this](reader::MainWindow::PathRole, const QString &, const QString &) { return m_answer; });
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void dropWindow()
    {
        if (m_window)
            m_window->session()->discard();
        m_window.reset();
    }

    template <typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }
};

} // namespace bireader::testing
