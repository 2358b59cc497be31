#pragma once

#include "bead.h"

#include <QList>
#include <QString>

#include <optional>

namespace bireader {

enum class Side { Source, Target };

// A half-open character range [start, start + length) in UTF-16 code units.
struct TextRange {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    bool operator==(const TextRange &) const = default;
};

// Where a piece of text came from: the file and its 0-based paragraph index
// (-1 when the text does not stem from one paragraph, e.g. after a merge).
struct Origin {
    QString file;
    int paragraph = -1;
    bool operator==(const Origin &) const = default;
};

// One side of a segment: the text, its sentences as ranges into it, its origin.
struct SideText {
    QString text;
    QList<TextRange> sentences;
    Origin origin;

    bool isEmpty() const { return text.isEmpty(); }
    QString sentence(int i) const { return text.mid(sentences[i].start, sentences[i].length); }
    bool operator==(const SideText &) const = default;
};

// A unit of the document: a source text and its translation. Either side may be
// empty (an unpaired paragraph, e.g. web-page chrome or a missing translation).
// Where a segment's translation stands in the post-editor's work (OmegaT, Lokalize): the
// machine translation as imported, a draft (corrected, not confirmed yet), or confirmed.
enum class SegmentStatus { MachineTranslation, Draft, Confirmed };

struct Segment {
    SideText source;
    SideText target; // the translation as imported (machine translation)
    Alignment beads; // sentence alignment inside the segment, indices into the sides' sentences
    std::optional<SideText> corrected; // the user's translation, kept next to the original
    bool excluded = false; // marked as not part of the article (chrome, footer)
    bool confirmed = false; // the user confirmed the translation (Ctrl+Enter)
    qint64 startMs = -1, endMs = -1; // subtitle cue times, -1 when the text has none

    bool isPaired() const { return !source.isEmpty() && !target.isEmpty(); }
    bool isCorrected() const { return corrected.has_value(); }
    SegmentStatus status() const
    {
        return confirmed ? SegmentStatus::Confirmed
            : corrected  ? SegmentStatus::Draft
                         : SegmentStatus::MachineTranslation;
    }
    // The translation a reader sees: the correction when there is one.
    const SideText &currentTarget() const { return corrected ? *corrected : target; }
    const SideText &side(Side s) const { return s == Side::Source ? source : target; }
    // The bead that holds sentence `sentence` of a side, or nullptr: none holds it, or the
    // translation is corrected (the beads are the original translation's).
    const Bead *beadOf(Side s, int sentence) const
    {
        if (corrected)
            return nullptr;
        for (const Bead &b : beads) {
            const int begin = s == Side::Source ? b.sourceBegin : b.targetBegin;
            const int end = s == Side::Source ? b.sourceEnd() : b.targetEnd();
            if (sentence >= begin && sentence < end)
                return &b;
        }
        return nullptr;
    }
    SideText &side(Side s) { return s == Side::Source ? source : target; }
    bool operator==(const Segment &) const = default;
};

// Splits text into sentence ranges; implemented by the text layer.
using SentenceRanges = QList<TextRange>;

} // namespace bireader
