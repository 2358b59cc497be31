#pragma once

// An interview for the Apply Term tests (text written for Bireader): the interviewer's
// column 暗涌 and a lighthouse 灯塔 rendered many ways by a machine translation.
#include "glossary/dictionary.h"
#include "segments.h"
#include "store/projectdata.h"

namespace bireader::testing {

// A few CC-CEDICT lines of our own.
inline void fillDictionary(Dictionary &d)
{
    for (const char *line :
         { "燈塔 灯塔 [deng1 ta3] /lighthouse/", "燈 灯 [deng1] /lamp/light/", "塔 塔 [ta3] /pagoda/tower/",
           "暗 暗 [an4] /dark/hidden/", "湧 涌 [yong3] /to bubble up/to rush forth/", "老 老 [lao3] /old/" })
        d.addCedictLine(QString::fromUtf8(line));
}

// An interview where the interviewer's column 暗涌 (glossary: LatePost) is rendered
// "Dark Surge" or "Undercurrent", and a lighthouse 灯塔 (glossary: Beacon) four ways.
inline ProjectData interview()
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    QList<Segment> &s = p.document.segments;
    s << pairSegment(QStringLiteral("老周在灯塔工作。"), QStringLiteral("Old Zhou works at the lighthouse."), true)
      << pairSegment(QStringLiteral("灯塔很高。"), QStringLiteral("The light tower is very tall."), true)
      << pairSegment(QStringLiteral("他每天去灯塔。"), QStringLiteral("Every day he climbs up to Dengta."), true)
      << pairSegment(QStringLiteral("灯塔的灯亮了。"), QStringLiteral("The lamp came on."), true) // 灯塔 dropped
      << pairSegment(QStringLiteral("北角灯塔还在。"), QStringLiteral("The North Cape 灯塔 still stands."), true);
    const QStringList questions {
        "Why now?", "What changed?", "Who decides?", "How long?", "Is it hard?", "Why here?"
    };
    for (int k = 0; k < 6; ++k) {
        s << pairSegment(QStringLiteral("暗涌：问题%1？").arg(k), QStringLiteral("\"Dark Surge\": ") + questions[k],
                         true);
        s << pairSegment(QStringLiteral("暗涌：又一个问题%1？").arg(k),
                         QStringLiteral("\"Undercurrent\": ") + questions[k], true);
    }
    s << pairSegment(QStringLiteral("暗涌说，走吧。"), QStringLiteral("Let us go, someone said."), true); // dropped
    for (int k = 0; k < 20; ++k)
        s << pairSegment(QStringLiteral("他回答了第%1个。").arg(k),
                         QStringLiteral("He answered number %1 at length.").arg(k), true);
    p.glossary.entries = { { QStringLiteral("灯塔"), { QStringLiteral("Beacon") }, {}, {}, {} },
                           { QStringLiteral("暗涌"), { QStringLiteral("LatePost") }, {}, {}, {} } };
    return p;
}

} // namespace bireader::testing
