// The third hostile-input round (issue 24), as bireader-cli meets it: damaged projects,
// locks through other names of a file, outputs onto files that must stay, options a command
// does not take, and input that used to come out silently wrong. Each test failed before
// its fix.
#include "cliproject.h"
#include "store/projectlock.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

using namespace clitest;

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    // A stored link to sentence 1,000,000: every reader of the beads sees them checked.
    void damagedLinks_readersWarnNeverCrash()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        sql(project,
            QStringLiteral(
                "UPDATE segments SET beads = x'40420f000100000040420f000100000010270000' WHERE position = 5"));
        for (const QStringList &command :
             { QStringList { QStringLiteral("links"), project, QStringLiteral("6") },
               QStringList { QStringLiteral("qa"), project }, QStringList { QStringLiteral("realign"), project } }) {
            const Run r = cli(command);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.contains("segment 6 held sentence links"), r.err.constData());
        }
    }

    void linkRange_checkedBeforeAnythingIsBuilt()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const Run r = cli({ QStringLiteral("link"), project, QStringLiteral("3"), QStringLiteral("1-2147483647"),
                            QStringLiteral("1") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("segment 3 has"), r.err.constData());
    }

    // The lock is the file's, whatever its name: a symbolic link or a hard link to a project
    // the reader holds is refused too; create --force keeps a symbolic link a link.
    void lock_followsTheFileNotTheName()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const QString symlink = dir.filePath(QStringLiteral("r.sym")), hard = dir.filePath(QStringLiteral("r.hard"));
        QVERIFY(QFile::link(project, symlink));
        QVERIFY(::link(QFile::encodeName(project).constData(), QFile::encodeName(hard).constData()) == 0);
        const QString terms = writeFile(dir, QStringLiteral("t.csv"), "term,translation\n灯塔,lighthouse\n");
        bireader::ProjectLock held;
        QVERIFY(held.tryLock(project).isEmpty());
        const QByteArray before = digest(project);
        for (const QString &name : { symlink, hard })
            for (const QStringList &command :
                 { QStringList { QStringLiteral("edit"), name, QStringLiteral("1"), QStringLiteral("x") },
                   QStringList { QStringLiteral("glossary"), QStringLiteral("import"), name, terms },
                   QStringList { QStringLiteral("glossary"), QStringLiteral("attach"), name, terms },
                   QStringList { QStringLiteral("realign"), name },
                   QStringList { QStringLiteral("link"), name, QStringLiteral("1"), QStringLiteral("1"),
                                 QStringLiteral("-") },
                   QStringList { QStringLiteral("project"), QStringLiteral("create"), name, QStringLiteral("--from"),
                                 pagePath(), QStringLiteral("--force") } }) {
                const Run r = cli(command);
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.contains("is open in"), r.err.constData());
            }
        QCOMPARE(digest(project), before);
        QVERIFY(QFileInfo(symlink).isSymLink());
        held.unlock();
        QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("create"), symlink, QStringLiteral("--from"),
                       pagePath(), QStringLiteral("--force") })
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(symlink).isSymLink()); // written through to the project
    }

    void lockFileCannotBeMade_saysWhatFailed()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; scripts/test.sh runs this as nobody");
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Run r = cli({ QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("x") });
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("permission denied") && !r.err.contains("process 0"), r.err.constData());
    }

    // A full disk, for real: a small tmpfs (root only; skipped elsewhere). Messages say the
    // disk is full, and a write that failed there leaves a project reading commands read.
    void fullDisk_saysSo_andReadingGoesOn()
    {
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("small"));
        QDir().mkpath(mount);
        if (::geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=300k"), QStringLiteral("tmpfs"), mount })
                != 0)
            QSKIP("needs root and a tmpfs mount");
        struct Unmount {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), { path }); }
        } unmount { mount };
        const QString project = mount + QStringLiteral("/p.bireader");
        QCOMPARE(
            cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"), pagePath() })
                .exitCode,
            0);
        QFile filler(mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        filler.write(QByteArray(240 * 1024, 'x')); // about 20 KB stay free
        filler.close();
        QString failure;
        for (int i = 1; i <= 6 && failure.isEmpty(); ++i) {
            const Run r
                = cli({ QStringLiteral("edit"), project, QString::number(i), QString(6000, QLatin1Char('a' + i)) });
            if (r.exitCode != 0)
                failure = QString::fromUtf8(r.err);
        }
        QVERIFY2(failure.contains(QLatin1String("no space left on device")), qPrintable(failure));
        const Run qa = cli({ QStringLiteral("qa"), project });
        QCOMPARE(qa.exitCode, 0);
        QVERIFY2(!qa.err.contains("damaged"), qa.err.constData());
        const Run exported = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("md"),
                                   QStringLiteral("-o"), mount + QStringLiteral("/out.md") });
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains("no space left on device"), exported.err.constData());
        const Run glossary
            = cli({ QStringLiteral("glossary"), QStringLiteral("export"), project, mount + QStringLiteral("/g.csv") });
        QVERIFY2(glossary.err.contains("no space left on device"), glossary.err.constData());
        QVERIFY(filler.remove());
        QCOMPARE(cli({ QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("room again") }).exitCode,
                 0);
    }

    void glossaryExport_neverOverAnAttachedGlossary()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const QByteArray team = "term,translation\n灯塔,beacon\n";
        const QString file = writeFile(dir, QStringLiteral("team.csv"), team);
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("attach"), project, file }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("export"), project, file }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("md"),
                       QStringLiteral("-o"), file })
                     .exitCode,
                 2);
        QCOMPARE(readFile(file), team);
    }

    void wordsOption_refusesWhatIsNotAWordList()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const QString empty = writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
        const QByteArray before = digest(project);
        for (const QString &words : { project, empty }) {
            const Run r
                = cli({ QStringLiteral("words"), QStringLiteral("stats"), project, QStringLiteral("--words"), words });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("not a word list") && !r.err.contains("removeDatabase"), r.err.constData());
        }
        QCOMPARE(digest(project), before);
        QCOMPARE(QFileInfo(empty).size(), 0);
        // A word list carrying a trigger is refused, as projects are.
        const QString rigged = dir.filePath(QStringLiteral("rigged.sqlite"));
        QCOMPARE(cli({ QStringLiteral("words"), QStringLiteral("export"), dir.filePath(QStringLiteral("w.csv")),
                       QStringLiteral("--words"), rigged })
                     .exitCode,
                 0);
        sql(rigged, QStringLiteral("CREATE TABLE log (x)"));
        sql(rigged, QStringLiteral("DROP TABLE log"));
        sql(rigged, QStringLiteral("CREATE TRIGGER t AFTER INSERT ON words BEGIN DELETE FROM words; END"));
        const QString list = writeFile(dir, QStringLiteral("l.csv"), "term,status\n灯塔,known\n");
        const Run r
            = cli({ QStringLiteral("words"), QStringLiteral("import"), list, QStringLiteral("--words"), rigged });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("trigger"), r.err.constData());
    }

    void export_neverOntoSqliteJournalNames()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        for (const char *suffix : { "-journal", "-wal", "-shm", ".lock" }) {
            const Run r = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("md"),
                                QStringLiteral("-o"), project + QLatin1String(suffix) });
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!QFileInfo::exists(project + QLatin1String(suffix)));
        }
    }

    void projectCreate_leavesOtherFilesAlone()
    {
        QTemporaryDir dir;
        const QString mine = writeFile(dir, QStringLiteral("new.bireader.creating"), "my notes");
        makeProject(dir, QStringLiteral("new.bireader"));
        QCOMPARE(readFile(mine), QByteArray("my notes"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void positionsWithAGap_editsAreStored()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        sql(project, QStringLiteral("UPDATE segments SET position = -position WHERE position >= 3"));
        sql(project, QStringLiteral("UPDATE segments SET position = 10 - position WHERE position < 0"));
        const Run r = cli({ QStringLiteral("edit"), project, QStringLiteral("4"), QStringLiteral("stored") });
        QCOMPARE(r.exitCode, 0);
        const Run links = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("target"),
                                QStringLiteral("-o"), dir.filePath(QStringLiteral("t.txt")) });
        QCOMPARE(links.exitCode, 0);
        QVERIFY2(readFile(dir.filePath(QStringLiteral("t.txt"))).contains("stored"),
                 readFile(dir.filePath(QStringLiteral("t.txt"))).constData());
    }

    // Every command refuses an option it does not take, and formats it does not write.
    void optionsACommandDoesNotTake_areErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("links --accept") << args({ "links", "P", "3", "--accept", "zzz" });
        QTest::newRow("links --format csv") << args({ "links", "P", "3", "--format", "csv" });
        QTest::newRow("words stats --format xml") << args({ "words", "stats", "P", "--format", "xml" });
        QTest::newRow("edit --dict") << args({ "edit", "P", "1", "x", "--dict", "d.u8" });
        QTest::newRow("qa --ruby") << args({ "qa", "P", "--ruby" });
        QTest::newRow("import --accept") << args({ "import", "PAGE", "--accept", "k" });
        QTest::newRow("qa --accept typo") << args({ "qa", "P", "--accept", "zzz" });
        QTest::newRow("qa --kind bogus") << args({ "qa", "P", "--kind", "term,bogus" });
    }
    void optionsACommandDoesNotTake_areErrors()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const QByteArray before = digest(project);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PAGE$")), pagePath());
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(digest(project), before);
    }

    // Every command: an option it does not take is rc 2 naming the option, before any work.
    void everyCommand_refusesAnOptionItDoesNotTake_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        for (const char *command : { "align", "import", "project", "glossary", "qa", "edit", "apply-term", "links",
                                     "link", "realign", "words" })
            QTest::newRow(command) << QStringList { QString::fromLatin1(command), QStringLiteral("x"),
                                                    QStringLiteral("--confirmed") }
                                   << "--confirmed";
        QTest::newRow("export") << QStringList { QStringLiteral("export"), QStringLiteral("x"),
                                                 QStringLiteral("--presplit") }
                                << "--presplit";
    }
    void everyCommand_refusesAnOptionItDoesNotTake()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option.toUtf8()) && r.err.contains(arguments[0].toUtf8()), r.err.constData());
    }

    void outputOption_writesTheFile()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const QString report = dir.filePath(QStringLiteral("report.csv")),
                      pairs = dir.filePath(QStringLiteral("out.json"));
        const Run qa = cli({ QStringLiteral("qa"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("-o"), report });
        QCOMPARE(qa.exitCode, 0);
        QVERIFY(qa.out.isEmpty());
        QVERIFY(!readFile(report).isEmpty());
        const Run import = cli({ QStringLiteral("import"), pagePath(), QStringLiteral("-o"), pairs });
        QCOMPARE(import.exitCode, 0);
        QVERIFY(readFile(pairs).startsWith("["));
        QCOMPARE(cli({ QStringLiteral("import"), pagePath(), QStringLiteral("-o"), project }).exitCode, 2);
    }

    // Inline codes: shown as tokens, never as the original's markup; written back as tags.
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
