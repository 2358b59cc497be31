#pragma once

// Projects for the CLI tests that change them behind the program's back, as a hand or
// another program would: made from the test page, changed with SQL, read back.
#include "clirun.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace clitest {

inline QString pagePath()
{
    return QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt");
}

inline QString makeProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.bireader"))
{
    const QString project = dir.filePath(name);
    const Run r
        = cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"), pagePath() });
    if (r.exitCode != 0)
        qFatal("project create failed: %s", r.err.constData());
    return project;
}

// Runs SQL on a file as another program (or a hand) would.
inline void sql(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

// The stored correction of a segment (0-based position).
inline QString corrected(const QString &path, int position)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT corrected FROM segments WHERE position = %1").arg(position));
        if (q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace clitest
