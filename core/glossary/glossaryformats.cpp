#include "glossaryformats.h"

#include "delimitedglossary.h"
#include "text/encoding.h"
#include "text/filechecks.h"
#include "text/safewrite.h"
#include "text/script.h"
#include "text/xmltext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <optional>

namespace bireader {
namespace {

constexpr qint64 kMaxGlossaryBytes = 64LL * 1024 * 1024;

bool isForbiddenStatus(const QString &status)
{
    return status.startsWith(QLatin1String("deprecated")) || status.startsWith(QLatin1String("superseded"))
        || status.startsWith(QLatin1String("forbidden"));
}

GlossaryReadResult readTbx(QIODevice &device, const QString &name)
{
    GlossaryReadResult r;
    QXmlStreamReader xml(&device);
    xml.setNamespaceProcessing(true);
    TermEntry entry;
    bool inEntry = false;
    QString lang, term, status, defaultLang;
    QStringList langsSeen;
    auto isEntry = [](QStringView n) { return n == QLatin1String("termEntry") || n == QLatin1String("conceptEntry"); };
    auto isLangSet = [](QStringView n) { return n == QLatin1String("langSet") || n == QLatin1String("langSec"); };
    auto isTermGroup = [](QStringView n) {
        return n == QLatin1String("tig") || n == QLatin1String("ntig") || n == QLatin1String("termSec");
    };
    XmlNesting nesting;
    QList<TermEntry> entries;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!nesting.follow(xml))
            break;
        if (xml.isStartElement()) {
            const QStringView n = xml.name();
            if (n == QLatin1String("martif") || n == QLatin1String("tbx")) {
                defaultLang = xml.attributes().value(QLatin1String("xml:lang")).toString();
            } else if (isEntry(n)) {
                entry = {};
                inEntry = true;
            } else if (isLangSet(n)) {
                lang = xml.attributes().value(QLatin1String("xml:lang")).toString().toLower();
                if (!langsSeen.contains(lang))
                    langsSeen.append(lang);
            } else if (isTermGroup(n)) {
                term.clear();
                status.clear();
            } else if (n == QLatin1String("term")) {
                term = readInlineText(xml).trimmed();
                nesting.left();
            } else if (n == QLatin1String("termNote")
                       && xml.attributes().value(QLatin1String("type")) == QLatin1String("administrativeStatus")) {
                status = readInlineText(xml).trimmed();
                nesting.left();
            } else if (inEntry
                       && (n == QLatin1String("note")
                           || (n == QLatin1String("descrip")
                               && xml.attributes().value(QLatin1String("type")) == QLatin1String("definition")))) {
                const QString note = readInlineText(xml).trimmed();
                nesting.left();
                if (!note.isEmpty())
                    entry.note = entry.note.isEmpty() ? note : entry.note + QLatin1String("; ") + note;
            }
        } else if (xml.isEndElement()) {
            const QStringView n = xml.name();
            if (isTermGroup(n) && !term.isEmpty()) {
                if (r.glossary.sourceLanguage.isEmpty())
                    r.glossary.sourceLanguage = lang;
                if (lang == r.glossary.sourceLanguage) {
                    if (entry.source.isEmpty())
                        entry.source = term;
                } else {
                    if (r.glossary.targetLanguage.isEmpty())
                        r.glossary.targetLanguage = lang;
                    (isForbiddenStatus(status) ? entry.forbidden : entry.approved).append(term);
                }
            } else if (isEntry(n)) {
                inEntry = false;
                if (entry.source.isEmpty())
                    ++r.skippedRows;
                else
                    entries.append(entry);
            }
        }
    }
    r.glossary.merge(entries);
    if (xml.hasError())
        r.error = QCoreApplication::translate("bireader::Glossary", "%1: not valid TBX (line %2: %3)")
                      .arg(name)
                      .arg(xml.lineNumber())
                      .arg(xml.errorString());
    else if (r.glossary.entries.isEmpty() && r.skippedRows == 0)
        r.error = QCoreApplication::translate("bireader::Glossary", "%1: no term entries found (is it TBX?)").arg(name);
    return r;
}

