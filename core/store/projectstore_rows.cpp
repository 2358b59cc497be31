// ProjectStore: what the tables hold. Reading and writing a whole project, and the edits.
#include "blobcodec.h"
#include "model/segmentcheck.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bireader {
namespace {

// A JSON array of strings, written directly: QJsonDocument costs a few microseconds a
// call, and a glossary of 300,000 terms calls it twice a term.
QString toJson(const QStringList &list)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (QChar c : list[i]) {
            if (c == u'"' || c == u'\\')
                out += QLatin1Char('\\');
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        out += QLatin1Char('"');
    }
    return out + QLatin1Char(']');
}

QStringList fromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

} // namespace

Result<> ProjectStore::writeAll(const ProjectData &data)
{
    const Document &d = data.document;
    const QList<std::pair<QString, QString>> meta {
        { QStringLiteral("source_language"), d.sourceLanguage },
        { QStringLiteral("target_language"), d.targetLanguage },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("glossary_source_language"), data.glossary.sourceLanguage },
        { QStringLiteral("glossary_target_language"), data.glossary.targetLanguage },
        { QStringLiteral("attached_glossaries"), toJson(data.attachedGlossaries) }
    };
    for (const auto &[k, v] : meta)
        if (Result<> r = exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), { k, v }); !r)
            return r;
    for (const SourceText &s : data.sources)
        if (Result<> r = exec(QStringLiteral("INSERT INTO sources (name, encoding, text) VALUES (?, ?, ?)"),
                              { s.name, s.encoding, s.text });
            !r)
            return r;
    if (Result<> r = insertSegments(0, d.segments); !r)
        return r;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const Highlight &h : data.highlights)
        if (Result<> r = addHighlight(h); !r)
            return r;
    for (const VocabularyItem &v : data.vocabulary)
        if (Result<> r = addVocabulary(v); !r)
            return r;
    for (const QString &key : data.acceptedFindings)
        if (Result<> r = exec(QStringLiteral("INSERT OR IGNORE INTO accepted_findings (key) VALUES (?)"), { key }); !r)
            return r;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO glossary (position, source, approved, forbidden, note, reading) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < data.glossary.entries.size(); ++i) {
        const TermEntry &t = data.glossary.entries[i];
        for (const QVariant &v :
             QVariantList { int(i), t.source, toJson(t.approved), toJson(t.forbidden), t.note, t.reading })
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError());
    }
    return {};
}

Result<> ProjectStore::insertSegments(int position, const QList<Segment> &segments)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO segments (position, source, target, corrected, source_sentences, target_sentences,"
        " corrected_sentences, beads, source_file, source_paragraph, target_file, target_paragraph, excluded,"
        " start_ms, end_ms, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        q.addBindValue(position + int(i));
        q.addBindValue(s.source.text);
        q.addBindValue(s.target.text);
        q.addBindValue(s.corrected ? QVariant(s.corrected->text) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(packRanges(s.source.sentences));
        q.addBindValue(packRanges(s.target.sentences));
        q.addBindValue(s.corrected ? packRanges(s.corrected->sentences) : QByteArray());
        q.addBindValue(packBeads(s.beads));
        q.addBindValue(s.source.origin.file);
        q.addBindValue(s.source.origin.paragraph);
        q.addBindValue(s.target.origin.file);
        q.addBindValue(s.target.origin.paragraph);
        q.addBindValue(int(s.excluded));
        q.addBindValue(s.startMs);
        q.addBindValue(s.endMs);
        q.addBindValue(int(s.confirmed));
        if (!q.exec())
            return fail(q.lastError());
    }
    return {};
}

