#pragma once

#include "projectdocument.h"

#include <QUndoCommand>

namespace bireader {

// Sets or clears (revert) the user's translation of a segment. Typing in one segment
// coalesces into one command (mergeWith), so one undo takes back a whole edit.
// A change of one segment's translation. Typing merges the way text editors undo it: one
// step per word (a word and the spaces or punctuation after it), a new step after a pause
// of a second, when typing turns into deleting or back, and for each paste or input-method
// commit of more than one character. Whole-segment changes (revert, replace, apply term)
// are steps of their own.
class EditTranslationCommand : public QUndoCommand
{
public:
    EditTranslationCommand(ProjectDocument *doc, int segment, std::optional<SideText> after, bool typing);
    void undo() override { m_doc->applyCorrection(m_segment, m_before); }
    void redo() override { m_doc->applyCorrection(m_segment, m_after); }
    int id() const override { return m_typing ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr qint64 kPauseMs = 1000; // a pause this long starts a new step
    enum class Run { Inserting, Deleting, Other }; // what a step's edits do

private:
    ProjectDocument *m_doc;
    int m_segment;
    std::optional<SideText> m_before, m_after;
    bool m_typing;
    qint64 m_at; // when the last edit merged into this step was made (steady clock, ms)
    Run m_run = Run::Other;
    QChar m_lastTyped; // the last character typed into this step
};

class SetExcludedCommand : public QUndoCommand
{
public:
    SetExcludedCommand(ProjectDocument *doc, int segment, bool excluded);
    void undo() override { m_doc->applyExcluded(m_segment, !m_excluded); }
    void redo() override { m_doc->applyExcluded(m_segment, m_excluded); }

private:
    ProjectDocument *m_doc;
    int m_segment;
    bool m_excluded;
};

// A segment's sentence links (the user's link edits; re-alignment of the links).
class SetBeadsCommand : public QUndoCommand
{
public:
    SetBeadsCommand(ProjectDocument *doc, int segment, Alignment after, const QString &label);
    void undo() override { m_doc->applyBeads(m_segment, m_before); }
    void redo() override { m_doc->applyBeads(m_segment, m_after); }

private:
    ProjectDocument *m_doc;
    int m_segment;
    Alignment m_before, m_after;
};

// Replaces a run of segments (merge, split, re-alignment), highlights moved along.
class ReplaceSegmentsCommand : public QUndoCommand
{
public:
    ReplaceSegmentsCommand(ProjectDocument *doc, int first, int count, QList<Segment> replacement,
                           QList<Highlight> highlightsAfter, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_doc;
    int m_first, m_count;
    QList<Segment> m_before, m_after;
    QList<Highlight> m_highlightsBefore, m_highlightsAfter;
};

class GlossaryCommand : public QUndoCommand
{
public:
    GlossaryCommand(ProjectDocument *doc, Glossary after);
    void undo() override { m_doc->applyGlossary(m_before); }
    void redo() override { m_doc->applyGlossary(m_after); }

private:
    ProjectDocument *m_doc;
    Glossary m_before, m_after;
};

class HighlightsCommand : public QUndoCommand
{
public:
    HighlightsCommand(ProjectDocument *doc, QList<Highlight> after, const QString &text);
    void undo() override { m_doc->applyHighlights(m_before); }
    void redo() override { m_doc->applyHighlights(m_after); }

private:
    ProjectDocument *m_doc;
    QList<Highlight> m_before, m_after;
};

class VocabularyCommand : public QUndoCommand
{
public:
    VocabularyCommand(ProjectDocument *doc, QList<VocabularyItem> after);
    void undo() override { m_doc->applyVocabulary(m_before); }
    void redo() override { m_doc->applyVocabulary(m_after); }

private:
    ProjectDocument *m_doc;
    QList<VocabularyItem> m_before, m_after;
};

class AcceptFindingCommand : public QUndoCommand
{
public:
    AcceptFindingCommand(ProjectDocument *doc, QString key, bool accepted);
    void undo() override { m_doc->applyAccepted(m_key, !m_accepted); }
    void redo() override { m_doc->applyAccepted(m_key, m_accepted); }

private:
    ProjectDocument *m_doc;
    QString m_key;
    bool m_accepted;
};

} // namespace bireader
