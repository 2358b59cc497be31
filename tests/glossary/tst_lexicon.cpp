#include "glossary/lexicon.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

// The reader's dictionary: loaded off the GUI thread, looked up through a hover lookup.
class TestLexicon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dictionaryFile(const QByteArray &lines)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.u8").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(lines) != lines.size())
            qFatal("cannot write the fixture dictionary");
        return path;
    }
    int m_files = 0;

private slots:
    void loadNow_readsTheDictionary()
    {
        Lexicon lexicon;
        QSignalSpy changed(&lexicon, &Lexicon::dictionaryChanged);
        const QString path = dictionaryFile("灯塔 灯塔 [deng1 ta3] /lighthouse/\n");
        QVERIFY(lexicon.loadNow(path).ok());
        QCOMPARE(lexicon.size(), 1);
        QCOMPARE(lexicon.path(), path);
        QCOMPARE(changed.size(), 1);
        const QList<HoverEntry> found = lexicon.lookupFor({})->at(u"北角灯塔", 2);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.front().headword, QStringLiteral("灯塔"));
    }

    void missingFile_isAnErrorNamingIt_andKeepsTheOldDictionary()
    {
        Lexicon lexicon;
        QVERIFY(lexicon.loadNow(dictionaryFile("船 船 [chuan2] /ship/\n")).ok());
        const Result<> r = lexicon.loadNow(m_dir.filePath(QStringLiteral("missing.u8")));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("missing.u8")), qPrintable(r.error()));
        QCOMPARE(lexicon.size(), 1);
    }

    void load_runsInTheBackground()
    {
        Lexicon lexicon;
        QSignalSpy changed(&lexicon, &Lexicon::dictionaryChanged);
        lexicon.load(dictionaryFile("船 船 [chuan2] /ship/\n灯塔 灯塔 [deng1 ta3] /lighthouse/\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(lexicon.size(), 2);
        QSignalSpy failed(&lexicon, &Lexicon::loadFailed);
        lexicon.load(m_dir.filePath(QStringLiteral("none.u8")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(lexicon.size(), 2);
    }

    void lookup_keepsItsDictionary_whenAnotherLoads()
    {
        Lexicon lexicon;
        QVERIFY(lexicon.loadNow(dictionaryFile("船 船 [chuan2] /ship/\n")).ok());
        const std::shared_ptr<const HoverLookup> lookup = lexicon.lookupFor({});
        QVERIFY(lexicon.loadNow(dictionaryFile("灯塔 灯塔 [deng1 ta3] /lighthouse/\n")).ok());
        QCOMPARE(lookup->at(u"船", 0).size(), 1); // still the first dictionary, not freed
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
