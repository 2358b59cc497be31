#include "readaloud.h"

#include "edit/projectdocument.h"
#include "view/readerpane.h"
#include "view/readerview.h"
#include "view/speechengine.h"

#include <QTimer>

namespace bireader::reader {
namespace {

constexpr int kLookAhead = 1000; // segments searched for the next thing to read

int sentenceIndex(const SideText &t, int start)
{
    for (qsizetype i = 0; i < t.sentences.size(); ++i)
        if (t.sentences[i].start == start)
            return int(i);
    return -1;
}

} // namespace

ReadAloud::ReadAloud(ReaderView *view, std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_engine(std::move(engine))
{
    connect(m_engine.get(), &SpeechEngine::finished, this, [this] {
        if (m_reading && !m_paused)
            QTimer::singleShot(0, this, &ReadAloud::speakNext);
    });
    connect(m_engine.get(), &SpeechEngine::failed, this, [this](const QString &why) {
        stop();
        emit message(tr("Read aloud stopped: %1").arg(why));
    });
}

ReadAloud::~ReadAloud()
{
    if (m_reading)
        m_engine->stop();
}

void ReadAloud::start()
{
    const ProjectDocument *doc = m_view->document();
    if (!doc)
        return;
    int segment = m_view->currentSegment(), sentence = 0;
    if (m_view->litSegment() >= 0) { // the sentence pointed at
        segment = m_view->litSegment();
        const QList<TextRange> lit = m_view->litRanges(Side::Source);
        if (!lit.isEmpty())
            sentence = std::max(0, sentenceIndex(doc->segment(segment).source, lit.front().start));
    }
    startAt(segment, sentence);
}

void ReadAloud::startAt(int segment, int sentence)
{
    const ProjectDocument *doc = m_view->document();
    if (!doc)
        return;
    if (const QString problem = m_engine->problem(); !problem.isEmpty()) {
        emit message(tr("Cannot read aloud: %1").arg(problem));
        return;
    }
    m_engine->stop();
    m_queue = spokenSentences(doc->data().document, segment, m_sides, sentence);
    m_nextSegment = segment + 1;
    m_reading = true;
    m_paused = false;
    m_skipped = 0;
    emit stateChanged();
    speakNext();
}

void ReadAloud::stop()
{
    if (!m_reading)
        return;
    m_reading = m_paused = false;
    m_queue.clear();
    m_engine->stop();
    m_view->setSpoken(-1, {}, {});
    emit stateChanged();
}

void ReadAloud::togglePause()
{
    if (!m_reading)
        return;
    m_paused = !m_paused;
    if (m_paused)
        m_engine->pause();
    else
        m_engine->resume();
    emit stateChanged();
}

void ReadAloud::speakNext()
{
    const ProjectDocument *doc = m_view->document();
    if (!m_reading || !doc)
        return;
    for (int searched = 0; m_queue.isEmpty() && m_nextSegment < doc->segmentCount() && searched < kLookAhead;
         ++searched)
        m_queue = spokenSentences(doc->data().document, m_nextSegment++, m_sides);
    if (m_queue.isEmpty()) {
        stop();
        emit message(tr("Read to the end"));
        return;
    }
    m_current = m_queue.takeFirst();
    if (!m_engine->canSpeak(m_current.language)) {
        if (++m_skipped > 50) { // nothing here has a voice
            stop();
            emit message(
                tr("No voice for %1 or the other language: install one (Debian: espeak-ng)").arg(m_current.language));
            return;
        }
        emit message(tr("No voice for %1: skipped").arg(m_current.language));
        QTimer::singleShot(0, this, &ReadAloud::speakNext);
        return;
    }
    m_skipped = 0;
    light(m_current);
    m_engine->say(m_current.text, m_current.language, rate(m_current.language));
}

void ReadAloud::light(const SpokenSentence &s)
{
    const Segment &seg = m_view->document()->segment(s.segment);
    QList<TextRange> source, target;
    (s.side == Side::Source ? source : target) = s.ranges;
    // The counterpart, by the links (a correction has none of its own: all of it).
    if (s.side == Side::Source && !seg.isCorrected()) {
        const int i = sentenceIndex(seg.source, s.ranges.front().start);
        if (const Bead *b = i >= 0 ? seg.beadOf(Side::Source, i) : nullptr)
            for (int k = b->targetBegin; k < b->targetEnd() && k < seg.target.sentences.size(); ++k)
                target << seg.target.sentences[k];
    } else if (s.side == Side::Target && !seg.isCorrected()) {
        const int i = sentenceIndex(seg.target, s.ranges.front().start);
        if (const Bead *b = i >= 0 ? seg.beadOf(Side::Target, i) : nullptr)
            for (int k = b->sourceBegin; k < b->sourceEnd() && k < seg.source.sentences.size(); ++k)
                source << seg.source.sentences[k];
    }
    if (m_view->currentSegment() != s.segment)
        m_view->goToSegment(s.segment);
    m_view->setSpoken(s.segment, source, target);
}

} // namespace bireader::reader
