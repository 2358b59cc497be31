#include "projectdocument.h"

#include "commands.h"
#include "edittranslationcommand.h"
#include "links.h"
#include "segmentops.h"
#include "store/projectstore.h"
#include "text/sentencesplitter.h"

#include <QCoreApplication>

namespace bireader {

QString ProjectDocument::filePath() const
{
    return m_store ? m_store->path() : QString();
}

SideText correctionText(const QString &text, const QString &language, const Origin &origin)
{
    return { text, SentenceSplitter(language).split(text), origin };
}

ProjectDocument::ProjectDocument(ProjectData data, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
{
    recountConfirmed();
}

void ProjectDocument::recountConfirmed()
{
    m_confirmedCount = int(std::count_if(m_data.document.segments.cbegin(), m_data.document.segments.cend(),
                                         [](const Segment &s) { return s.confirmed; }));
}

void ProjectDocument::report(const Result<> &written)
{
    if (!written)
        emit storeFailed(written.error());
}

// Requests -----------------------------------------------------------------------------

void ProjectDocument::editTranslation(int segment, const QString &text)
{
    if (segment < 0 || segment >= segmentCount())
        return;
    const Segment &s = m_data.document.segments[segment];
    m_undo.push(new EditTranslationCommand(
        this, segment, correctionText(text, m_data.document.targetLanguage, s.target.origin), true));
}

void ProjectDocument::revertTranslation(int segment)
{
    if (segment >= 0 && segment < segmentCount() && m_data.document.segments[segment].isCorrected())
        m_undo.push(new EditTranslationCommand(this, segment, std::nullopt, false));
}

void ProjectDocument::setExcluded(int segment, bool excluded)
{
    if (segment >= 0 && segment < segmentCount() && m_data.document.segments[segment].excluded != excluded)
        m_undo.push(new SetExcludedCommand(this, segment, excluded));
}

void ProjectDocument::setConfirmed(int segment, bool confirmed)
{
    if (segment >= 0 && segment < segmentCount() && m_data.document.segments[segment].confirmed != confirmed)
        m_undo.push(new SetConfirmedCommand(this, segment, confirmed));
}

int ProjectDocument::nextUnconfirmed(int from) const
{
    const QList<Segment> &all = m_data.document.segments;
    for (int i = std::max(0, from + 1); i < all.size(); ++i)
        if (all[i].isPaired() && !all[i].excluded && !all[i].confirmed)
            return i;
    return -1;
}

void ProjectDocument::includeAll()
{
    bool any = false;
    for (int i = 0; i < segmentCount(); ++i) {
        if (!m_data.document.segments[i].excluded)
            continue;
        if (!any)
            m_undo.beginMacro(QCoreApplication::translate("bireader::Commands", "Include all set aside"));
        any = true;
        m_undo.push(new SetExcludedCommand(this, i, false));
    }
    if (any)
        m_undo.endMacro();
}

void ProjectDocument::mergeWithNext(int segment)
{
    if (segment < 0 || segment + 1 >= segmentCount())
        return;
    const QList<Segment> &all = m_data.document.segments;
    const QString &sl = m_data.document.sourceLanguage, &tl = m_data.document.targetLanguage;
    m_undo.push(new ReplaceSegmentsCommand(this, segment, 2, { mergedSegments(all[segment], all[segment + 1], sl, tl) },
                                           highlightsAfterMerge(m_data.highlights, all[segment], segment, sl, tl),
                                           QCoreApplication::translate("bireader::Commands", "Merge segments")));
}

void ProjectDocument::split(int segment, int sourceSentence, int targetSentence)
{
    if (segment < 0 || segment >= segmentCount())
        return;
    const Segment &s = m_data.document.segments[segment];
    const auto [head, tail] = splitSegment(s, sourceSentence, targetSentence);
    if ((head.source.isEmpty() && head.currentTarget().isEmpty())
        || (tail.source.isEmpty() && tail.currentTarget().isEmpty()))
        return; // nothing on one side of the cut
    m_undo.push(
        new ReplaceSegmentsCommand(this, segment, 1, { head, tail },
                                   highlightsAfterSplit(m_data.highlights, s, sourceSentence, targetSentence, segment),
                                   QCoreApplication::translate("bireader::Commands", "Split segment")));
}

void ProjectDocument::setGlossary(const Glossary &glossary)
{
    if (glossary != m_data.glossary)
        m_undo.push(new GlossaryCommand(this, glossary));
}

void ProjectDocument::addHighlight(const Highlight &highlight)
{
    QList<Highlight> after = m_data.highlights;
    after.append(highlight);
    m_undo.push(new HighlightsCommand(this, after, QCoreApplication::translate("bireader::Commands", "Highlight")));
}

void ProjectDocument::removeHighlight(int index)
{
    if (index < 0 || index >= m_data.highlights.size())
        return;
    QList<Highlight> after = m_data.highlights;
    after.removeAt(index);
    m_undo.push(
        new HighlightsCommand(this, after, QCoreApplication::translate("bireader::Commands", "Remove highlight")));
}

void ProjectDocument::addVocabulary(const VocabularyItem &item)
{
    QList<VocabularyItem> after = m_data.vocabulary;
    after.append(item);
    m_undo.push(new VocabularyCommand(this, after));
}

void ProjectDocument::removeVocabulary(int index)
{
    if (index < 0 || index >= m_data.vocabulary.size())
        return;
    QList<VocabularyItem> after = m_data.vocabulary;
    after.removeAt(index);
    m_undo.push(new VocabularyCommand(this, after));
}

void ProjectDocument::setAccepted(const QString &findingKey, bool accepted)
{
    if (m_data.acceptedFindings.contains(findingKey) != accepted)
        m_undo.push(new AcceptFindingCommand(this, findingKey, accepted));
}

void ProjectDocument::moveSentence(int segment, Side side, bool toNext)
{
    if (segment < 0 || segment >= segmentCount() || (toNext ? segment + 1 >= segmentCount() : segment == 0))
        return;
    const Segment &s = m_data.document.segments[segment];
    const int sourceCount = int(s.source.sentences.size());
    const int targetCount = int(s.currentTarget().sentences.size());
    const int count = side == Side::Source ? sourceCount : targetCount;
    if (count == 0)
        return;
    const bool onlyThis = (side == Side::Source ? targetCount : sourceCount) == 0 && count == 1;
    m_undo.beginMacro(toNext ? QCoreApplication::translate("bireader::Commands", "Move sentence to next segment")
                             : QCoreApplication::translate("bireader::Commands", "Move sentence to previous segment"));
    int neighbour = -1, moved = -1; // where the sentence ends up
    if (onlyThis) { // the segment is that one sentence: it joins its neighbour
        neighbour = toNext ? segment : segment - 1;
        moved = toNext ? 0 : int(m_data.document.segments[segment - 1].side(side).sentences.size());
        mergeWithNext(neighbour);
    } else if (!toNext) {
        moved = int(m_data.document.segments[segment - 1].side(side).sentences.size());
        split(segment, side == Side::Source ? 1 : 0, side == Side::Source ? 0 : 1);
        mergeWithNext(segment - 1);
        neighbour = segment - 1;
    } else {
        split(segment, side == Side::Source ? sourceCount - 1 : sourceCount,
              side == Side::Source ? targetCount : targetCount - 1);
        mergeWithNext(segment + 1);
        neighbour = segment + 1;
        moved = 0;
    }
    // The sentence keeps a link: it joins the neighbour's link next to it (a 1-1 there
    // becomes a 2-1), rather than standing alone.
    if (neighbour >= 0 && neighbour < segmentCount() && !m_data.document.segments[neighbour].isCorrected()) {
        const Segment &n = m_data.document.segments[neighbour];
        const Alignment beads = joinedWithNeighbour(n, side, moved, !toNext);
        if (beads != n.beads)
            m_undo.push(new SetBeadsCommand(this, neighbour, beads, QString()));
    }
    m_undo.endMacro();
}

void ProjectDocument::replaceSegments(int first, int count, const QList<Segment> &segments, const QString &label)
{
    if (first < 0 || count < 1 || first + count > segmentCount() || segments.isEmpty())
        return;
    m_undo.push(new ReplaceSegmentsCommand(this, first, count, segments,
                                           highlightsAfterReplace(m_data.highlights, first, count, segments), label));
}

void ProjectDocument::editTranslations(const QList<std::pair<int, QString>> &edits, const QString &label)
{
    if (edits.isEmpty())
        return;
    m_undo.beginMacro(label);
    for (const auto &[segment, text] : edits) {
        if (segment < 0 || segment >= segmentCount())
            continue;
        const Segment &s = m_data.document.segments[segment];
        m_undo.push(new EditTranslationCommand(
            this, segment, correctionText(text, m_data.document.targetLanguage, s.target.origin), false));
    }
    m_undo.endMacro();
}

// Mutators, reached only through commands -------------------------------------------------

void ProjectDocument::applyCorrection(int segment, const std::optional<SideText> &corrected)
{
    m_data.document.segments[segment].corrected = corrected;
    if (m_store)
        report(m_store->setCorrection(segment, corrected));
    emit segmentChanged(segment);
}

void ProjectDocument::setAttachedGlossaries(const QStringList &paths)
{
    if (paths != m_data.attachedGlossaries)
        m_undo.push(new AttachedGlossariesCommand(this, paths));
}

void ProjectDocument::applyAttachedGlossaries(const QStringList &paths)
{
    m_data.attachedGlossaries = paths;
    if (m_store)
        report(m_store->setAttachedGlossaries(paths));
    emit glossaryChanged();
}

void ProjectDocument::applyConfirmed(int segment, bool confirmed)
{
    Segment &s = m_data.document.segments[segment];
    m_confirmedCount += int(confirmed) - int(s.confirmed);
    s.confirmed = confirmed;
    if (m_store)
        report(m_store->setConfirmed(segment, confirmed));
    emit segmentChanged(segment);
}

void ProjectDocument::applyExcluded(int segment, bool excluded)
{
    m_data.document.segments[segment].excluded = excluded;
    if (m_store)
        report(m_store->setExcluded(segment, excluded));
    emit segmentChanged(segment);
}

void ProjectDocument::applyReplace(int first, int count, const QList<Segment> &segments,
                                   const QList<Highlight> &highlights)
{
    QList<Segment> &all = m_data.document.segments;
    all.remove(first, count);
    for (qsizetype k = 0; k < segments.size(); ++k)
        all.insert(first + k, segments[k]);
    m_data.highlights = highlights;
    if (m_store) {
        report(m_store->replaceSegments(first, count, segments));
        report(m_store->saveHighlights(highlights));
    }
    recountConfirmed();
    emit segmentsReplaced(first, count, int(segments.size()));
    emit highlightsChanged();
}

void ProjectDocument::applyGlossary(const Glossary &glossary)
{
    m_data.glossary = glossary;
    if (m_store)
        report(m_store->saveGlossary(glossary));
    emit glossaryChanged();
}

void ProjectDocument::applyHighlights(const QList<Highlight> &highlights)
{
    m_data.highlights = highlights;
    if (m_store)
        report(m_store->saveHighlights(highlights));
    emit highlightsChanged();
}

void ProjectDocument::applyVocabulary(const QList<VocabularyItem> &vocabulary)
{
    m_data.vocabulary = vocabulary;
    if (m_store)
        report(m_store->saveVocabulary(vocabulary));
    emit vocabularyChanged();
}

void ProjectDocument::applyAccepted(const QString &key, bool accepted)
{
    if (accepted)
        m_data.acceptedFindings.insert(key);
    else
        m_data.acceptedFindings.remove(key);
    if (m_store)
        report(m_store->setAccepted(key, accepted));
    emit acceptedChanged();
}

} // namespace bireader
