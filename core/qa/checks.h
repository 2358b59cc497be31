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

// The same source sentence (or segment) is translated differently elsewhere; a glossary
// term without an approved rendering is rendered with different known variants.
class InconsistencyCheck final : public QaCheck
{
public:
    FindingKind kind() const override { return FindingKind::Inconsistency; }
    void run(const QaInput &input, QList<Finding> &out) const override;

private:
    void termInconsistencies(const QaInput &input, QList<Finding> &out) const;
};

} // namespace bireader
