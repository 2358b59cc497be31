#pragma once

#include "segment.h"

#include <QList>
#include <QString>

namespace bireader {

// A bilingual document: two languages (BCP 47 codes such as "zh", "en") and an
// ordered list of segments. A plain value type; editing with undo comes later.
class Document
{
public:
    QString sourceLanguage;
    QString targetLanguage;
    QString title;
    QList<Segment> segments;

    int pairedCount() const;
    int sentenceCount(Side side) const;
    bool operator==(const Document &) const = default;
};

} // namespace bireader
