#pragma once

#include "importer.h"

namespace bireader {

// A bilingual subtitle file (SRT or WebVTT), each cue holding lines in two languages
// (told apart by script): one segment per cue, cue times kept.
class SubtitleReader final : public BilingualReader
{
public:
    QString formatId() const override { return QStringLiteral("subtitles"); }
    ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const override;
};

// Two subtitle files of the same film: cues paired by time overlap (a cue joins the
// other side's cues it overlaps by at least half of the shorter one), giving n-m
// segments in time order; cues that overlap nothing stay unpaired. A constant delay
// between the two releases is found and taken out first. Cue times are the source's.
ImportResult importSubtitlePair(QIODevice &source, const QString &sourceName, QIODevice &target,
                                const QString &targetName, const ImportOptions &options);

bool isSubtitleFile(const QString &path);

} // namespace bireader
