// Spelling with hunspell: a dictionary of Bireader's own (tests/data/spelling/en_ZZ) and,
// where Debian's hunspell-en-us is installed, the real one.
#include "text/spellchecker.h"

#include "../support/result.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

namespace {
const QStringList kOwn { QStringLiteral(BIREADER_TEST_DATA "/spelling") };
}

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void dictionaryFor_aTagOrALanguage()
    {
        QVERIFY(SpellChecker::dictionaryFor(QStringLiteral("en-ZZ"), kOwn).endsWith(QLatin1String("en_ZZ.aff")));
        QVERIFY(SpellChecker::dictionaryFor(QStringLiteral("en"), kOwn).endsWith(QLatin1String("en_ZZ.aff")));
        QVERIFY(SpellChecker::dictionaryFor(QStringLiteral("fr"), kOwn).isEmpty());
    }

    void noDictionary_isAClearError_andNothingIsFlagged()
    {
        SpellChecker s;
        const Result<> r = s.load(QStringLiteral("fr"), {}, kOwn);
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("fr")));
        QVERIFY(!s.isLoaded());
        QVERIFY(s.misspelt(QStringLiteral("nimporte quoi")).isEmpty());
    }

    void misspelt_wordsOnly_notDigits_notAccepted()
    {
        SpellChecker s;
        QVERIFY_OK(s.load(QStringLiteral("en"), {}, kOwn));
        const QString text = QStringLiteral("The keeper clmbed 118 steps to the lighthuose, A100 and Zhou.");
        const QList<TextRange> bad = s.misspelt(text, { QStringLiteral("zhou") });
        QStringList words;
        for (const TextRange &r : bad)
            words << text.mid(r.start, r.length);
        QCOMPARE(words,
                 (QStringList { QStringLiteral("clmbed"), QStringLiteral("to"), QStringLiteral("lighthuose"),
                                QStringLiteral("and") }));
        QVERIFY(s.suggestions(QStringLiteral("lighthuose")).contains(QStringLiteral("lighthouse")));
        QVERIFY(s.suggestions(QStringLiteral("clmbed")).contains(QStringLiteral("climbed")));
    }

    void userWords_addedAndKept()
    {
        QTemporaryDir dir;
        const QString words = dir.filePath(QStringLiteral("spelling/en.txt"));
        {
            SpellChecker s;
            QVERIFY_OK(s.load(QStringLiteral("en"), words, kOwn));
            QVERIFY(!s.isCorrect(QStringLiteral("Bireader")));
            QVERIFY_OK(s.addToUserWords(QStringLiteral("Bireader")));
            QVERIFY(s.isCorrect(QStringLiteral("Bireader")));
        }
        SpellChecker again;
        QVERIFY_OK(again.load(QStringLiteral("en"), words, kOwn));
        QVERIFY(again.isCorrect(QStringLiteral("Bireader")));
    }

    void debiansEnglish_whenInstalled()
    {
        SpellChecker s;
        if (!s.load(QStringLiteral("en")))
            QSKIP("hunspell-en-us is not installed");
        QVERIFY(s.misspelt(QStringLiteral("The ships will need the light more than usual.")).isEmpty());
        const QString text = QStringLiteral("Teh ships wil need the light.");
        QCOMPARE(s.misspelt(text).size(), 2);
        QVERIFY(s.suggestions(QStringLiteral("wil")).contains(QStringLiteral("will")));
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
