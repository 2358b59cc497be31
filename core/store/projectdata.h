#pragma once

#include "glossary/termentry.h"
#include "model/document.h"

#include <QList>
#include <QSet>
#include <QString>

namespace bireader {

// A highlight on a character range of one side of a segment, with colour and note.
// A note on a whole segment is a highlight covering the whole side text.
struct Highlight {
    int segment = 0;
    Side side = Side::Source;
    TextRange range;
    QString color; // "#rrggbb"
    QString note;
    bool operator==(const Highlight &) const = default;
};

// A word saved from the dictionary with the sentence it came from.
struct VocabularyItem {
    QString term;
    QString reading;
    QString gloss;
    QString context;
    int segment = -1;
    bool operator==(const VocabularyItem &) const = default;
};

// The original file a document was imported from.
struct SourceText {
    QString name;
    QString encoding;
    QString text;
    bool operator==(const SourceText &) const = default;
};

// Everything a project file holds.
struct ProjectData {
    Document document;
    Glossary glossary;
    QList<Highlight> highlights;
    QList<VocabularyItem> vocabulary;
    QSet<QString> acceptedFindings; // keys of QA findings the user accepted
    QList<SourceText> sources;
    QStringList attachedGlossaries; // glossary files the project uses besides its own (absolute paths)
    bool operator==(const ProjectData &) const = default;
};

} // namespace bireader
