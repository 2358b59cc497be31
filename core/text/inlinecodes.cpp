#include "inlinecodes.h"

#include "xmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace bireader {
namespace {

constexpr QChar kOpen = QChar(0x27E8), kClose = QChar(0x27E9); // ⟨ ⟩

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\u27E8/?\\d{1,4}/?\u27E9"));
    return pattern;
}

// Begin, end or standalone: TMX/XLIFF 1.2 <bpt>/<ept>/<it pos=...>, XLIFF 1.2 <bx/>/<ex/>,
// XLIFF 2.0 <sc/>/<ec/>; all else stands alone.
enum class Kind { Begin, End, Alone };

Kind kindOf(QStringView name, const QXmlStreamAttributes &a)
{
    if (name == QLatin1String("bpt") || name == QLatin1String("bx") || name == QLatin1String("sc"))
        return Kind::Begin;
    if (name == QLatin1String("ept") || name == QLatin1String("ex") || name == QLatin1String("ec"))
        return a.hasAttribute(QLatin1String("isolated")) && a.value(QLatin1String("isolated")) == QLatin1String("yes")
            ? Kind::Alone
            : Kind::End;
    if (name == QLatin1String("it")) {
        const QStringView pos = a.value(QLatin1String("pos"));
        return pos == QLatin1String("begin") || pos == QLatin1String("open") ? Kind::Begin
            : pos == QLatin1String("end") || pos == QLatin1String("close")   ? Kind::End
                                                                             : Kind::Alone;
    }
    return Kind::Alone;
}

// What pairs a begin with its end: TMX "i", XLIFF 1.2 "rid" or "id", XLIFF 2.0 "id"/"startRef".
QString pairKey(QStringView name, const QXmlStreamAttributes &a)
{
    for (const char *attribute : { "i", "rid", "startRef" })
        if (a.hasAttribute(QLatin1String(attribute)))
            return a.value(QLatin1String(attribute)).toString();
    if (name == QLatin1String("ec") || name == QLatin1String("sc") || name == QLatin1String("bpt")
        || name == QLatin1String("ept") || name == QLatin1String("bx") || name == QLatin1String("ex"))
        return a.value(QLatin1String("id")).toString();
    return {};
}

} // namespace

bool isInlineCode(QStringView e)
{
    return e == QLatin1String("bpt") || e == QLatin1String("ept") || e == QLatin1String("it")
        || e == QLatin1String("ph") || e == QLatin1String("x") || e == QLatin1String("bx") || e == QLatin1String("ex")
        || e == QLatin1String("sc") || e == QLatin1String("ec");
}

QString readInlineWithCodes(QXmlStreamReader &xml, InlineCodes *codes, int *numbered)
{
    int number = numbered ? *numbered : 0;
    QHash<QString, int> open; // pair key -> number of its begin
    const QString text = readInlineText(xml, [&](QXmlStreamReader &reader, QString &out) {
        if (!isInlineCode(reader.name()))
            return false;
        InlineCode code { {}, reader.name().toString(), reader.attributes(), {} };
        const Kind kind = kindOf(reader.name(), code.attributes);
        const QString key = pairKey(reader.name(), code.attributes);
        code.native = readInlineText(reader); // to the code's end: its content is markup, not text
        const int n = kind == Kind::End && open.contains(key) ? open.take(key) : ++number;
        if (kind == Kind::Begin && !key.isEmpty())
            open.insert(key, n);
        code.token = kind == Kind::Begin ? QStringLiteral("%1%2%3").arg(kOpen).arg(n).arg(kClose)
            : kind == Kind::End          ? QStringLiteral("%1/%2%3").arg(kOpen).arg(n).arg(kClose)
                                         : QStringLiteral("%1%2/%3").arg(kOpen).arg(n).arg(kClose);
        out += code.token;
        if (codes)
            codes->append(std::move(code));
        return true;
    });
    if (numbered)
        *numbered = number;
    return text;
}

void writeInlineWithCodes(QXmlStreamWriter &xml, const QString &text, const InlineCodes &codes,
                          const InlineCodes &fallback)
{
    auto find = [&](QStringView token) -> const InlineCode * {
        for (const InlineCodes *list : { &codes, &fallback })
            for (const InlineCode &c : *list)
                if (c.token == token)
                    return &c;
        return nullptr;
    };
    qsizetype from = 0;
    for (auto it = tokenPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const InlineCode *code = find(m.capturedView());
        if (!code)
            continue; // not a code of this segment: stays text
        xml.writeCharacters(xmlSafe(text.mid(from, m.capturedStart() - from)));
        xml.writeStartElement(code->element);
        xml.writeAttributes(code->attributes);
        if (!code->native.isEmpty())
            xml.writeCharacters(xmlSafe(code->native));
        xml.writeEndElement();
        from = m.capturedEnd();
    }
    xml.writeCharacters(xmlSafe(text.mid(from)));
}

QStringList inlineTokens(const QString &text)
{
    QStringList out;
    for (auto it = tokenPattern().globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

} // namespace bireader
