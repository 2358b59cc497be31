#include "commands.h"

#include <QCoreApplication>

namespace bireader {

SetBeadsCommand::SetBeadsCommand(ProjectDocument *doc, int segment, Alignment after, const QString &label)
    : QUndoCommand(label)
    , m_doc(doc)
    , m_segment(segment)
    , m_before(doc->segment(segment).beads)
    , m_after(std::move(after))
{
}

AttachedGlossariesCommand::AttachedGlossariesCommand(ProjectDocument *doc, QStringList after)
    : QUndoCommand(QCoreApplication::translate("bireader::Commands", "Change the attached glossaries"))
    , m_doc(doc)
    , m_before(doc->data().attachedGlossaries)
    , m_after(std::move(after))
{
}

SetConfirmedCommand::SetConfirmedCommand(ProjectDocument *doc, int segment, bool confirmed)
    : QUndoCommand(confirmed ? QCoreApplication::translate("bireader::Commands", "Confirm the translation")
                             : QCoreApplication::translate("bireader::Commands", "Unconfirm the translation"))
    , m_doc(doc)
    , m_segment(segment)
    , m_confirmed(confirmed)
{
}

SetExcludedCommand::SetExcludedCommand(ProjectDocument *doc, int segment, bool excluded)
    : QUndoCommand(excluded ? QCoreApplication::translate("bireader::Commands", "Mark as not part of the text")
                            : QCoreApplication::translate("bireader::Commands", "Mark as part of the text"))
    , m_doc(doc)
    , m_segment(segment)
    , m_excluded(excluded)
{
}

ReplaceSegmentsCommand::ReplaceSegmentsCommand(ProjectDocument *doc, int first, int count, QList<Segment> replacement,
                                               QList<Highlight> highlightsAfter, const QString &text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_first(first)
    , m_count(count)
    , m_before(doc->data().document.segments.mid(first, count))
    , m_after(std::move(replacement))
    , m_highlightsBefore(doc->data().highlights)
    , m_highlightsAfter(std::move(highlightsAfter))
{
}

void ReplaceSegmentsCommand::undo()
{
    m_doc->applyReplace(m_first, int(m_after.size()), m_before, m_highlightsBefore);
}

void ReplaceSegmentsCommand::redo()
{
    m_doc->applyReplace(m_first, m_count, m_after, m_highlightsAfter);
}

GlossaryCommand::GlossaryCommand(ProjectDocument *doc, Glossary after)
    : QUndoCommand(QCoreApplication::translate("bireader::Commands", "Change glossary"))
    , m_doc(doc)
    , m_before(doc->data().glossary)
    , m_after(std::move(after))
{
}

HighlightsCommand::HighlightsCommand(ProjectDocument *doc, QList<Highlight> after, const QString &text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_before(doc->data().highlights)
    , m_after(std::move(after))
{
}

VocabularyCommand::VocabularyCommand(ProjectDocument *doc, QList<VocabularyItem> after)
    : QUndoCommand(after.size() > doc->data().vocabulary.size()
                       ? QCoreApplication::translate("bireader::Commands", "Add to vocabulary")
                       : QCoreApplication::translate("bireader::Commands", "Remove from vocabulary"))
    , m_doc(doc)
    , m_before(doc->data().vocabulary)
    , m_after(std::move(after))
{
}

AcceptFindingCommand::AcceptFindingCommand(ProjectDocument *doc, QString key, bool accepted)
    : QUndoCommand(accepted ? QCoreApplication::translate("bireader::Commands", "Accept finding")
                            : QCoreApplication::translate("bireader::Commands", "Reopen finding"))
    , m_doc(doc)
    , m_key(std::move(key))
    , m_accepted(accepted)
{
}

} // namespace bireader
