// A child process for tst_appkill: the reader window offscreen, opening a project (or
// importing a file as untitled work), then typing the corrections it reads from standard
// input ("SEGMENT<TAB>TEXT") into the translation panel, printing "committed N" after each.
#include "edit/projectdocument.h"
#include "mainwindow.h"
#include "panels/translationeditor.h"
#include "project/session.h"
#include "view/readerview.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>

#include <cstdio>

using namespace bireader::reader;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bireader"));
    QApplication::setOrganizationName(QStringLiteral("BireaderKillTest"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 2)
        return 2;
    MainWindow window;
    window.setPathAsker([](MainWindow::PathRole, const QString &, const QString &) { return QString(); });
    window.show();
    QSignalSpy shown(&window, &MainWindow::documentShown);
    window.openPath(args[1]);
    if (shown.isEmpty() && !shown.wait(30000))
        return 1;
    printf("open %s\n", qPrintable(window.session()->path()));
    fflush(stdout);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    QPlainTextEdit *editor = window.editor()->editor();
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        const int segment = line.left(tab).toInt();
        window.view()->goToSegment(segment - 1);
        editor->setPlainText(line.mid(tab + 1)); // as typing does: the document takes it and writes it
        printf("committed %d\n", segment);
        fflush(stdout);
    }
    return 0;
}
