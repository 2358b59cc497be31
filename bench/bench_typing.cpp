// Typing in the translation editor of a large project (offscreen).
//
//   bench_typing N [KEYS]
//
// A project of N segments on disk (next to the working directory, not in a RAM /tmp: each
// keystroke is committed to the file). The editor gets KEYS characters (default 250) of an
// English correction, twice: as fast as possible, each key timed from the key event to the
// edit committed and both panes repainted; then at a sustained 30 keys/s, where the lag is
// how far the last key is handled behind its moment; then the pause after typing, when the QA
// checks run again (the longest the event loop is held up). Prints one JSON line.
#include "edit/projectdocument.h"
#include "mainwindow.h"
#include "panels/translationeditor.h"
#include "project/session.h"
#include "readerbook.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <cstdio>

using namespace bireader;
using namespace bireader::bench;
using namespace bireader::reader;

namespace {

const QString kText
    = QStringLiteral(" The keeper climbed the hundred and eighteen steps again, as he had every evening "
                     "for thirty-two years, and lit the lamp before the fog came in from the sea.");

void type(QWidget *editor, QChar c)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(editor, &press);
    QApplication::sendEvent(editor, &release);
}

} // namespace

int main(int argc, char **argv)
{
    offscreenQuietly();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50000;
    const int keys = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 250;
    QTemporaryDir tmp(QDir::current().filePath(QStringLiteral("bench-typing-XXXXXX")));
    const QString path = tmp.filePath(QStringLiteral("book.bireader"));
    {
        ProjectStore store;
        if (const QString e = store.create(path, book(n)).error(); !e.isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
    }
    MainWindow window;
    window.resize(1400, 900);
    window.openPath(path);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed() || !window.session()->document())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ProjectDocument *doc = window.session()->document();
    ReaderView *view = window.view();
    QPlainTextEdit *editor = window.editor()->editor();

    auto startAt = [&](int segment) {
        view->goToSegment(segment);
        QCoreApplication::processEvents();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
    };

    // As fast as it goes: each key's own cost.
    const int first = n / 2;
    startAt(first);
    std::vector<double> perKey;
    QElapsedTimer t;
    for (int i = 0; i < keys; ++i) {
        t.start();
        type(editor, kText[i % kText.size()]);
        paintBoth(view);
        perKey.push_back(t.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents(); // what the key left for later runs between keys, not in its time
    }
    const bool committed = doc->segment(first).currentTarget().text.endsWith(kText.left(keys % kText.size()).right(8));

    // A sustained 30 keys/s: the event loop runs between keys, as in the application.
    const int second = n / 2 + 7;
    startAt(second);
    constexpr double kInterval = 1000.0 / 30;
    QElapsedTimer clock;
    clock.start();
    double worstLag = 0;
    for (int i = 0; i < keys; ++i) {
        while (clock.nsecsElapsed() / 1e6 < i * kInterval)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        worstLag = std::max(worstLag, clock.nsecsElapsed() / 1e6 - i * kInterval);
        type(editor, kText[i % kText.size()]);
        paintBoth(view);
    }
    const double lastLag = clock.nsecsElapsed() / 1e6 - (keys - 1) * kInterval;
    // The pause after typing: the QA checks run (off the GUI thread) and their findings are
    // shown; the longest the event loop is kept from the user meanwhile.
    double stall = 0;
    QElapsedTimer idle, gap;
    idle.start();
    gap.start();
    while (idle.elapsed() < 4000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        stall = std::max(stall, gap.nsecsElapsed() / 1e6);
        gap.restart();
    }
    const Stats s = stats(perKey);
    const QJsonObject o { { QStringLiteral("segments"), n },
                          { QStringLiteral("keys"), keys },
                          { QStringLiteral("key_ms_mean"), s.mean },
                          { QStringLiteral("key_ms_p95"), s.p95 },
                          { QStringLiteral("key_ms_max"), s.max },
                          { QStringLiteral("at_30_keys_s_worst_lag_ms"), worstLag },
                          { QStringLiteral("at_30_keys_s_last_key_done_after_ms"), lastLag },
                          { QStringLiteral("after_typing_longest_stall_ms"), stall },
                          { QStringLiteral("committed"), committed },
                          { QStringLiteral("undo_steps"), doc->undoStack()->count() },
                          { QStringLiteral("peak_mb"), peakMb() } };
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    window.session()->close();
    return 0;
}
