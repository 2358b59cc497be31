#pragma once

// A small Chinese-English project for the reader's widget tests (text written for Bireader).
#include "store/projectdata.h"
#include "text/sentencesplitter.h"

#include <QStandardPaths>

namespace bireader::testing {

inline SideText sideText(const QString &text, const QString &language)
{
    return { text, SentenceSplitter(language).split(text), { QStringLiteral("fixture.txt"), 0 } };
}

inline Segment readerSegment(const QString &zh, const QString &en)
{
    Segment s;
    s.source = sideText(zh, QStringLiteral("zh"));
    s.target = sideText(en, QStringLiteral("en"));
    const int n = int(std::min(s.source.sentences.size(), s.target.sentences.size()));
    for (int k = 0; k < n; ++k)
        s.beads.append({ k, 1, k, 1, 0.9 });
    return s;
}

// Five segments (a two-sentence pair, a short one, a forbidden rendering of a glossary
// term, a name, and web-page chrome with no translation), repeated `times`.
inline ProjectData readerProject(int times = 1)
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    for (int t = 0; t < times; ++t) {
        p.document.segments << readerSegment(
            QStringLiteral("老周在北角灯塔工作了三十二年。每天傍晚，他爬到塔顶点灯。"),
            QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years. "
                           "Every evening he climbed to the top of the tower and lit the lamp."))
                            << readerSegment(QStringLiteral("今晚有雾。"), QStringLiteral("There is fog tonight."))
                            << readerSegment(QStringLiteral("幻方是一家量化公司。"),
                                             QStringLiteral("Magic Square is a quant firm."))
                            << readerSegment(QStringLiteral("他的女儿小梅在城里读书。"),
                                             QStringLiteral("His daughter Xiaomei studies in the city."))
                            << readerSegment(QStringLiteral("跳至主要内容"), QString());
    }
    p.glossary.sourceLanguage = QStringLiteral("zh");
    p.glossary.targetLanguage = QStringLiteral("en");
    p.glossary.entries = { { QStringLiteral("幻方"),
                             { QStringLiteral("High-Flyer") },
                             { QStringLiteral("Magic Square") },
                             QStringLiteral("the fund"),
                             QStringLiteral("huàn fāng") },
                           { QStringLiteral("灯塔"), { QStringLiteral("lighthouse") }, {}, {}, {} } };
    return p;
}

} // namespace bireader::testing
