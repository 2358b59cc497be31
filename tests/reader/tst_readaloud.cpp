#include "view/readaloud.h"
#include "view/speechengine.h"
#include "viewfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

namespace {

// Speaks nothing: records what it was given and finishes at once (or when told).
class FakeSpeechEngine : public SpeechEngine
{
public:
    QStringList said, languages;
    QList<double> rates;
    QStringList usedVoices;
    QStringList speakable { QStringLiteral("zh"), QStringLiteral("en") };
    bool autoFinish = true, paused = false;
    QString broken;

    bool canSpeak(const QString &language) const override { return speakable.contains(language); }
    QStringList voices(const QString &language) const override
    {
        return language == QLatin1String("zh") ? QStringList { QStringLiteral("Ting"), QStringLiteral("Mei") }
                                               : QStringList {};
    }
    void say(const QString &text, const QString &language, double rate) override
    {
        said << text;
        languages << language;
        rates << rate;
        usedVoices << voice(language);
        if (autoFinish)
            QMetaObject::invokeMethod(this, &SpeechEngine::finished, Qt::QueuedConnection);
    }
    void pause() override { paused = true; }
    void resume() override
    {
        paused = false;
        emit finished();
    }
    void stop() override { }
    QString problem() const override { return broken; }
};

} // namespace

// Read aloud (issue 15): the order, the lit sentence, pause, no voice, no engine.
class TestReadAloud : public testing::ShownViewTest
{
    Q_OBJECT
    std::unique_ptr<ReadAloud> m_read;
    FakeSpeechEngine *m_engine = nullptr;

    bool readToTheEnd()
    {
        QSignalSpy state(m_read.get(), &ReadAloud::stateChanged);
        return !m_read->isReading() || QTest::qWaitFor([this] { return !m_read->isReading(); }, 5000);
    }

private slots:
    void initTestCase() { QVERIFY(loadDictionary()); }

    void init()
    {
        showView();
        auto engine = std::make_unique<FakeSpeechEngine>();
        m_engine = engine.get();
        m_read = std::make_unique<ReadAloud>(m_view.get(), std::move(engine));
    }

    void cleanup()
    {
        m_read.reset();
        dropView();
    }

    void source_readsOnToTheEnd_sentenceBySentence()
    {
        m_read->setSides(ReadSides::Source);
        m_read->startAt(0, 0);
        QVERIFY(readToTheEnd());
        const Segment &first = m_doc->segment(0);
        QCOMPARE(m_engine->said.value(0),
                 first.source.text.mid(first.source.sentences[0].start, first.source.sentences[0].length).trimmed());
        QVERIFY(m_engine->said.size() >= 5);
        QVERIFY(!m_engine->languages.contains(QStringLiteral("en")));
        QCOMPARE(m_view->spokenSegment(), -1); // nothing lit once it is over
    }

    void both_alternates_andLightsBothPanes()
    {
        m_engine->autoFinish = false;
        m_read->setSides(ReadSides::Both);
        m_read->startAt(0, 0);
        QCOMPARE(m_engine->languages, QStringList { QStringLiteral("zh") });
        const Segment &first = m_doc->segment(0);
        QCOMPARE(m_view->spokenSegment(), 0);
        QCOMPARE(m_view->spokenRanges(Side::Source), QList<TextRange> { first.source.sentences[0] });
        QCOMPARE(m_view->spokenRanges(Side::Target), QList<TextRange> { first.target.sentences[0] });
        emit m_engine->finished();
        QTRY_COMPARE(m_engine->languages.size(), 2);
        QCOMPARE(m_engine->languages[1], QStringLiteral("en"));
        QCOMPARE(m_engine->said[1],
                 first.target.text.mid(first.target.sentences[0].start, first.target.sentences[0].length).trimmed());
        m_read->stop();
        QCOMPARE(m_view->spokenSegment(), -1);
    }

    void pause_holdsTheSentence_resumeGoesOn()
    {
        m_engine->autoFinish = false;
        m_read->startAt(0, 0);
        m_read->togglePause();
        QVERIFY(m_read->isPaused() && m_engine->paused);
        QTest::qWait(50);
        QCOMPARE(m_engine->said.size(), 1);
        m_read->togglePause(); // the fake finishes the sentence on resume
        QTRY_COMPARE(m_engine->said.size(), 2);
        m_read->stop();
    }

    void noVoiceForALanguage_isSkippedWithAMessage()
    {
        m_engine->speakable = { QStringLiteral("en") };
        QSignalSpy messages(m_read.get(), &ReadAloud::message);
        m_read->setSides(ReadSides::Both);
        m_read->startAt(0, 0);
        QVERIFY(readToTheEnd());
        QVERIFY(!m_engine->said.isEmpty());
        QVERIFY(!m_engine->languages.contains(QStringLiteral("zh")));
        QVERIFY(messages.size() > 0);
        QVERIFY(messages.front().front().toString().contains(QLatin1String("No voice for zh")));
    }

    void noEngine_isAMessage_neverAHang()
    {
        m_engine->broken = QStringLiteral("no speech engine is installed");
        QSignalSpy messages(m_read.get(), &ReadAloud::message);
        m_read->startAt(0, 0);
        QVERIFY(!m_read->isReading());
        QCOMPARE(messages.size(), 1);
        QVERIFY(m_engine->said.isEmpty());
    }
    void ratePerLanguage_andVoice_reachTheEngine()
    {
        m_engine->autoFinish = false;
        m_read->setRate(0.4);
        m_read->setRate(QStringLiteral("zh"), -0.4); // the language being learnt, slower
        m_engine->setVoice(QStringLiteral("zh"), QStringLiteral("Mei"));
        m_read->setSides(ReadSides::Both);
        m_read->startAt(0, 0);
        emit m_engine->finished();
        QTRY_COMPARE(m_engine->languages.size(), 2);
        QCOMPARE(m_engine->rates, (QList<double> { -0.4, 0.4 }));
        QCOMPARE(m_engine->usedVoices, (QStringList { QStringLiteral("Mei"), QString() }));
        m_read->stop();
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
