#include "../reader/fixture.h"
#include "../support/result.h"
#include "edit/projectdocument.h"
#include "project/session.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

#include <unistd.h>

using namespace bireader;

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(Session::autosaveDir()).removeRecursively();
    }

    void cleanup() { QDir(Session::autosaveDir()).removeRecursively(); }

    void untitledWork_isInAnAutosaveFile_fromTheStart()
    {
        Session session;
        QVERIFY_OK(session.openUntitled(testing::readerProject()));
        QVERIFY(session.isUntitled());
        QVERIFY(session.path().startsWith(Session::autosaveDir()));
        QVERIFY(session.displayName().contains(QStringLiteral("unsaved")));
        session.document()->editTranslation(1, QStringLiteral("Fog tonight."));
        QVERIFY(Session::orphanedAutosaves().isEmpty()); // held by this session

        ProjectStore store; // the edit is in the file already
        ProjectData data;
        QVERIFY_OPEN(store, session.path(), data);
        QCOMPARE(data.document.segments[1].currentTarget().text, QStringLiteral("Fog tonight."));
    }

    void leftUntitledWork_isOffered_andRecovered()
    {
        QString path;
        {
            Session crashed;
            QVERIFY_OK(crashed.openUntitled(testing::readerProject()));
            crashed.document()->editTranslation(0, QStringLiteral("Recovered text."));
            path = crashed.path();
            crashed.close(); // as if the process ended: the autosave file stays, unlocked
        }
        QCOMPARE(Session::orphanedAutosaves(), QStringList { path });
        Session session;
        QVERIFY_OK(session.recover(path));
        QVERIFY(session.isUntitled());
        QCOMPARE(session.document()->segment(0).currentTarget().text, QStringLiteral("Recovered text."));
        QVERIFY(Session::orphanedAutosaves().isEmpty());
        session.discard();
        QVERIFY(!QFile::exists(path));
    }

    void saveAs_movesTheWork_keepsTheUndoHistory()
    {
        Session session;
        QVERIFY_OK(session.openUntitled(testing::readerProject()));
        const QString autosave = session.path();
        session.document()->editTranslation(1, QStringLiteral("Fog tonight."));
        const QString path = m_dir.filePath(QStringLiteral("story.bireader"));
        QSignalSpy changed(&session, &Session::documentChanged);
        QVERIFY_OK(session.saveAs(path));
        QVERIFY(!session.isUntitled());
        QCOMPARE(session.displayName(), QStringLiteral("story.bireader"));
        QVERIFY(!QFile::exists(autosave));
        QCOMPARE(changed.size(), 1);
        session.document()->editTranslation(2, QStringLiteral("High-Flyer is a quant firm."));
        session.document()->undoStack()->undo(); // undo reaches the file it now writes to
        session.document()->undoStack()->undo();
        session.close();

        Session again;
        QCOMPARE(again.open(path).error(), QString());
        QVERIFY(!again.document()->segment(1).isCorrected());
        QVERIFY(!again.document()->segment(2).isCorrected());
    }

    void sameProjectTwice_isRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.bireader"));
        ProjectStore store;
        QVERIFY_OK(store.create(path, testing::readerProject()));
        Session a, b;
        QCOMPARE(a.open(path).error(), QString());
        const QString e = b.open(path).error();
        QVERIFY(e.contains(QStringLiteral("twice.bireader")));
        QVERIFY(!b.isOpen());
    }

    void readOnlyProject_opens_andSaysEditsAreNotSaved()
    {
        if (geteuid() == 0)
            QSKIP("root writes to read-only files; scripts/test.sh runs this as nobody");
        const QString path = m_dir.filePath(QStringLiteral("ro.bireader"));
        {
            ProjectStore store;
            QVERIFY_OK(store.create(path, testing::readerProject()));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        Session session;
        QCOMPARE(session.open(path).error(), QString());
        QVERIFY(session.isReadOnly());
        QSignalSpy failed(&session, &Session::storeFailed);
        session.document()->editTranslation(1, QStringLiteral("Fog tonight."));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed[0][0].toString().contains(QStringLiteral("read-only")));
        QVERIFY(session.document()->segment(1).isCorrected()); // kept in memory for Save As
        const QString copy = m_dir.filePath(QStringLiteral("rw.bireader"));
        QVERIFY_OK(session.saveAs(copy));
        session.close();
        Session again;
        QCOMPARE(again.open(copy).error(), QString());
        QCOMPARE(again.document()->segment(1).currentTarget().text, QStringLiteral("Fog tonight."));
    }

    void damagedProject_isAnErrorNamingTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.bireader"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a project");
        f.close();
        Session session;
        const QString e = session.open(path).error();
        QVERIFY(e.contains(QStringLiteral("bad.bireader")));
        QVERIFY(!session.isOpen());
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
