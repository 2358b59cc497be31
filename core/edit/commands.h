#pragma once

#include "projectdocument.h"

#include <QUndoCommand>

namespace bireader {

// QUndoCommand::id() of the commands: commands of one id may merge (mergeWith()); None
// never merges.
enum class CommandId : int {
    None = -1,
    Typing = 1, // EditTranslationCommand while the user types
};

// The edits that swap a value for another and back: one small class each, kept together
// here (an exception to one class a file pair; EditTranslationCommand, which has logic of
// its own, has its own file).

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

class SetConfirmedCommand : public QUndoCommand
{
public:
    SetConfirmedCommand(ProjectDocument *doc, int segment, bool confirmed);
    void undo() override { m_doc->applyConfirmed(m_segment, !m_confirmed); }
    void redo() override { m_doc->applyConfirmed(m_segment, m_confirmed); }

private:
    ProjectDocument *m_doc;
    int m_segment;
    bool m_confirmed;
};

class AttachedGlossariesCommand : public QUndoCommand
{
public:
    AttachedGlossariesCommand(ProjectDocument *doc, QStringList after);
    void undo() override { m_doc->applyAttachedGlossaries(m_before); }
    void redo() override { m_doc->applyAttachedGlossaries(m_after); }

private:
    ProjectDocument *m_doc;
    QStringList m_before, m_after;
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
