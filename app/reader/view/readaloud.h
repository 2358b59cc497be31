#pragma once

#include "study/readingorder.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace bireader::reader {

class ReaderView;
class SpeechEngine;

// Reading aloud (View > Read Aloud): sentence by sentence from the sentence pointed at (or
// the current segment), in the source, the translation, or both alternately, on through the
// document. The sentence being read is lit in both panes and kept in view. A language
// without a voice is skipped with a message; no engine at all is a message, never a hang.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    ReadAloud(ReaderView *view, std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~ReadAloud() override;

    void setSides(ReadSides sides) { m_sides = sides; }
    ReadSides sides() const { return m_sides; }
    void setRate(double rate) { m_rate = rate; } // -1 (slow) .. 1 (fast)
    // A language's own speed (a slower one for the language being learnt), else setRate()'s.
    void setRate(const QString &language, double rate) { m_rates.insert(language, rate); }
    double rate(const QString &language) const { return m_rates.value(language, m_rate); }
    void start(); // from the sentence pointed at, else the current segment
    void startAt(int segment, int sentence);
    void stop();
    void togglePause();
    bool isReading() const { return m_reading; }
    bool isPaused() const { return m_paused; }
    const SpokenSentence *current() const { return m_reading ? &m_current : nullptr; }
    SpeechEngine *engine() const { return m_engine.get(); }

signals:
    void message(const QString &text);
    void stateChanged();

private:
    void speakNext();
    void light(const SpokenSentence &s);

    ReaderView *m_view;
    std::unique_ptr<SpeechEngine> m_engine;
    ReadSides m_sides = ReadSides::Source;
    double m_rate = 0;
    QHash<QString, double> m_rates;
    bool m_reading = false, m_paused = false;
    QList<SpokenSentence> m_queue;
    int m_nextSegment = 0;
    int m_skipped = 0; // sentences skipped in a row for want of a voice
    SpokenSentence m_current;
};

} // namespace bireader::reader