Result<ProjectData> ProjectStore::readAll()
{
    ProjectData d;
    ProjectData *data = &d;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return fail(q.lastError());
    while (q.next()) {
        const QString k = q.value(0).toString(), v = q.value(1).toString();
        if (k == QLatin1String("source_language"))
            data->document.sourceLanguage = v;
        else if (k == QLatin1String("target_language"))
            data->document.targetLanguage = v;
        else if (k == QLatin1String("title"))
            data->document.title = v;
        else if (k == QLatin1String("glossary_source_language"))
            data->glossary.sourceLanguage = v;
        else if (k == QLatin1String("attached_glossaries"))
            data->attachedGlossaries = fromJson(v);
        else if (k == QLatin1String("glossary_target_language"))
            data->glossary.targetLanguage = v;
    }
    if (!q.exec(
            QStringLiteral("SELECT source, target, corrected, source_sentences, target_sentences, corrected_sentences,"
                           " beads, source_file, source_paragraph, target_file, target_paragraph, excluded,"
                           " start_ms, end_ms, confirmed, position FROM segments ORDER BY position")))
        return fail(q.lastError());
    QList<qint64> positions;
    bool gaps = false;
    while (q.next()) {
        positions.append(q.value(15).toLongLong());
        gaps = gaps || positions.last() != positions.size() - 1;
        Segment s;
        s.source = { q.value(0).toString(),
                     unpackRanges(q.value(3).toByteArray()),
                     { q.value(7).toString(), q.value(8).toInt() } };
        s.target = { q.value(1).toString(),
                     unpackRanges(q.value(4).toByteArray()),
                     { q.value(9).toString(), q.value(10).toInt() } };
        if (!q.value(2).isNull())
            s.corrected = SideText { q.value(2).toString(), unpackRanges(q.value(5).toByteArray()), s.target.origin };
        s.beads = unpackBeads(q.value(6).toByteArray());
        s.excluded = q.value(11).toInt() != 0;
        s.startMs = q.value(12).toLongLong();
        s.endMs = q.value(13).toLongLong();
        s.confirmed = q.value(14).toInt() != 0;
        // Nothing downstream indexes with a stored range or link before it is checked here.
        if (const QString repaired = repairSegment(s); !repaired.isEmpty())
            m_warnings << QCoreApplication::translate("bireader::ProjectStore",
                                                      "%1: segment %2 held %3; it is shown as one link (re-align "
                                                      "it to link its sentences again)")
                              .arg(m_path)
                              .arg(data->document.segments.size() + 1)
                              .arg(repaired);
        data->document.segments.append(std::move(s));
    }
    if (gaps)
        m_storedPositions = positions;
    if (!q.exec(QStringLiteral("SELECT source, approved, forbidden, note, reading FROM glossary ORDER BY position")))
        return fail(q.lastError());
    while (q.next())
        data->glossary.entries.append({ q.value(0).toString(), fromJson(q.value(1).toString()),
                                        fromJson(q.value(2).toString()), q.value(3).toString(),
                                        q.value(4).toString() });
    if (!q.exec(QStringLiteral("SELECT segment, side, start, length, color, note FROM highlights ORDER BY id")))
        return fail(q.lastError());
    while (q.next())
        data->highlights.append({ q.value(0).toInt(),
                                  q.value(1).toInt() ? Side::Target : Side::Source,
                                  { q.value(2).toInt(), q.value(3).toInt() },
                                  q.value(4).toString(),
                                  q.value(5).toString() });
    if (!q.exec(QStringLiteral("SELECT term, reading, gloss, context, segment FROM vocabulary ORDER BY id")))
        return fail(q.lastError());
    while (q.next())
        data->vocabulary.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toInt() });
    if (!q.exec(QStringLiteral("SELECT key FROM accepted_findings")))
        return fail(q.lastError());
    while (q.next())
        data->acceptedFindings.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT name, encoding, text FROM sources ORDER BY id")))
        return fail(q.lastError());
    while (q.next())
        data->sources.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return d;
}

Result<> ProjectStore::setCorrection(int segment, const std::optional<SideText> &corrected)
{
    return exec(QStringLiteral("UPDATE segments SET corrected = ?, corrected_sentences = ? WHERE position = ?"),
                { corrected ? QVariant(corrected->text) : QVariant(QMetaType(QMetaType::QString)),
                  corrected ? packRanges(corrected->sentences) : QByteArray(), segment });
}

Result<> ProjectStore::setBeads(int segment, const Alignment &beads)
{
    return exec(QStringLiteral("UPDATE segments SET beads = ? WHERE position = ?"), { packBeads(beads), segment });
}

Result<> ProjectStore::setAttachedGlossaries(const QStringList &paths)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('attached_glossaries', ?)"),
                { toJson(paths) });
}

Result<> ProjectStore::setConfirmed(int segment, bool confirmed)
{
    return exec(QStringLiteral("UPDATE segments SET confirmed = ? WHERE position = ?"), { int(confirmed), segment });
}

