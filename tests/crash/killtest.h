#pragma once

// Shared by the kill tests: a project to edit, the check that an edited project file is
// whole, and the edits a child process reported as committed before it was killed.
#include "store/projectstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace bireader::testing {

inline ProjectData killProject(int segments)
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    for (int i = 0; i < segments; ++i) {
        Segment s;
        const QString zh = QStringLiteral("第%1段。").arg(i), en = QStringLiteral("Segment %1.").arg(i);
        s.source = { zh, { { 0, int(zh.size()) } }, { QStringLiteral("k.txt"), i } };
        s.target = { en, { { 0, int(en.size()) } }, { QStringLiteral("k.txt"), i } };
        s.beads = { { 0, 1, 0, 1, 0.9 } };
        p.document.segments.append(s);
    }
    return p;
}

// PRAGMA integrity_check of a project file, read-only: "ok" when whole.
inline QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("query failed");
        } else {
            result = QStringLiteral("cannot open");
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

// Segment numbers (1-based) of the "committed N" lines a child printed.
inline QList<int> committedSegments(const QByteArray &out)
{
    QList<int> done;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("committed "))
            done.append(line.mid(10).toInt());
    return done;
}

} // namespace bireader::testing
