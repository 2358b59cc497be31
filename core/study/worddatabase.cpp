#include "worddatabase.h"

#include "model/logging.h"
#include "text/filechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace bireader {

WordDatabase::WordDatabase()
    : m_folder(std::make_unique<TextFolder>())
{
}

WordDatabase::~WordDatabase()
{
    close();
}

QString WordDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/bireader/words.sqlite");
}

QString WordDatabase::languageKey(const QString &language)
{
    return language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

QString WordDatabase::key(const QString &language, QStringView term) const
{
    return languageKey(language) + QLatin1Char('\t') + m_folder->foldKey(term.trimmed());
}

Error WordDatabase::fail(const QString &problem) const
{
    return { QCoreApplication::translate("bireader::WordDatabase", "%1: %2").arg(m_path, problem) };
}

Result<> WordDatabase::open(const QString &path)
{
    close();
    m_path = path;
    if (QFileInfo::exists(path)) {
        // Only a word list is opened: never a project, an empty file or any other database,
        // which CREATE TABLE would change.
        if (const QString problem = inputFileProblem(path); !problem.isEmpty())
            return fail(problem);
        if (!isSqliteFile(path))
            return fail(QCoreApplication::translate(
                "bireader::WordDatabase", "not a word list (not an SQLite database); the file was not changed"));
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(QCoreApplication::translate("bireader::WordDatabase", "cannot make its folder"));
    }
    m_connection = QStringLiteral("bireader-words-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString problem = load(); // its queries are gone before the connection is removed
    if (!problem.isEmpty()) {
        close();
        return fail(problem);
    }
    qCDebug(lcStore) << "word list" << path << m_words.size() << "words";
    return {};
}

QString WordDatabase::load()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return QCoreApplication::translate("bireader::WordDatabase", "cannot be opened: %1")
            .arg(db.lastError().databaseText());
    QSqlQuery q(db);
    for (const char *pragma : { "PRAGMA trusted_schema = OFF", "PRAGMA busy_timeout = 2000" })
        if (!q.exec(QLatin1String(pragma)))
            qCWarning(lcStore) << m_path << pragma << "failed:" << q.lastError().text();
    // What the file holds besides our table: a trigger would run on our writes, other tables
    // mean another program's database (a project).
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")))
        return QCoreApplication::translate("bireader::WordDatabase", "not a word list (%1)").arg(q.lastError().text());
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString();
        if (type == QLatin1String("trigger") || type == QLatin1String("view"))
            return QCoreApplication::translate("bireader::WordDatabase",
                                               "the file holds a %1 %2 that Bireader does not make; "
                                               "it was not opened")
                .arg(type, name);
        if (type == QLatin1String("table") && name != QLatin1String("words"))
            return QCoreApplication::translate("bireader::WordDatabase",
                                               "not a word list (it holds a table %1: a Bireader project or "
                                               "another program's database); the file was not changed")
                .arg(name);
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS words (language TEXT NOT NULL, key TEXT NOT NULL,"
                               " term TEXT NOT NULL, status INTEGER NOT NULL, reading TEXT, gloss TEXT,"
                               " changed TEXT, PRIMARY KEY (language, key))"))
        || !q.exec(QStringLiteral("SELECT language, term, status, reading, gloss, changed FROM words")))
        return QCoreApplication::translate("bireader::WordDatabase", "not a word list (%1)").arg(q.lastError().text());
    while (q.next()) {
        WordRecord r {
            q.value(0).toString(), q.value(1).toString(), WordStatus(std::clamp(q.value(2).toInt(), 0, 6)),
            q.value(3).toString(), q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate)
        };
        m_words.insert(key(r.language, r.term), std::move(r));
    }
    return {};
}

void WordDatabase::close()
{
    m_words.clear();
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

const WordRecord *WordDatabase::find(const QString &language, QStringView term) const
{
    const auto it = m_words.constFind(key(language, term));
    return it == m_words.constEnd() ? nullptr : &*it;
}

WordStatus WordDatabase::status(const QString &language, QStringView term) const
{
    const WordRecord *r = find(language, term);
    return r ? r->status : WordStatus::New;
}

Result<> WordDatabase::write(const WordRecord &r)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString k = key(r.language, r.term).section(QLatin1Char('\t'), 1);
    if (r.status == WordStatus::New) {
        q.prepare(QStringLiteral("DELETE FROM words WHERE language = ? AND key = ?"));
        q.addBindValue(r.language);
        q.addBindValue(k);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO words (language, key, term, status, reading, gloss, changed)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : { QVariant(r.language), QVariant(k), QVariant(r.term), QVariant(int(r.status)),
                                   QVariant(r.reading), QVariant(r.gloss), QVariant(r.changed.toString(Qt::ISODate)) })
            q.addBindValue(v);
    }
    if (!q.exec())
        return fail(q.lastError().text());
    return {};
}

Result<> WordDatabase::set(WordRecord record)
{
    const Result<int> n = setMany({ std::move(record) });
    if (!n)
        return Error { n.error() };
    return {};
}

Result<int> WordDatabase::setMany(QList<WordRecord> records)
{
    if (!isOpen())
        return Error { QCoreApplication::translate("bireader::WordDatabase", "the word list is not open") };
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError().text());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int stored = 0;
    for (WordRecord &r : records) {
        r.language = languageKey(r.language);
        r.term = r.term.trimmed();
        if (r.term.isEmpty())
            continue;
        if (!r.changed.isValid())
            r.changed = now;
        if (Result<> w = write(r); !w) {
            if (!db.rollback())
                qCWarning(lcStore) << m_path << "rollback failed:" << db.lastError().text();
            // What is in memory is what was committed before: read it again.
            const QString path = m_path;
            if (Result<> reopened = open(path); !reopened)
                qCWarning(lcStore) << reopened.error();
            return Error { w.error() };
        }
        ++stored;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    for (WordRecord &r : records) {
        if (r.term.isEmpty())
            continue;
        const QString k = key(r.language, r.term);
        if (r.status == WordStatus::New)
            m_words.remove(k);
        else
            m_words.insert(k, std::move(r));
    }
    return stored;
}

QList<WordRecord> WordDatabase::words(const QString &language) const
{
    const QString lang = languageKey(language);
    QList<WordRecord> out;
    for (const WordRecord &r : m_words)
        if (lang.isEmpty() || r.language == lang)
            out.append(r);
    std::sort(out.begin(), out.end(), [](const WordRecord &a, const WordRecord &b) {
        return std::tie(a.language, a.term) < std::tie(b.language, b.term);
    });
    return out;
}

} // namespace bireader
