#pragma once

#include "commands.h"

namespace bireader {

// A change of one segment's translation. Typing merges the way text editors undo it: one
// step per word (a word and the spaces or punctuation after it), a new step after a pause
// of a second, when typing turns into deleting or back, and for each paste or input-method
// commit of more than one character. Whole-segment changes (revert, replace, apply term)
// are steps of their own. Changing a confirmed translation takes the confirmation back
// (as Lokalize unapproves an edited entry): what was confirmed is no longer the text.
class EditTranslationCommand : public QUndoCommand
{
public:
    EditTranslationCommand(ProjectDocument *doc, int segment, std::optional<SideText> after, bool typing);
    void undo() override;
    void redo() override;
    int id() const override { return int(m_typing ? CommandId::Typing : CommandId::None); }
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr qint64 kPauseMs = 1000; // a pause this long starts a new step
    enum class Run { Inserting, Deleting, Other }; // what a step's edits do

private:
    ProjectDocument *m_doc;
    int m_segment;
    std::optional<SideText> m_before, m_after;
    bool m_typing;
    bool m_wasConfirmed;
    qint64 m_at; // when the last edit merged into this step was made (steady clock, ms)
    Run m_run = Run::Other;
    QChar m_lastTyped; // the last character typed into this step
};

} // namespace bireader