QByteArray writeTbx(const Glossary &g)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("martif"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("TBX-Basic"));
    xml.writeAttribute(QStringLiteral("xml:lang"),
                       g.sourceLanguage.isEmpty() ? QStringLiteral("en") : g.sourceLanguage);
    xml.writeStartElement(QStringLiteral("martifHeader"));
    xml.writeStartElement(QStringLiteral("fileDesc"));
    xml.writeStartElement(QStringLiteral("sourceDesc"));
    xml.writeTextElement(QStringLiteral("p"), QStringLiteral("Exported by Bireader"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeStartElement(QStringLiteral("body"));
    int id = 0;
    auto termGroup = [&xml](const QString &term, const QString &status) {
        xml.writeStartElement(QStringLiteral("tig"));
        xml.writeTextElement(QStringLiteral("term"), xmlSafe(term));
        if (!status.isEmpty()) {
            xml.writeStartElement(QStringLiteral("termNote"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("administrativeStatus"));
            xml.writeCharacters(status);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    for (const TermEntry &e : g.entries) {
        xml.writeStartElement(QStringLiteral("termEntry"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("t%1").arg(++id));
        if (!e.note.isEmpty())
            xml.writeTextElement(QStringLiteral("note"), xmlSafe(e.note));
        xml.writeStartElement(QStringLiteral("langSet"));
        xml.writeAttribute(QStringLiteral("xml:lang"),
                           g.sourceLanguage.isEmpty() ? QStringLiteral("und") : g.sourceLanguage);
        termGroup(e.source, QString());
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("langSet"));
        xml.writeAttribute(QStringLiteral("xml:lang"),
                           g.targetLanguage.isEmpty() ? QStringLiteral("und") : g.targetLanguage);
        for (const QString &a : e.approved)
            termGroup(a, QStringLiteral("preferredTerm-admn-sts"));
        for (const QString &f : e.forbidden)
            termGroup(f, QStringLiteral("deprecatedTerm-admn-sts"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

} // namespace

std::optional<GlossaryFormat> glossaryFormatForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("csv"))
        return GlossaryFormat::Csv;
    if (ext == QLatin1String("tsv") || ext == QLatin1String("tab") || ext == QLatin1String("txt"))
        return GlossaryFormat::Tsv;
    if (ext == QLatin1String("tbx") || ext == QLatin1String("xml"))
        return GlossaryFormat::Tbx;
    return std::nullopt;
}

GlossaryReadResult readGlossary(QIODevice &device, const QString &name, GlossaryFormat format)
{
    GlossaryReadResult r;
    r.error = openForReading(device, name);
    if (!r.error.isEmpty())
        return r;
    if (!device.isSequential() && device.size() > kMaxGlossaryBytes) {
        r.error = QCoreApplication::translate("bireader::Glossary", "%1: the file is larger than the limit of %2 MB")
                      .arg(name)
                      .arg(kMaxGlossaryBytes >> 20);
        return r;
    }
    if (format == GlossaryFormat::Tbx)
        return readTbx(device, name);
    const DecodedText text = decodeText(readAtMost(device, kMaxGlossaryBytes - 1), name);
    if (!text.ok()) {
        r.error = text.error;
        return r;
    }
    return readDelimited(text.text, name, format == GlossaryFormat::Csv ? QLatin1Char(',') : QLatin1Char('\t'));
}

QByteArray writeGlossary(const Glossary &glossary, GlossaryFormat format)
{
    switch (format) {
    case GlossaryFormat::Csv:
        return writeDelimited(glossary, QLatin1Char(','));
    case GlossaryFormat::Tsv:
        return writeDelimited(glossary, QLatin1Char('\t'));
    case GlossaryFormat::Tbx:
        return writeTbx(glossary);
    }
    return {};
}

bool orientGlossary(Glossary &glossary, const QString &sourceLanguage, const QString &targetLanguage)
{
    const QString from = primaryLanguage(glossary.sourceLanguage), to = primaryLanguage(glossary.targetLanguage);
    if (from.isEmpty() || from != primaryLanguage(targetLanguage) || from == primaryLanguage(sourceLanguage)
        || (!to.isEmpty() && to != primaryLanguage(sourceLanguage)))
        return false;
    QList<TermEntry> turned;
    for (const TermEntry &e : std::as_const(glossary.entries))
        for (const QString &rendering : e.approved)
            turned.append({ rendering, { e.source }, {}, e.note, {} });
    glossary.entries.clear();
    glossary.merge(turned);
    std::swap(glossary.sourceLanguage, glossary.targetLanguage);
    if (glossary.sourceLanguage.isEmpty())
        glossary.sourceLanguage = sourceLanguage;
    return true;
}

GlossaryReadResult loadGlossaryFile(const QString &path)
{
    const auto format = glossaryFormatForPath(path);
    if (!format) {
        GlossaryReadResult r;
        r.error
            = QCoreApplication::translate("bireader::Glossary", "%1: unknown glossary format (use .csv, .tsv or .tbx)")
                  .arg(path);
        return r;
    }
    QFile f(path);
    if (const QString problem = inputFileProblem(path); !problem.isEmpty()) {
        GlossaryReadResult r;
        r.error = QCoreApplication::translate("bireader::Glossary", "%1: %2").arg(path, problem);
        return r;
    }
    return readGlossary(f, path, *format);
}

Result<> saveGlossaryFile(const Glossary &glossary, const QString &path)
{
    const auto format = glossaryFormatForPath(path);
    if (!format)
        return Error { QCoreApplication::translate("bireader::Glossary",
                                                   "%1: unknown glossary format (use .csv, .tsv or .tbx)")
                           .arg(path) };
    return writeFileSafely(path, writeGlossary(glossary, *format));
}

} // namespace bireader
