#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace bireader {
namespace {

QString run(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return q.lastError().text() + QLatin1String(" (") + sql.left(60) + QLatin1Char(')');
    return {};
}

const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
    QStringLiteral("CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT, encoding TEXT, text TEXT)"),
    QStringLiteral("CREATE TABLE segments (position INTEGER PRIMARY KEY, source TEXT, target TEXT, corrected TEXT,"
                   " source_sentences BLOB, target_sentences BLOB, corrected_sentences BLOB, beads BLOB,"
                   " source_file TEXT, source_paragraph INTEGER, target_file TEXT, target_paragraph INTEGER,"
                   " excluded INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE glossary (position INTEGER PRIMARY KEY, source TEXT NOT NULL, approved TEXT,"
                   " forbidden TEXT, note TEXT, reading TEXT)"),
    QStringLiteral("CREATE TABLE highlights (id INTEGER PRIMARY KEY, segment INTEGER, side INTEGER, start INTEGER,"
                   " length INTEGER, color TEXT, note TEXT)"),
    QStringLiteral("CREATE TABLE vocabulary (id INTEGER PRIMARY KEY, term TEXT, reading TEXT, gloss TEXT)"),
};

// 1 -> 2: vocabulary keeps the sentence and segment it came from; accepted QA findings.
const QStringList kToVersion2 = {
    QStringLiteral("ALTER TABLE vocabulary ADD COLUMN context TEXT"),
    QStringLiteral("ALTER TABLE vocabulary ADD COLUMN segment INTEGER NOT NULL DEFAULT -1"),
    QStringLiteral("CREATE TABLE accepted_findings (key TEXT PRIMARY KEY)"),
};

// 2 -> 3: subtitle cue times.
const QStringList kToVersion3 = {
    QStringLiteral("ALTER TABLE segments ADD COLUMN start_ms INTEGER NOT NULL DEFAULT -1"),
    QStringLiteral("ALTER TABLE segments ADD COLUMN end_ms INTEGER NOT NULL DEFAULT -1"),
};

// 3 -> 4: segment status (confirmed by the user).
const QStringList kToVersion4 = {
    QStringLiteral("ALTER TABLE segments ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0"),
};

QString setVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
    q.addBindValue(QString::number(version));
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace

QString createSchema(QSqlDatabase &db)
{
    QString e = run(db, kVersion1);
    if (e.isEmpty())
        e = run(db, kToVersion2);
    if (e.isEmpty())
        e = run(db, kToVersion3);
    if (e.isEmpty())
        e = run(db, kToVersion4);
    if (e.isEmpty())
        e = setVersion(db, kSchemaVersion);
    return e;
}

QString migrateSchema(QSqlDatabase &db, int from)
{
    if (!db.transaction())
        return db.lastError().text();
    QString e;
    if (from < 2)
        e = run(db, kToVersion2);
    if (e.isEmpty() && from < 3)
        e = run(db, kToVersion3);
    if (e.isEmpty() && from < 4)
        e = run(db, kToVersion4);
    if (e.isEmpty())
        e = setVersion(db, kSchemaVersion);
    if (!e.isEmpty()) {
        db.rollback();
        return e;
    }
    return db.commit() ? QString() : db.lastError().text();
}

int storedSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return -1;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? v : -1;
}

} // namespace bireader
