#include "../support/result.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace bireader;

namespace {

Segment segment(const QString &zh, const QString &en)
{
    Segment s;
    s.source = { zh, { { 0, int(zh.size()) } }, { QStringLiteral("a.txt"), 3 } };
    s.target = { en, { { 0, int(en.size()) } }, { QStringLiteral("a.txt"), 4 } };
    s.beads = { { 0, 1, 0, 1, 0.5 } };
    return s;
}

ProjectData sample()
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    p.document.title = QStringLiteral("The Lighthouse Keeper");
    p.document.segments = { segment(QStringLiteral("今晚有雾。"), QStringLiteral("There is fog tonight.")),
                            segment(QStringLiteral("船需要光。"), QStringLiteral("Ship need light.")),
                            segment(QStringLiteral("评论"), QString()) };
    p.document.segments[1].corrected
        = SideText { QStringLiteral("The ships need the light."), { { 0, 25 } }, { QStringLiteral("a.txt"), 4 } };
    p.document.segments[2].excluded = true;
    p.document.segments[0].startMs = 1000; // a subtitle cue
    p.document.segments[0].endMs = 3500;
    p.glossary.sourceLanguage = QStringLiteral("zh");
    p.glossary.targetLanguage = QStringLiteral("en");
    p.glossary.entries = { { QStringLiteral("灯塔"),
                             { QStringLiteral("lighthouse") },
                             { QStringLiteral("beacon") },
                             QStringLiteral("n."),
                             QStringLiteral("dēng tǎ") } };
    p.highlights = { { 1, Side::Target, { 4, 5 }, QStringLiteral("#ffd54f"), QStringLiteral("plural!") } };
    p.vocabulary
        = { { QStringLiteral("雾"), QStringLiteral("wù"), QStringLiteral("fog"), QStringLiteral("今晚有雾。"), 0 } };
    p.acceptedFindings = { QStringLiteral("length:2") };
    p.sources = { { QStringLiteral("a.txt"), QStringLiteral("UTF-8"),
                    QStringLiteral("今晚有雾。\nThere is fog tonight.\n") } };
    return p;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on a project file behind the store's back.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

private slots:
    void roundTrip_keepsEverything()
    {
        ProjectStore store;
        QVERIFY_OK(store.create(path("p.bireader"), sample()));
        ProjectData read;
        ProjectStore other;
        QVERIFY_OPEN(other, path("p.bireader"), read);
        QCOMPARE(read, sample());
        QVERIFY(!QFile::exists(path("p.bireader.creating")));
    }

    void edits_areCommittedAtOnce()
    {
        ProjectStore store;
        QVERIFY_OK(store.create(path("e.bireader"), sample()));
        QVERIFY_OK(store.setCorrection(0, SideText { QStringLiteral("Fog tonight."), { { 0, 12 } }, {} }));
        QVERIFY_OK(store.setCorrection(1, std::nullopt)); // revert to the machine translation
        QVERIFY_OK(store.setAccepted(QStringLiteral("untranslated:0"), true));
        QVERIFY_OK(
            store.addVocabulary({ QStringLiteral("船"), QStringLiteral("chuán"), QStringLiteral("ship"), {}, 1 }));
        // Another connection sees them while the first is still open: nothing waits for a save.
        ProjectData read;
        ProjectStore reader;
        QVERIFY_OPEN(reader, path("e.bireader"), read);
        QCOMPARE(read.document.segments[0].currentTarget().text, QStringLiteral("Fog tonight."));
        QVERIFY(!read.document.segments[1].isCorrected());
        QCOMPARE(read.document.segments[1].currentTarget().text, QStringLiteral("Ship need light."));
        QVERIFY(read.acceptedFindings.contains(QStringLiteral("untranslated:0")));
        QCOMPARE(read.vocabulary.size(), 2);
    }

