#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bireader {

// The project file's schema. Version 1 was the first development layout (no
// vocabulary context, no accepted QA findings); version 2 added those; version 3
// (current) keeps subtitle cue times with segments.
constexpr int kSchemaVersion = 4;

// Creates the current schema in an empty database. Returns an error or "".
QString createSchema(QSqlDatabase &db);
// Brings a database of an older version up to the current one, step by step, in one
// transaction. Returns an error or "".
QString migrateSchema(QSqlDatabase &db, int fromVersion);
// The schema version stored in the file, -1 when it is not a Bireader project.
int storedSchemaVersion(QSqlDatabase &db);

} // namespace bireader
