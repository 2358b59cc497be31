#pragma once

#include "glossary/dictionary.h"
#include "projectdocument.h"

namespace bireader {

// One change "apply term" proposes: in `segment`'s translation, `range` (the text
// `found`) becomes `replacement`. An empty range marks a segment whose source has the
// term while the finder is sure of no rendering in its translation: the user picks one
// of the `alternatives` (ranked spans) or fixes it by hand.
struct TermReplacement {
    int segment = 0;
    TextRange range;
    QString found;
    QString replacement;
    QList<TextRange> alternatives; // other spans that may render the term, best first
    bool operator==(const TermReplacement &) const = default;
};

// The preview for glossary entry `entry`: for each segment whose source holds the term and
// whose translation lacks the approved rendering, the known wrong renderings (forbidden)
// and else the renderings the RenderingFinder finds (with the dictionary, if any).
QList<TermReplacement> termReplacements(const ProjectData &data, int entry, const Dictionary *dictionary = nullptr);

// Applies the chosen replacements (all or some of the preview) as one undoable step.
void applyTermReplacements(ProjectDocument &document, const QList<TermReplacement> &chosen);

} // namespace bireader
