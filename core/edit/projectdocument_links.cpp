// ProjectDocument: the user's changes to sentence links.
#include "commands.h"
#include "links.h"
#include "projectdocument.h"
#include "store/projectstore.h"

#include <QCoreApplication>

namespace bireader {

QString ProjectDocument::linkable(int segment) const
{
    if (segment < 0 || segment >= segmentCount())
        return QCoreApplication::translate("bireader::Links", "no segment %1").arg(segment + 1);
    const Segment &s = m_data.document.segments[segment];
    if (s.isCorrected())
        return QCoreApplication::translate("bireader::Links",
                                           "segment %1 holds a correction: its links are the machine translation's; "
                                           "revert it to change them")
            .arg(segment + 1);
    return {};
}

QString ProjectDocument::linkSentences(int segment, int sourceFirst, int sourceLast, int targetFirst, int targetLast)
{
    if (QString e = linkable(segment); !e.isEmpty())
        return e;
    const Segment &s = m_data.document.segments[segment];
    if (sourceFirst < 0 || sourceLast >= s.source.sentences.size() || targetFirst < 0
        || targetLast >= s.target.sentences.size() || (sourceFirst > sourceLast && targetFirst > targetLast))
        return QCoreApplication::translate("bireader::Links", "segment %1 has no such sentences").arg(segment + 1);
    const Alignment beads = linkedBeads(s, sourceFirst, sourceLast, targetFirst, targetLast);
    if (beads != s.beads)
        m_undo.push(new SetBeadsCommand(this, segment, beads,
                                        QCoreApplication::translate("bireader::Commands", "Link sentences")));
    return {};
}

QString ProjectDocument::unlinkSentence(int segment, Side side, int sentence)
{
    if (QString e = linkable(segment); !e.isEmpty())
        return e;
    const Alignment beads = unlinkedBeads(m_data.document.segments[segment], side, sentence);
    if (beads != m_data.document.segments[segment].beads)
        m_undo.push(new SetBeadsCommand(this, segment, beads,
                                        QCoreApplication::translate("bireader::Commands", "Unlink sentence")));
    return {};
}

QString ProjectDocument::confirmLink(int segment, Side side, int sentence, bool confirmed)
{
    if (QString e = linkable(segment); !e.isEmpty())
        return e;
    const Alignment beads = confirmedBeads(m_data.document.segments[segment], side, sentence, confirmed);
    if (beads != m_data.document.segments[segment].beads)
        m_undo.push(new SetBeadsCommand(this, segment, beads,
                                        confirmed
                                            ? QCoreApplication::translate("bireader::Commands", "Confirm link")
                                            : QCoreApplication::translate("bireader::Commands", "Unconfirm link")));
    return {};
}

void ProjectDocument::setLinks(const QList<std::pair<int, Alignment>> &links, const QString &label)
{
    QList<std::pair<int, Alignment>> changed;
    for (const auto &[segment, beads] : links)
        if (segment >= 0 && segment < segmentCount() && m_data.document.segments[segment].beads != beads)
            changed.append({ segment, beads });
    if (changed.isEmpty())
        return;
    m_undo.beginMacro(label);
    for (const auto &[segment, beads] : changed)
        m_undo.push(new SetBeadsCommand(this, segment, beads, label));
    m_undo.endMacro();
}

void ProjectDocument::applyBeads(int segment, const Alignment &beads)
{
    m_data.document.segments[segment].beads = beads;
    if (m_store)
        report(m_store->setBeads(segment, beads));
    emit segmentChanged(segment);
}

} // namespace bireader
