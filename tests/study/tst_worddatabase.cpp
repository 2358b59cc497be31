#include "study/worddatabase.h"

#include "../support/result.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

// The learner's word list across documents (issue 15).
class TestWordDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) { return m_dir.filePath(name); }

private slots:
    void unknownWord_isNew()
    {
        WordDatabase words;
        QVERIFY_OK(words.open(path(QStringLiteral("a/b/new.sqlite")))); // folders made
        QCOMPARE(words.status(QStringLiteral("zh"), u"灯塔"), WordStatus::New);
        QVERIFY(!words.find(QStringLiteral("zh"), u"灯塔"));
    }

    void status_isKeptAcrossOpens_andLanguagesApart()
    {
        const QString file = path(QStringLiteral("kept.sqlite"));
        {
            WordDatabase words;
            QVERIFY_OK(words.open(file));
            QVERIFY_OK(words.set({ QStringLiteral("zh-CN"),
                                   QStringLiteral("灯塔"),
                                   WordStatus::Learning2,
                                   QStringLiteral("dēng tǎ"),
                                   QStringLiteral("lighthouse"),
                                   {} }));
            QVERIFY_OK(words.set({ QStringLiteral("en"), QStringLiteral("Lamp"), WordStatus::Known, {}, {}, {} }));
        }
        WordDatabase again;
        QVERIFY_OK(again.open(file));
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.status(QStringLiteral("zh"), u"灯塔"), WordStatus::Learning2);
        QCOMPARE(again.find(QStringLiteral("zh"), u"灯塔")->reading, QStringLiteral("dēng tǎ"));
        QVERIFY(again.find(QStringLiteral("zh"), u"灯塔")->changed.isValid());
        QCOMPARE(again.status(QStringLiteral("en"), u"lamp"), WordStatus::Known); // case folded
        QCOMPARE(again.status(QStringLiteral("en"), u"灯塔"), WordStatus::New); // another language
    }

    void traditionalAndFullWidth_matchTheirFoldedForm()
    {
        WordDatabase words;
        QVERIFY_OK(words.open(path(QStringLiteral("fold.sqlite"))));
        QVERIFY_OK(words.set({ QStringLiteral("zh"), QStringLiteral("灯塔"), WordStatus::Known, {}, {}, {} }));
        QCOMPARE(words.status(QStringLiteral("zh"), u"燈塔"), WordStatus::Known);
        QVERIFY_OK(words.set({ QStringLiteral("en"), QStringLiteral("AI"), WordStatus::Ignored, {}, {}, {} }));
        QCOMPARE(words.status(QStringLiteral("en"), u"ＡＩ"), WordStatus::Ignored);
    }

    void settingNew_forgetsTheWord()
    {
        const QString file = path(QStringLiteral("forget.sqlite"));
        {
            WordDatabase words;
            QVERIFY_OK(words.open(file));
            QVERIFY_OK(words.set({ QStringLiteral("zh"), QStringLiteral("船"), WordStatus::Learning1, {}, {}, {} }));
            QVERIFY_OK(words.set({ QStringLiteral("zh"), QStringLiteral("船"), WordStatus::New, {}, {}, {} }));
            QCOMPARE(words.size(), 0);
        }
        WordDatabase again;
        QVERIFY_OK(again.open(file));
        QCOMPARE(again.size(), 0);
    }

    void setMany_storesAllInOneGo_andListsByTerm()
    {
        WordDatabase words;
        QVERIFY_OK(words.open(path(QStringLiteral("many.sqlite"))));
        const Result<int> n
            = words.setMany({ { QStringLiteral("zh"), QStringLiteral("雾"), WordStatus::Known, {}, {}, {} },
                              { QStringLiteral("zh"), QStringLiteral("  "), WordStatus::Known, {}, {}, {} },
                              { QStringLiteral("zh"), QStringLiteral("船"), WordStatus::Learning3, {}, {}, {} } });
        QVERIFY_OK(n);
        QCOMPARE(n.value(), 2); // the blank term is skipped
        const QList<WordRecord> list = words.words(QStringLiteral("zh"));
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].term < list[1].term);
    }

    void notADatabase_isAClearError_andTheFileIsKept()
    {
        const QString file = path(QStringLiteral("text.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just text that is long enough to look like a header\n");
        f.close();
        WordDatabase words;
        const Result<> r = words.open(file);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(file), qPrintable(r.error()));
        QVERIFY(!words.isOpen());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("not a database"));
    }

    void statusNames_roundTrip_andLuteLevelsRead()
    {
        for (int s = 0; s <= int(WordStatus::Ignored); ++s)
            QCOMPARE(wordStatusFromName(wordStatusName(WordStatus(s))), std::optional(WordStatus(s)));
        QCOMPARE(wordStatusFromName(QStringLiteral("3")), std::optional(WordStatus::Learning3));
        QCOMPARE(wordStatusFromName(QStringLiteral("99")), std::optional(WordStatus::Known));
        QCOMPARE(wordStatusFromName(QStringLiteral("98")), std::optional(WordStatus::Ignored));
        QCOMPARE(wordStatusFromName(QStringLiteral("Known")), std::optional(WordStatus::Known));
        QVERIFY(!wordStatusFromName(QStringLiteral("7")));
        QVERIFY(!wordStatusFromName(QStringLiteral("sometimes")));
    }
};

QTEST_GUILESS_MAIN(TestWordDatabase)
#include "tst_worddatabase.moc"
