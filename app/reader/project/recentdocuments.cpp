#include "recentdocuments.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace bireader::reader {
namespace {

const QString kDocuments = QStringLiteral("recent/documents");
const QString kPositions = QStringLiteral("recent/positions");

QStringList absolute(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).absoluteFilePath();
    return out;
}

} // namespace

QString RecentDocuments::key(const QStringList &paths)
{
    return absolute(paths).join(QLatin1Char('\n')); // a file name holds no line break in practice
}

QList<RecentDocuments::Entry> RecentDocuments::entries()
{
    QSettings settings;
    const QStringList keys = settings.value(kDocuments).toStringList(); // Settings::migrate() moved version 1's
    const QVariantMap positions = settings.value(kPositions).toMap();
    QList<Entry> out;
    for (const QString &k : keys)
        out.append({ k.split(QLatin1Char('\n')), positions.value(k).toInt() });
    return out;
}

void RecentDocuments::add(const QStringList &paths)
{
    QSettings settings;
    QStringList keys;
    for (const Entry &e : entries())
        keys << key(e.paths);
    const QString k = key(paths);
    keys.removeAll(k);
    keys.prepend(k);
    while (keys.size() > kMax)
        keys.removeLast();
    settings.setValue(kDocuments, keys);
    QVariantMap positions = settings.value(kPositions).toMap();
    for (auto it = positions.begin(); it != positions.end();)
        it = keys.contains(it.key()) ? std::next(it) : positions.erase(it);
    settings.setValue(kPositions, positions);
}

void RecentDocuments::remove(const QStringList &paths)
{
    QSettings settings;
    QStringList keys;
    for (const Entry &e : entries())
        keys << key(e.paths);
    keys.removeAll(key(paths));
    settings.setValue(kDocuments, keys);
}

void RecentDocuments::setPosition(const QStringList &paths, int segment)
{
    QSettings settings;
    QVariantMap positions = settings.value(kPositions).toMap();
    positions.insert(key(paths), segment);
    settings.setValue(kPositions, positions);
}

int RecentDocuments::position(const QStringList &paths)
{
    return QSettings().value(kPositions).toMap().value(key(paths)).toInt();
}

QString RecentDocuments::label(const QStringList &paths)
{
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    return names.join(QStringLiteral(" + "));
}

} // namespace bireader::reader
