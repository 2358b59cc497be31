#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace bireader::reader {

// Every colour the reader draws with, by role, in a light and a dark variant (the dark one
// when the palette's base is dark: the dark theme or the desktop's dark mode). Widgets ask
// for a role; no widget writes a colour of its own.
enum class Colour {
    PointedSentence, // the sentence under the pointer and its counterpart
    SearchHit,
    StretchMark, // where a re-alignment stretch starts
    GlossaryTerm, // a glossary term in the source (underline)
    TermApproved, // the approved rendering found in the translation
    TermWrong, // a rendering the glossary forbids, or none found
    Finding, // a QA finding (underline, minimap)
    UnlinkedSentence, // a sentence linked to nothing (link view)
    ConfirmedLink, // a link the user made or confirmed (link view)
    Corrected, // the corrected segment's margin marker and minimap mark
    Unpaired, // minimap
    LowConfidence, // minimap
    Excluded, // minimap
    Reading, // a dictionary reading (pinyin) in the hover popup
    GlossaryLabel, // "[Glossary]" in the hover popup
    Warning, // "Avoid:" in the hover popup, a failed save in the status bar
    DeletedBackground, // what a correction or a replacement removes
    DeletedText,
    InsertedBackground, // what it adds
    InsertedText,
    WordNew, // a word the learner has not marked (word status view)
    WordLearning, // a word being learnt (paler by level)
    Spoken, // the sentence being read aloud and its counterpart
    Companion, // the translation's ink below each paragraph (interleaved reading)
    Confirmed, // a segment whose translation the user confirmed (margin marker, minimap)
};

// Tone colours of Chinese characters: off, Pleco's default (1 red, 2 green, 3 blue,
// 4 purple, neutral grey) or Dummitt's (1 red, 2 orange, 3 green, 4 blue, neutral grey).
enum class ToneScheme { Off, Pleco, Dummitt };
QColor toneColour(ToneScheme scheme, int tone, const QPalette &palette);

bool isDark(const QPalette &palette);
QColor colour(Colour role, const QPalette &palette);
// For rich text: the role's colour as #rrggbb (alpha dropped).
QString colourName(Colour role, const QPalette &palette);
// The colour of the link at this index in its segment: six hues far apart, so that
// neighbouring links never share one.
QColor linkColour(int index, const QPalette &palette);

// A highlight's colour is stored with it (exports use it): new highlights and notes get
// this one, and a highlight stored without one shows in it.
QString defaultHighlightColour();
QColor highlightColour(const QString &stored);

} // namespace bireader::reader
