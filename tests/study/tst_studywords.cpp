#include "glossary/cedictreader.h"
#include "study/studywords.h"
#include "study/worddatabase.h"

#include "../support/result.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

namespace {

QStringList wordsOf(const QString &text, const QString &language, const Dictionary *dict,
                    const WordDatabase *words = nullptr)
{
    QStringList out;
    for (const TextRange &r : studyWords(text, language, dict, words))
        out << text.mid(r.start, r.length);
    return out;
}

} // namespace

// The words a learner marks, and how much of a text is known (issue 15).
class TestStudyWords : public QObject
{
    Q_OBJECT

    Dictionary m_dict;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QByteArray bytes("燈塔 灯塔 [deng1 ta3] /lighthouse/\n"
                         "工作 工作 [gong1 zuo4] /to work/\n"
                         "三十 三十 [san1 shi2] /thirty/\n"
                         "每天 每天 [mei3 tian1] /every day/\n"
                         "老 老 [lao3] /old/\n");
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        QVERIFY(readCedict(b, QStringLiteral("d"), m_dict).ok());
    }

    void chinese_cutByTheDictionarysLongestMatch()
    {
        QCOMPARE(wordsOf(QStringLiteral("老周在灯塔工作，每天。"), QStringLiteral("zh"), &m_dict),
                 (QStringList { "老", "周", "在", "灯塔", "工作", "每天" }));
    }

    void mixedScripts_latinWordsByIcu_numbersLeftOut()
    {
        QCOMPARE(wordsOf(QStringLiteral("灯塔 DeepSeek 32 工作"), QStringLiteral("zh"), &m_dict),
                 (QStringList { "灯塔", "DeepSeek", "工作" }));
        QCOMPARE(wordsOf(QStringLiteral("The lamp's light, 32 times."), QStringLiteral("en"), nullptr),
                 (QStringList { "The", "lamp's", "light", "times" }));
    }

    void learnersOwnTerm_isOneWord()
    {
        WordDatabase words;
        QVERIFY_OK(words.open(m_dir.filePath(QStringLiteral("w.sqlite"))));
        QVERIFY_OK(words.set({ QStringLiteral("zh"), QStringLiteral("老周"), WordStatus::Ignored, {}, {}, {} }));
        QCOMPARE(wordsOf(QStringLiteral("老周在灯塔"), QStringLiteral("zh"), &m_dict, &words),
                 (QStringList { "老周", "在", "灯塔" }));
    }

    void counts_distinctByStatus_shareOfRunningWords()
    {
        WordDatabase words;
        QVERIFY_OK(words.open(m_dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY_OK(
            words.setMany({ { QStringLiteral("zh"), QStringLiteral("灯塔"), WordStatus::Known, {}, {}, {} },
                            { QStringLiteral("zh"), QStringLiteral("工作"), WordStatus::Learning2, {}, {}, {} },
                            { QStringLiteral("zh"), QStringLiteral("老周"), WordStatus::Ignored, {}, {}, {} } }));
        // 老周 / 在 / 灯塔 / 工作 ; 灯塔 / 每天
        const WordCounts c = countWords({ QStringLiteral("老周在灯塔工作。"), QStringLiteral("灯塔每天") },
                                        QStringLiteral("zh"), &m_dict, words);
        QCOMPARE(c.known, 1);
        QCOMPARE(c.learning, 1);
        QCOMPARE(c.fresh, 2); // 在, 每天
        QCOMPARE(c.ignored, 1);
        QCOMPARE(c.running, 5); // 在 灯塔 工作 灯塔 每天: the ignored name not counted
        QCOMPARE(c.runningKnown, 2);
        QCOMPARE(c.knownShare(), 0.4);
    }
};

QTEST_GUILESS_MAIN(TestStudyWords)
#include "tst_studywords.moc"
