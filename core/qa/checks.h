#pragma once

#include "qacheck.h"

namespace bireader {

// A paired segment lacks its translation or its source (and is not marked excluded).
class MissingCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Missing; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// The translation keeps a run of source-language text (or equals the source).
class UntranslatedCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Untranslated; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// A number (digits, percentages, Chinese numerals, A100, 70B) on one side only.
class NumbersCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Numbers; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// A translation far shorter or longer than the document's own length ratio predicts.
class LengthCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Length; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// The source has a glossary term and the translation lacks an approved rendering, or
// uses a forbidden one.
class TermCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Term; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// The same source sentence (or segment) is translated differently elsewhere; the same
// translation is given for different sources (Xbench's target inconsistency); a glossary
// term without an approved rendering is rendered with different known variants.
class InconsistencyCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Inconsistency; }
    void run(const QaInput &input, QList<Finding> &out) const override;

private:
    void termInconsistencies(const QaInput &input, QList<Finding> &out) const;
    void targetInconsistencies(const QaInput &input, QList<Finding> &out) const;
};

// Calls each(segment, source, translation) for every paired segment that is part of the text
// and has a translation: what the form checks below look at.
template <typename Each> void forEachTranslated(const QaInput &input, Each each)
{
    const QList<Segment> &segments = input.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (!s.excluded && s.isPaired() && !s.currentTarget().text.isEmpty())
            each(int(i), s.source.text, s.currentTarget().text);
    }
}

// Xbench's and Verifika's form checks, on each paired segment that is not excluded:

// A bracket or quote (ASCII or full-width) without its partner in the translation, where
// the source has none unpaired.
class BracketsCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Brackets; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// A word written twice in a row in the translation ("the the").
class RepeatedWordCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::RepeatedWord; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// Two spaces in a row in the translation; a space at the start or the end of one side only.
class SpacesCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Spaces; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// A web address or an e-mail address on one side only.
class LinksCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Links; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

// A tag (<b>, </b>, <br/>) or a placeholder ({0}, {name}, %s, %1, %2$d, ${var}) on one
// side only, or not as many times on both.
class TagsCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Tags; }
    void run(const QaInput &input, QList<Finding> &out) const override;
};

} // namespace bireader
