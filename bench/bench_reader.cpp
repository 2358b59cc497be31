// Reader window benchmark (offscreen): a generated book of N segments.
//
//   bench_reader N [--dict FILE]
//
// Prints one JSON line: the time from opening the project to both panes painted,
// a scroll step of the panes in step (scroll + the other pane following + both painted),
// a jump to a far segment, a hover (lookup, popup, both panes painted), and peak memory.
#include "edit/projectdocument.h"
#include "glossary/lexicon.h"
#include "mainwindow.h"
#include "project/session.h"
#include "readerbook.h"
#include "store/projectstore.h"
#include "text/sentencesplitter.h"
#include "view/hoverpopup.h"
#include "view/readerview.h"
#include "view/rubyview.h"
#include "view/wordstatusview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace bireader;
using namespace bireader::reader;
using namespace bireader::bench;

namespace {

// Counts paint events, to show that every measured step painted.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    offscreenQuietly();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args[1].toInt() : 50000;
    const int dictAt = int(args.indexOf(QStringLiteral("--dict")));
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("book.bireader"));
    {
        ProjectStore store;
        if (const QString e = store.create(path, book(n)).error(); !e.isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
    }
    const double baseMb = peakMb();

    MainWindow window;
    window.resize(1400, 900);
    QElapsedTimer t;
    double dictMs = 0;
    if (dictAt > 0) {
        t.start();
        if (const QString e = window.lexicon()->loadNow(args.value(dictAt + 1)).error(); !e.isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        dictMs = t.nsecsElapsed() / 1e6;
    }

    ReaderView *view = window.view();
    PaintCounter counter;
    view->pane(Side::Source)->viewport()->installEventFilter(&counter);
    view->pane(Side::Target)->viewport()->installEventFilter(&counter);

    // Open: the project read, the window shown and exposed, both panes painted.
    t.restart();
    window.openPath(path);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    paintBoth(view);
    const double openMs = t.nsecsElapsed() / 1e6;
    if (!window.session()->document() || counter.paints < 2) {
        fprintf(stderr, "the project did not open and paint\n");
        return 1;
    }
    // --study: pinyin above the words, tone colours and word status tints, as a learner reads.
    // --mode source|translation: one language, the other in the strip; interleaved: one
    // column, each paragraph followed by its translation.
    const bool study = args.contains(QStringLiteral("--study"));
    if (study) {
        view->ruby()->setPinyin(true);
        view->ruby()->setToneScheme(ToneScheme::Pleco);
        view->wordStatus()->setEnabled(true);
    }
    const QString mode = args.value(int(args.indexOf(QStringLiteral("--mode"))) + 1);
    if (mode == QLatin1String("interleaved"))
        view->setInterleaved(true);
    else if (args.contains(QStringLiteral("--mode")))
        view->setSingleSide(mode == QLatin1String("translation") ? Side::Target : Side::Source);

    // Scroll steps of three lines in the source pane; the translation pane follows.
    std::vector<double> steps;
    for (int i = 0; i < 300; ++i) {
        t.restart();
        view->pane(Side::Source)->scrollByPixels(60);
        paintBoth(view);
        steps.push_back(t.nsecsElapsed() / 1e6);
    }
    // Jumps far away (minimap clicks, search hits).
    std::vector<double> jumps;
    QRandomGenerator rng(7);
    for (int i = 0; i < 50; ++i) {
        t.restart();
        view->goToSegment(int(rng.bounded(n)));
        paintBoth(view);
        jumps.push_back(t.nsecsElapsed() / 1e6);
    }
    // Hovers over visible Chinese text: lookup, popup, both panes painted with the lit sentences.
    std::vector<double> hovers;
    for (int i = 0; i < 200; ++i) {
        const QList<int> visible = view->pane(Side::Source)->visibleSegments();
        const int seg = visible[int(rng.bounded(int(visible.size())))];
        const int offset = int(rng.bounded(int(window.session()->document()->segment(seg).source.text.size())));
        t.restart();
        view->pointAt(Side::Source, seg, offset, QPoint(300, 300));
        paintBoth(view);
        if (view->popup()->isVisible())
            view->popup()->repaint();
        hovers.push_back(t.nsecsElapsed() / 1e6);
    }
    // Switching reading modes at a random place: the panes laid out again where they show.
    std::vector<double> switches;
    const std::function<void()> modes[]
        = { [view] { view->setInterleaved(true); }, [view] { view->setSingleSide(Side::Source); },
            [view] { view->setSingleSide(Side::Target); },
            [view] {
                view->setInterleaved(false);
                view->setSingleSide(std::nullopt);
            } };
    for (int i = 0; i < 40; ++i) {
        view->goToSegment(int(rng.bounded(n)));
        paintBoth(view);
        t.restart();
        modes[i % 4]();
        paintBoth(view);
        switches.push_back(t.nsecsElapsed() / 1e6);
    }
    // Filtering (View > Show Segments): every segment tested, the panes laid out again.
    std::vector<double> filters;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        view->setFilter(i % 2 ? ReaderView::Filter::All : ReaderView::Filter::Unconfirmed);
        paintBoth(view);
        filters.push_back(t.nsecsElapsed() / 1e6);
    }
    const Stats s = stats(steps), j = stats(jumps), h = stats(hovers), w = stats(switches), f = stats(filters);
    const QJsonObject o { { QStringLiteral("segments"), n },
                          { QStringLiteral("dict_load_ms"), dictMs },
                          { QStringLiteral("study"), study },
                          { QStringLiteral("mode"),
                            args.contains(QStringLiteral("--mode")) ? mode : QStringLiteral("both") },
                          { QStringLiteral("open_to_painted_ms"), openMs },
                          { QStringLiteral("scroll_step_ms_mean"), s.mean },
                          { QStringLiteral("scroll_step_ms_p95"), s.p95 },
                          { QStringLiteral("scroll_step_ms_max"), s.max },
                          { QStringLiteral("jump_ms_mean"), j.mean },
                          { QStringLiteral("mode_switch_ms_mean"), w.mean },
                          { QStringLiteral("mode_switch_ms_max"), w.max },
                          { QStringLiteral("filter_switch_ms_mean"), f.mean },
                          { QStringLiteral("filter_switch_ms_max"), f.max },
                          { QStringLiteral("jump_ms_max"), j.max },
                          { QStringLiteral("hover_ms_mean"), h.mean },
                          { QStringLiteral("hover_ms_p95"), h.p95 },
                          { QStringLiteral("hover_ms_max"), h.max },
                          { QStringLiteral("pane_paints"), counter.paints },
                          { QStringLiteral("peak_mb_before_window"), baseMb },
                          { QStringLiteral("peak_mb"), peakMb() } };
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    window.session()->close();
    return 0;
}
