// What bireader-cli never does with hostile or careless input: write over an input or a
// project, edit a project another program has open, crash, or print wrong text with
// exit status 0. Each case a class the hostile-input probe found.
#include "cliproject.h"
#include "store/projectlock.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace clitest;

class TestCliSafety : public QObject
{
    Q_OBJECT

private slots:
    // D1: export -o onto the project, however it is named.
    void export_neverOverTheProject_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("same name") << "p.bireader";
        QTest::newRow("through ..") << "x/../p.bireader";
        QTest::newRow("symbolic link") << "link.html";
    }
    void export_neverOverTheProject()
    {
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        QDir(dir.path()).mkdir(QStringLiteral("x"));
        QFile::link(project, dir.filePath(QStringLiteral("link.html")));
        const QByteArray before = digest(project);
        for (const char *format : { "html", "md", "tmx", "anki", "txt", "target" }) {
            const Run r = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QLatin1String(format),
                                QStringLiteral("-o"), dir.filePath(output) });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QFile::encodeName(dir.filePath(output))), r.err.constData());
        }
        QCOMPARE(digest(project), before);
    }

    // D1: another project is replaced only with --force; an old export is replaced.
    void export_otherProjectOnlyWithForce()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir), other = makeProject(dir, QStringLiteral("other.db"));
        const QStringList args { QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("-o"),     other };
        QCOMPARE(cli(args).exitCode, 2);
        QVERIFY(readFile(other).startsWith("SQLite format 3"));
        QCOMPARE(cli(args + QStringList { QStringLiteral("--force") }).exitCode, 0);
        QVERIFY(readFile(other).startsWith("<!DOCTYPE html>"));
    }

    // D2: glossary export PROJECT PROJECT, whatever its extension.
    void glossaryExport_neverOverTheProject()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir, QStringLiteral("terms.csv"));
        const QByteArray before = digest(project);
        const Run r = cli({ QStringLiteral("glossary"), QStringLiteral("export"), project, project });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(digest(project), before);
    }

    // D3: project create never replaces a project without --force, never an input.
    void projectCreate_neverOverAProjectOrAnInput()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const Run edit = cli({ QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("my correction") });
        QCOMPARE(edit.exitCode, 0);
        const QByteArray corrected = digest(project);
        const QStringList create { QStringLiteral("project"), QStringLiteral("create"), project,
                                   QStringLiteral("--from"), pagePath() };
        const Run again = cli(create);
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("--force"));
        QCOMPARE(digest(project), corrected);
        QCOMPARE(cli(create + QStringList { QStringLiteral("--force") }).exitCode, 0);

        const QString input = writeFile(dir, QStringLiteral("src.txt"), readFile(pagePath()));
        const Run self
            = cli({ QStringLiteral("project"), QStringLiteral("create"), input, QStringLiteral("--from"), input });
        QCOMPARE(self.exitCode, 2);
        QCOMPARE(readFile(input), readFile(pagePath()));
    }

    // A project the reader (or another command) has open is not edited behind its back.
    void edit_refusesAProjectAnotherProgramHasOpen()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        bireader::ProjectLock held;
        QVERIFY(held.tryLock(project).isEmpty());
        for (const QStringList &args :
             { QStringList { QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("x") },
               QStringList { QStringLiteral("glossary"), QStringLiteral("import"), project,
                             writeFile(dir, QStringLiteral("t.csv"), "term,translation\n灯塔,lighthouse\n") },
               QStringList { QStringLiteral("qa"), project, QStringLiteral("--accept"), QStringLiteral("k") },
               QStringList { QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"),
                             pagePath(), QStringLiteral("--force") } }) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("is open in"), r.err.constData());
        }
        QCOMPARE(cli({ QStringLiteral("qa"), project }).exitCode, 0); // reading is fine
        held.unlock();
        QCOMPARE(cli({ QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("x") }).exitCode, 0);
    }

    // D12: what is wrong with an input, in words.
    void badInputs_saySo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("directory") << "dir" << QByteArray("directory");
        QTest::newRow("fifo") << "fifo" << QByteArray("not a regular file");
        QTest::newRow("device") << "/dev/zero" << QByteArray("not a regular file");
        QTest::newRow("symlink loop") << "loop" << QByteArray("loop of symbolic links");
        QTest::newRow("missing") << "missing" << QByteArray("no such file");
    }
    void badInputs_saySo()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("dir"));
        ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600);
        QFile::link(dir.filePath(QStringLiteral("loop2")), dir.filePath(QStringLiteral("loop")));
        QFile::link(dir.filePath(QStringLiteral("loop")), dir.filePath(QStringLiteral("loop2")));
        const QString path = name.startsWith(QLatin1Char('/')) ? name : dir.filePath(name);
        for (const QStringList &args :
             { QStringList { QStringLiteral("import"), path },
               QStringList { QStringLiteral("align"), path, pagePath() }, QStringList { QStringLiteral("qa"), path },
               QStringList { QStringLiteral("project"), QStringLiteral("create"),
                             dir.filePath(QStringLiteral("n.bireader")), QStringLiteral("--from"), path } }) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QFile::encodeName(path) + ": ") && r.err.contains(message), r.err.constData());
        }
    }

    // D5: a stray byte is replaced and reported, the rest of the text is right.
    void strayByte_importedWithAWarning()
    {
        QTemporaryDir dir;
        const QByteArray page
            = readFile(pagePath()).replace(QStringLiteral("他说：").toUtf8(), QStringLiteral("他说").toUtf8() + "\xE9");
        const QString path = writeFile(dir, QStringLiteral("page.txt"), page);
        const Run r = cli({ QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("tsv") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("老周在北角灯塔").toUtf8()));
        QVERIFY(r.out.contains(QStringLiteral("他说\uFFFD").toUtf8()));
        QVERIFY2(r.err.contains("warning: ") && r.err.contains("line 10"), r.err.constData());
    }

    // A project file that carries a trigger is not opened: it would run on our edits.
    void projectWithATrigger_isRefused()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        QProcess sqlite;
        sqlite.start(QStringLiteral("python3"),
                     { QStringLiteral("-c"),
                       QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TRIGGER t "
                                      "AFTER UPDATE ON segments BEGIN DELETE FROM segments; END'); c.commit()"),
                       project });
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            QSKIP("python3 with sqlite3 is not here");
        const QByteArray before = digest(project);
        const Run r = cli({ QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("x") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("trigger t"), r.err.constData());
        QCOMPARE(digest(project), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
