#pragma once

#include <QList>
#include <QString>

#include "inlinecodes.h"

class QXmlStreamReader;

namespace bireader {

// XLIFF 1.2 and 2.0 as the reader and the writer-back both see them, so that what is
// imported is what is written back.
namespace xliff {

bool isUnit(QStringView name); // <trans-unit> (1.2) or <unit> (2.0)

// Whether a <source> or <target> whose parent element is `parent` is the unit's own
// text: in 1.2 a child of <trans-unit>, in 2.0 of <segment> or <ignorable>. Not the
// alternatives of an <alt-trans> or the candidates of a 2.0 <mtc:match>.
bool isOwnText(QStringView parent);

// A unit's status as a translator left it: 1.2 <trans-unit approved="yes"> or a
// <target state="signed-off|final">; 2.0 every <segment state="reviewed|final">.
class UnitStatus
{
public:
    // Call for each start element inside a unit (the unit's own start included) with
    // the name of its parent.
    void see(const QXmlStreamReader &xml, QStringView parent);
    bool confirmed() const;

private:
    bool m_approved = false, m_targetFinal = false;
    int m_segments = 0, m_finalSegments = 0;
};

// What each unit of an XLIFF file holds, in file order ({} if it does not parse).
struct UnitShape {
    bool confirmed = false; // as UnitStatus says
    int segments = 0; // 2.0 <segment>s (0 in 1.2)
    InlineCodes sourceCodes, targetCodes; // the unit's own inline codes, numbered as the reader does
};
QList<UnitShape> unitShapes(const QString &text);

} // namespace xliff
} // namespace bireader