Result<> ProjectStore::setExcluded(int segment, bool excluded)
{
    return exec(QStringLiteral("UPDATE segments SET excluded = ? WHERE position = ?"), { int(excluded), segment });
}

Result<> ProjectStore::saveGlossary(const Glossary &glossary)
{
    return inTransaction([&] {
        Result<> e = exec(QStringLiteral("DELETE FROM glossary"), {});
        // One prepared statement for all rows: a glossary may have 300,000 terms.
        QSqlQuery insert(QSqlDatabase::database(m_connection));
        if (e
            && !insert.prepare(QStringLiteral("INSERT INTO glossary (position, source, approved, forbidden, note, "
                                              "reading) VALUES (?, ?, ?, ?, ?, ?)")))
            e = fail(insert.lastError());
        for (qsizetype i = 0; e && i < glossary.entries.size(); ++i) {
            const TermEntry &t = glossary.entries[i];
            for (const QVariant &v : { QVariant(int(i)), QVariant(t.source), QVariant(toJson(t.approved)),
                                       QVariant(toJson(t.forbidden)), QVariant(t.note), QVariant(t.reading) })
                insert.addBindValue(v);
            if (!insert.exec())
                e = fail(insert.lastError());
        }
        for (const auto &[k, v] : { std::pair { QStringLiteral("glossary_source_language"), glossary.sourceLanguage },
                                    std::pair { QStringLiteral("glossary_target_language"), glossary.targetLanguage } })
            if (e)
                e = exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), { k, v });
        return e;
    });
}

Result<> ProjectStore::addHighlight(const Highlight &h, qint64 *id)
{
    Result<> e = exec(
        QStringLiteral("INSERT INTO highlights (segment, side, start, length, color, note) VALUES (?, ?, ?, ?, ?, ?)"),
        { h.segment, int(h.side == Side::Target), h.range.start, h.range.length, h.color, h.note });
    if (e && id) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        *id = q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    return e;
}

Result<> ProjectStore::saveHighlights(const QList<Highlight> &highlights)
{
    return inTransaction([&] {
        Result<> e = exec(QStringLiteral("DELETE FROM highlights"), {});
        for (qsizetype i = 0; e && i < highlights.size(); ++i)
            e = addHighlight(highlights[i]);
        return e;
    });
}

Result<> ProjectStore::removeHighlight(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM highlights WHERE id = ?"), { id });
}

Result<> ProjectStore::addVocabulary(const VocabularyItem &v)
{
    return exec(
        QStringLiteral("INSERT INTO vocabulary (term, reading, gloss, context, segment) VALUES (?, ?, ?, ?, ?)"),
        { v.term, v.reading, v.gloss, v.context, v.segment });
}

Result<> ProjectStore::saveVocabulary(const QList<VocabularyItem> &vocabulary)
{
    return inTransaction([&] {
        Result<> e = exec(QStringLiteral("DELETE FROM vocabulary"), {});
        for (qsizetype i = 0; e && i < vocabulary.size(); ++i)
            e = addVocabulary(vocabulary[i]);
        return e;
    });
}

Result<> ProjectStore::setAccepted(const QString &key, bool accepted)
{
    return accepted ? exec(QStringLiteral("INSERT OR IGNORE INTO accepted_findings (key) VALUES (?)"), { key })
                    : exec(QStringLiteral("DELETE FROM accepted_findings WHERE key = ?"), { key });
}

Result<> ProjectStore::replaceSegments(int position, int count, const QList<Segment> &replacement)
{
    return inTransaction([&] {
        const int shift = int(replacement.size()) - count;
        const int end = position + count;
        // Positions are unique: move the tail out of the way (negative), then back shifted.
        Result<> e
            = exec(QStringLiteral("DELETE FROM segments WHERE position >= ? AND position < ?"), { position, end });
        if (e && shift != 0) {
            e = exec(QStringLiteral("UPDATE segments SET position = -position - 1 WHERE position >= ?"), { end });
            if (e)
                e = exec(QStringLiteral("UPDATE segments SET position = -position - 1 + ? WHERE position < 0"),
                         { shift });
            if (e)
                e = exec(QStringLiteral("UPDATE highlights SET segment = segment + ? WHERE segment >= ?"),
                         { shift, end });
        }
        if (e)
            e = insertSegments(position, replacement);
        return e;
    });
}

} // namespace bireader
