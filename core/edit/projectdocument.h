#pragma once

#include "model/result.h"
#include "store/projectdata.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace bireader {

class ProjectStore;

// The project being read and corrected: the data under a QUndoStack. Every change is a
// command on the stack (undo/redo for free); the mutators that commands call are private.
// With a store attached, each change is written to the project file as it is made.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(ProjectData data, QObject *parent = nullptr);

    const ProjectData &data() const { return m_data; }
    const Segment &segment(int i) const { return m_data.document.segments[i]; }
    int segmentCount() const { return int(m_data.document.segments.size()); }
    QUndoStack *undoStack() { return &m_undo; }
    void setStore(ProjectStore *store) { m_store = store; }
    // The project file the document writes to, or "".
    QString filePath() const;

    // Requests; each pushes a command.
    void editTranslation(int segment, const QString &text); // consecutive edits of one segment undo as one
    void revertTranslation(int segment); // back to the original translation
    void setExcluded(int segment, bool excluded);
    // The translation confirmed (or back to draft / machine translation); and the next
    // segment after `from` that waits for it (paired, part of the text, not confirmed), or -1.
    void setConfirmed(int segment, bool confirmed);
    int nextUnconfirmed(int from) const;
    int confirmedCount() const { return m_confirmedCount; } // kept as edits come, not counted each time
    void includeAll(); // every segment marked as not part of the text, back in (one undo step)
    void mergeWithNext(int segment);
    void split(int segment, int sourceSentence, int targetSentence);
    void setGlossary(const Glossary &glossary);
    void setAttachedGlossaries(const QStringList &paths); // glossary files used besides the project's own
    void addHighlight(const Highlight &highlight);
    void removeHighlight(int index);
    void addVocabulary(const VocabularyItem &item);
    void removeVocabulary(int index);
    void setAccepted(const QString &findingKey, bool accepted); // a QA finding the user accepts
    // Moves the first sentence of one side of `segment` to the end of the previous
    // segment, or (toNext) its last sentence to the start of the next one. One undo step.
    void moveSentence(int segment, Side side, bool toNext);
    // Replaces segments [first, first + count) (re-alignment of a stretch); highlights in
    // the stretch stay on the first new segment's side, later ones move along.
    void replaceSegments(int first, int count, const QList<Segment> &segments, const QString &label);
    // Several edits of translations as one undo step (search and replace).
    void editTranslations(const QList<std::pair<int, QString>> &edits, const QString &label);

    // Sentence links (projectdocument_links.cpp), one undo step each. They apply to the
    // machine translation's sentences; on a corrected segment they return an error.
    QString linkSentences(int segment, int sourceFirst, int sourceLast, int targetFirst, int targetLast);
    QString unlinkSentence(int segment, Side side, int sentence);
    QString confirmLink(int segment, Side side, int sentence, bool confirmed = true);
    // New links for several segments (re-alignment around the confirmed ones), one step.
    void setLinks(const QList<std::pair<int, Alignment>> &links, const QString &label);

signals:
    void segmentChanged(int segment);
    void segmentsReplaced(int first, int removed, int inserted);
    void glossaryChanged();
    void highlightsChanged();
    void vocabularyChanged();
    void acceptedChanged();
    void storeFailed(const QString &message); // the change stays in memory; the file did not take it

private:
    friend class EditTranslationCommand;
    friend class SetExcludedCommand;
    friend class SetConfirmedCommand;
    friend class AttachedGlossariesCommand;
    friend class SetBeadsCommand;
    friend class ReplaceSegmentsCommand;
    friend class GlossaryCommand;
    friend class HighlightsCommand;
    friend class VocabularyCommand;
    friend class AcceptFindingCommand;

    void applyCorrection(int segment, const std::optional<SideText> &corrected);
    void applyExcluded(int segment, bool excluded);
    void applyConfirmed(int segment, bool confirmed);
    void recountConfirmed();
    void applyBeads(int segment, const Alignment &beads);
    QString linkable(int segment) const; // why a segment's links cannot change, or ""
    void applyReplace(int first, int count, const QList<Segment> &segments, const QList<Highlight> &highlights);
    void applyGlossary(const Glossary &glossary);
    void applyAttachedGlossaries(const QStringList &paths);
    void applyHighlights(const QList<Highlight> &highlights);
    void applyVocabulary(const QList<VocabularyItem> &vocabulary);
    void applyAccepted(const QString &key, bool accepted);
    void report(const Result<> &written);

    ProjectData m_data;
    QUndoStack m_undo;
    ProjectStore *m_store = nullptr;
    int m_confirmedCount = 0;
};

// The correction a user typed, as a SideText with its sentences (ICU) for `language`.
SideText correctionText(const QString &text, const QString &language, const Origin &origin);

} // namespace bireader
