#include "edittranslationcommand.h"

#include <QCoreApplication>

#include <chrono>

namespace bireader {
namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct TextChange {
    qsizetype removed = 0;
    QString inserted;
};

// What changed from `a` to `b`: one removed and one inserted stretch between a common
// prefix and a common suffix.
TextChange changeBetween(const QString &a, const QString &b)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(a.size(), b.size());
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return { a.size() - prefix - suffix, b.mid(prefix, b.size() - prefix - suffix) };
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019);
}

EditTranslationCommand::Run runOf(const TextChange &change)
{
    using Run = EditTranslationCommand::Run;
    if (change.removed == 0 && change.inserted.size() == 1)
        return Run::Inserting;
    if (change.inserted.isEmpty() && change.removed > 0)
        return Run::Deleting;
    return Run::Other;
}

} // namespace
EditTranslationCommand::EditTranslationCommand(ProjectDocument *doc, int segment, std::optional<SideText> after,
                                               bool typing)
    : QUndoCommand(after ? QCoreApplication::translate("bireader::Commands", "Edit translation")
                         : QCoreApplication::translate("bireader::Commands", "Revert translation"))
    , m_doc(doc)
    , m_segment(segment)
    , m_before(doc->segment(segment).corrected)
    , m_after(std::move(after))
    , m_typing(typing)
    , m_wasConfirmed(doc->segment(segment).confirmed)
    , m_at(steadyMs())
{
    if (typing && m_after) {
        const TextChange change = changeBetween(doc->segment(segment).currentTarget().text, m_after->text);
        m_run = runOf(change);
        if (m_run == Run::Inserting)
            m_lastTyped = change.inserted.front();
    }
}

void EditTranslationCommand::undo()
{
    m_doc->applyCorrection(m_segment, m_before);
    if (m_wasConfirmed)
        m_doc->applyConfirmed(m_segment, true);
}

void EditTranslationCommand::redo()
{
    m_doc->applyCorrection(m_segment, m_after);
    if (m_wasConfirmed)
        m_doc->applyConfirmed(m_segment, false);
}

bool EditTranslationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditTranslationCommand *>(other);
    if (!o->m_typing || o->m_segment != m_segment || !m_after || !o->m_after || o->m_at - m_at >= kPauseMs)
        return false;
    const TextChange change = changeBetween(m_after->text, o->m_after->text);
    const Run run = runOf(change);
    if (run == Run::Other || run != m_run)
        return false; // a paste, an input-method commit, a replaced selection; or typing turned to deleting
    if (run == Run::Inserting) {
        const QChar typed = change.inserted.front();
        if (isWordChar(typed) && !isWordChar(m_lastTyped))
            return false; // a new word (or a character after punctuation) starts a new step
        m_lastTyped = typed;
    }
    m_after = o->m_after;
    m_at = o->m_at;
    return true;
}

} // namespace bireader
