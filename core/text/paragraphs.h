#pragma once

#include <QList>
#include <QString>

namespace bireader {

struct Paragraph {
    QString text;
    int line = 0; // 0-based line where the paragraph starts
};

enum class ParagraphMode {
    Auto, // blank-line blocks when the text is hard-wrapped, else one paragraph a line
    Lines, // every non-blank line is a paragraph
    Blocks, // blank-line separated blocks, their lines joined (unwrapped)
};

// Splits decoded text into paragraphs. Blank lines (spaces, NBSP, U+3000 only) separate.
QList<Paragraph> splitParagraphs(const QString &text, ParagraphMode mode = ParagraphMode::Auto);

// True when most blocks span several lines of similar width (Project Gutenberg style).
bool looksHardWrapped(const QStringList &lines);

// Joins wrapped lines: a space between words, nothing between CJK characters,
// and a hyphen at a line end joined when it splits a word.
QString unwrapLines(const QStringList &lines);

} // namespace bireader