    void edits_goThroughAWriteAheadLog_foldedInOnClose()
    {
        const QString file = path("w.bireader");
        auto journalMode = [](const QString &f) {
            const QString name = QStringLiteral("probe-") + f;
            QString mode;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(f);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                QSqlQuery q(db);
                if (db.open() && q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
                    mode = q.value(0).toString();
            }
            QSqlDatabase::removeDatabase(name);
            return mode;
        };
        {
            ProjectStore store;
            QVERIFY_OK(store.create(file, sample()));
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))); // not until the first change
            QVERIFY_OK(store.setCorrection(0, SideText { QStringLiteral("Fog tonight."), { { 0, 12 } }, {} }));
            QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
            QCOMPARE(journalMode(file), QStringLiteral("wal"));
            // What a kill leaves: the file and its log, the edit only in the log.
            QVERIFY(QFile::copy(file, path("killed.bireader")));
            QVERIFY(QFile::copy(file + QStringLiteral("-wal"), path("killed.bireader-wal")));
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))); // one file at rest
        QCOMPARE(journalMode(file), QStringLiteral("delete"));

        ProjectStore reopened; // the log left by the "killed" reader is folded in: the edit is there
        ProjectData read;
        QVERIFY_OPEN(reopened, path("killed.bireader"), read);
        QCOMPARE(read.document.segments[0].currentTarget().text, QStringLiteral("Fog tonight."));
        reopened.close();
        QVERIFY(!QFile::exists(path("killed.bireader-wal")));
    }

    void replaceSegments_mergesAndMovesHighlights()
    {
        ProjectStore store;
        ProjectData data = sample();
        data.highlights.append({ 2, Side::Source, { 0, 2 }, QStringLiteral("#90caf9"), QString() });
        QVERIFY_OK(store.create(path("m.bireader"), data));
        Segment merged
            = segment(QStringLiteral("今晚有雾。船需要光。"), QStringLiteral("There is fog tonight. Ship need light."));
        QVERIFY_OK(store.replaceSegments(0, 2, { merged }));
        ProjectData read;
        QVERIFY_OPEN(ProjectStore(), path("m.bireader"), read);
        QCOMPARE(read.document.segments.size(), 2);
        QCOMPARE(read.document.segments[0].source.text, merged.source.text);
        QCOMPARE(read.document.segments[1].source.text, QStringLiteral("评论"));
        QCOMPARE(read.highlights.back().segment, 1); // followed its segment
    }

    void glossary_savedAsAWhole()
    {
        ProjectStore store;
        QVERIFY_OK(store.create(path("g.bireader"), sample()));
        Glossary g = sample().glossary;
        g.entries.append({ QStringLiteral("暗涌"), { QStringLiteral("Undercurrent") }, {}, {}, {} });
        QVERIFY_OK(store.saveGlossary(g));
        ProjectData read;
        QVERIFY_OPEN(ProjectStore(), path("g.bireader"), read);
        QCOMPARE(read.glossary, g);
    }

    void badFiles_areRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QByteArray("今晚有雾。\n") << "not an SQLite database";
        QTest::newRow("empty file") << QByteArray() << "not an SQLite database";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "not an SQLite database";
    }
    void badFiles_areRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString p = path("bad.bireader");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ProjectData data;
        const QString e = ProjectStore().open(p).error();
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(message), qPrintable(e));
        QCOMPARE(bytesOf(p), content);
    }

    void truncatedFile_isDamaged()
    {
        const QString p = path("t.bireader");
        ProjectData big = sample();
        for (int i = 0; i < 400; ++i)
            big.document.segments.append(segment(QStringLiteral("长一点的句子，为了让文件有好几页。%1").arg(i),
                                                 QStringLiteral("A longer sentence %1.").arg(i)));
        QVERIFY_OK(ProjectStore().create(p, big));
        QByteArray bytes = bytesOf(p);
        bytes.truncate(bytes.size() / 2);
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        ProjectData data;
        const QString e = ProjectStore().open(p).error();
        QVERIFY2(e.contains(QLatin1String("damaged")), qPrintable(e));
        QCOMPARE(bytesOf(p), bytes);
    }

    void newerVersion_isRefusedAndLeftUntouched()
    {
        const QString p = path("n.bireader");
        QVERIFY_OK(ProjectStore().create(p, sample()));
        rawSql(p, { QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'") });
        const QByteArray before = bytesOf(p);
        ProjectData data;
        const QString e = ProjectStore().open(p).error();
        QVERIFY2(e.contains(QLatin1String("newer version")) && e.contains(QLatin1String("99")), qPrintable(e));
        QCOMPARE(bytesOf(p), before);
    }

    void olderVersion_isBackedUpAndMigrated()
    {
        const QString p = path("old.bireader");
        rawSql(
            p,
            { QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
              QStringLiteral("CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT, encoding TEXT, text TEXT)"),
              QStringLiteral(
                  "CREATE TABLE segments (position INTEGER PRIMARY KEY, source TEXT, target TEXT, corrected TEXT,"
                  " source_sentences BLOB, target_sentences BLOB, corrected_sentences BLOB, beads BLOB,"
                  " source_file TEXT, source_paragraph INTEGER, target_file TEXT, target_paragraph INTEGER,"
                  " excluded INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE TABLE glossary (position INTEGER PRIMARY KEY, source TEXT NOT NULL, approved TEXT,"
                             " forbidden TEXT, note TEXT, reading TEXT)"),
              QStringLiteral(
                  "CREATE TABLE highlights (id INTEGER PRIMARY KEY, segment INTEGER, side INTEGER, start INTEGER,"
                  " length INTEGER, color TEXT, note TEXT)"),
              QStringLiteral("CREATE TABLE vocabulary (id INTEGER PRIMARY KEY, term TEXT, reading TEXT, gloss TEXT)"),
              QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1'), ('source_language', 'zh')"),
              QStringLiteral("INSERT INTO segments (position, source, target) VALUES (0, '雾', 'fog')"),
              QStringLiteral("INSERT INTO vocabulary (term, reading, gloss) VALUES ('雾', 'wù', 'fog')") });
        const QByteArray before = bytesOf(p);
        ProjectStore store;
        ProjectData data;
        QVERIFY_OPEN(store, p, data);
        QCOMPARE(store.backupPath(), p + QStringLiteral(".v1.bak"));
        QCOMPARE(bytesOf(store.backupPath()), before);
        QCOMPARE(data.document.segments.size(), 1);
        QCOMPARE(data.vocabulary.front().segment, -1);
        QVERIFY_OK(store.setAccepted(QStringLiteral("k"), true)); // the new table exists
    }

    void readOnlyFile_opensButRefusesEdits()
    {
        const QString p = path("ro.bireader");
        QVERIFY_OK(ProjectStore().create(p, sample()));
        QFile::setPermissions(p, QFileDevice::ReadOwner);
        if (QFileInfo(p).isWritable())
            QSKIP("running as root: a read-only file is still writable");
        ProjectStore store;
        ProjectData data;
        QVERIFY_OPEN(store, p, data);
        QVERIFY(store.isReadOnly());
        QVERIFY(store.setExcluded(0, true).error().contains(QLatin1String("read-only")));
    }

    void createOverASpecialFile_isRefused()
    {
        const QString fifo = path("pipe.bireader");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(ProjectStore().create(fifo, sample()).error().contains(QLatin1String("not a regular file")));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    }

    void missingFile_isAClearError()
    {
        QVERIFY(
            ProjectStore().open(path("none.bireader")).error().endsWith(QLatin1String("none.bireader: no such file")));
    }

    // D12: a project without one of its tables says so, not the raw SQL error.
    void missingTable_isAClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.bireader"));
        QVERIFY(ProjectStore().create(path, sample()).ok());
        rawSql(path, { QStringLiteral("DROP TABLE highlights") });
        ProjectData data;
        const QString e = ProjectStore().open(path).error();
        QVERIFY2(e.startsWith(path) && e.contains(QLatin1String("incomplete or damaged")), qPrintable(e));
    }

    // A trigger in the file would run on our edits: the project is refused, untouched.
    void triggerInTheFile_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.bireader"));
        QVERIFY(ProjectStore().create(path, sample()).ok());
        rawSql(path,
               { QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON segments BEGIN DELETE FROM segments; END") });
        ProjectData data;
        const QString e = ProjectStore().open(path).error();
        QVERIFY2(e.contains(QLatin1String("trigger wipe")), qPrintable(e));
    }

    // D13: a create that fails midway (a disk that fills, here a file-size limit) leaves
    // nothing behind: no half project, no journal.
    void failedCreate_leavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.bireader"));
        ProjectData big = sample();
        for (int i = 0; i < 2000; ++i)
            big.document.segments.append(
                segment(QStringLiteral("今晚有雾，船会比平时更需要光。%1").arg(i),
                        QStringLiteral("There is fog tonight; the ships need the light. %1").arg(i)));
        struct rlimit old {
        };
        getrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = old;
        limit.rlim_cur = 64 * 1024;
        setrlimit(RLIMIT_FSIZE, &limit);
        const QString e = ProjectStore().create(path, big).error();
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!e.isEmpty());
        QVERIFY2(e.startsWith(path), qPrintable(e));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
