#include "xliffmarkup.h"

#include <QXmlStreamReader>

namespace bireader::xliff {

bool isUnit(QStringView name)
{
    return name == QLatin1String("trans-unit") || name == QLatin1String("unit");
}

bool isOwnText(QStringView parent)
{
    return parent == QLatin1String("trans-unit") || parent == QLatin1String("segment")
        || parent == QLatin1String("ignorable");
}

void UnitStatus::see(const QXmlStreamReader &xml, QStringView parent)
{
    const QStringView name = xml.name();
    const QStringView state = xml.attributes().value(QLatin1String("state"));
    if (isUnit(name)) {
        *this = {};
        m_approved = xml.attributes().value(QLatin1String("approved")) == QLatin1String("yes");
    } else if (name == QLatin1String("segment")) {
        ++m_segments;
        if (state == QLatin1String("reviewed") || state == QLatin1String("final"))
            ++m_finalSegments;
    } else if (name == QLatin1String("target") && parent == QLatin1String("trans-unit")) {
        m_targetFinal = state == QLatin1String("signed-off") || state == QLatin1String("final");
    }
}

bool UnitStatus::confirmed() const
{
    return m_segments > 0 ? m_finalSegments == m_segments : m_approved || m_targetFinal;
}

QList<UnitShape> unitShapes(const QString &text)
{
    QList<UnitShape> out;
    int segments = 0;
    QXmlStreamReader xml(text);
    QList<QString> open;
    UnitStatus status;
    bool inUnit = false;
    UnitShape shape;
    int sourceNumbers = 0, targetNumbers = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isUnit(xml.name())) {
                inUnit = true;
                segments = 0;
                shape = {};
                sourceNumbers = targetNumbers = 0;
            }
            segments += xml.name() == QLatin1String("segment") ? 1 : 0;
            const QStringView parent = open.isEmpty() ? QStringView() : QStringView(open.back());
            if (inUnit)
                status.see(xml, parent);
            if (inUnit && isOwnText(parent)
                && (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("target"))) {
                const bool source = xml.name() == QLatin1String("source");
                // As the reader reads it (to the element's end): the same tokens, the same codes.
                readInlineWithCodes(xml, source ? &shape.sourceCodes : &shape.targetCodes,
                                    source ? &sourceNumbers : &targetNumbers);
                continue;
            }
            open.append(xml.name().toString());
        } else if (xml.isEndElement()) {
            open.removeLast();
            if (isUnit(xml.name())) {
                shape.confirmed = status.confirmed();
                shape.segments = segments;
                out.append(shape);
                inUnit = false;
            }
        }
    }
    return xml.hasError() ? QList<UnitShape> {} : out;
}

} // namespace bireader::xliff
