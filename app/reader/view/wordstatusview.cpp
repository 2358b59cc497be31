#include "wordstatusview.h"

#include "edit/projectdocument.h"
#include "study/worddatabase.h"
#include "style/colours.h"
#include "view/readerview.h"

#include <QCursor>
#include <QKeyEvent>

namespace bireader::reader {
namespace {

QString statusWords(WordStatus s)
{
    switch (s) {
    case WordStatus::New:
        return WordStatusView::tr("new");
    case WordStatus::Known:
        return WordStatusView::tr("known");
    case WordStatus::Ignored:
        return WordStatusView::tr("ignored");
    default:
        return WordStatusView::tr("learning %1").arg(int(s));
    }
}

} // namespace

WordStatusView::WordStatusView(ReaderView *view)
    : QObject(view)
    , m_view(view)
{
    for (Side side : { Side::Source, Side::Target }) {
        m_view->pane(side)->installEventFilter(this);
        m_view->pane(side)->viewport()->installEventFilter(this);
    }
}

void WordStatusView::setWords(WordDatabase *words)
{
    m_words = words;
    forget();
}

void WordStatusView::setDictionary(const Dictionary *dictionary)
{
    m_dictionary = dictionary;
    forget();
}

void WordStatusView::setEnabled(bool on)
{
    m_enabled = on && m_words;
    m_described.clear();
    if (m_enabled)
        emit message(tr("Word status: 1-4 learning, 5 or K known, I ignore, 0 new again (the word under the "
                        "pointer); N the next new or learning word"));
    emit changed();
}

void WordStatusView::forget()
{
    m_cache.clear();
    emit changed();
}

QString WordStatusView::language() const
{
    const ProjectDocument *doc = m_view->document();
    return doc ? doc->data().document.sourceLanguage : QString();
}

const WordStatusView::Words &WordStatusView::wordsOf(int segment) const
{
    auto it = m_cache.find(segment);
    if (it != m_cache.end())
        return *it;
    Words words;
    const ProjectDocument *doc = m_view->document();
    if (doc && m_words && segment >= 0 && segment < doc->segmentCount()) {
        const QString text = doc->segment(segment).source.text;
        const QString lang = language();
        for (const TextRange &r : studyWords(text, lang, m_dictionary, m_words))
            words.append({ r, m_words->status(lang, QStringView(text).sliced(r.start, r.length)) });
    }
    // A cache of what was painted: the panes show a few dozen segments at a time.
    if (m_cache.size() > 2000)
        m_cache.clear();
    return *m_cache.insert(segment, std::move(words));
}

std::optional<std::pair<TextRange, WordStatus>> WordStatusView::wordAt(int segment, int offset) const
{
    for (const auto &[range, status] : wordsOf(segment))
        if (offset >= range.start && offset < range.end())
            return std::pair { range, status };
    return std::nullopt;
}

Result<> WordStatusView::setStatusAt(int segment, int offset, WordStatus status)
{
    const auto word = wordAt(segment, offset);
    if (!word || !m_words)
        return Error { tr("no word here") };
    const QString term = m_view->document()->segment(segment).source.text.mid(word->first.start, word->first.length);
    WordRecord record { language(), term, status, {}, {}, {} };
    if (const WordRecord *old = m_words->find(language(), term)) {
        record.reading = old->reading;
        record.gloss = old->gloss;
    }
    if (Result<> r = m_words->set(record); !r)
        return r;
    forget();
    emit statusChanged();
    emit message(tr("%1: %2").arg(term, statusWords(status)));
    // The popup over the word says the new status.
    if (m_view->litSegment() == segment)
        m_view->pointAt(Side::Source, segment, offset, QCursor::pos());
    return {};
}

std::optional<std::pair<int, TextRange>> WordStatusView::nextUnknown(int segment, int offset) const
{
    const ProjectDocument *doc = m_view->document();
    if (!doc)
        return std::nullopt;
    for (int s = std::max(segment, 0); s < doc->segmentCount(); ++s) {
        if (doc->segment(s).excluded)
            continue;
        for (const auto &[range, status] : wordsOf(s))
            if ((s > segment || range.start > offset) && (status == WordStatus::New || isLearning(status)))
                return std::pair { s, range };
    }
    return std::nullopt;
}

WordCounts WordStatusView::counts(int segment) const
{
    WordCounts c;
    for (const auto &[range, status] : wordsOf(segment)) {
        if (status == WordStatus::Ignored) {
            ++c.ignored;
            continue;
        }
        ++c.running;
        c.runningKnown += status == WordStatus::Known;
    }
    return c;
}

void WordStatusView::decorate(int segment, Side side, QList<Decoration> &out) const
{
    if (!m_enabled || side != Side::Source || !m_view->document()
        || m_view->document()->segment(segment).excluded) // not part of the text: not read
        return;
    const QPalette &pal = m_view->palette();
    for (const auto &[range, status] : wordsOf(segment)) {
        if (status == WordStatus::New) {
            out.append({ range, colour(Colour::WordNew, pal), Decoration::Background });
        } else if (isLearning(status)) {
            QColor c = colour(Colour::WordLearning, pal);
            c.setAlphaF(c.alphaF() * (1.0 - 0.2 * (int(status) - 1))); // paler as it is learnt
            out.append({ range, c, Decoration::Background });
        }
    }
}

QString WordStatusView::popupLine(int segment, int offset) const
{
    const auto word = m_enabled ? wordAt(segment, offset) : std::nullopt;
    if (!word)
        return {};
    const QString term = m_view->document()->segment(segment).source.text.mid(word->first.start, word->first.length);
    return tr("%1: %2 (1-4, 5/K, I, 0)").arg(term, statusWords(word->second));
}

void WordStatusView::describe(int segment, int offset)
{
    const auto word = segment >= 0 && offset >= 0 ? wordAt(segment, offset) : std::nullopt;
    const QString term = word
        ? m_view->document()->segment(segment).source.text.mid(word->first.start, word->first.length)
        : QString();
    if (term == m_described)
        return;
    m_described = term;
    if (word)
        emit message(
            tr("%1: %2 — 1-4 learning, 5/K known, I ignore, 0 new, N next").arg(term, statusWords(word->second)));
}

void WordStatusView::goToNextUnknown()
{
    ReaderPane *pane = m_view->pane(Side::Source);
    const TextRange selected = pane->selectionIn(pane->currentSegment());
    const int from = pane->currentSegment();
    const auto next = nextUnknown(from, selected.length > 0 ? selected.start : -1);
    if (!next) {
        emit message(tr("No new or learning word after this one"));
        return;
    }
    m_view->goToSegment(next->first);
    pane->selectRange(next->first, next->second);
}

bool WordStatusView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled)
        return QObject::eventFilter(watched, event);
    ReaderPane *source = m_view->pane(Side::Source);
    if (event->type() == QEvent::MouseMove && watched == source->viewport()) {
        const PanePosition at = source->positionAt(static_cast<QMouseEvent *>(event)->position());
        describe(at.segment, at.offset);
        return QObject::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress || !qobject_cast<ReaderPane *>(watched))
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QObject::eventFilter(watched, event);
    if (key->key() == Qt::Key_N) {
        goToNextUnknown();
        return true;
    }
    std::optional<WordStatus> status;
    switch (key->key()) {
    case Qt::Key_0:
        status = WordStatus::New;
        break;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        status = WordStatus(key->key() - Qt::Key_0);
        break;
    case Qt::Key_5:
    case Qt::Key_K:
        status = WordStatus::Known;
        break;
    case Qt::Key_I:
        status = WordStatus::Ignored;
        break;
    default:
        return QObject::eventFilter(watched, event);
    }
    // The word under the pointer; else the selected word (after N).
    PanePosition at = source->positionAt(source->viewport()->mapFromGlobal(QCursor::pos()));
    if (at.segment < 0 || at.offset < 0 || !wordAt(at.segment, at.offset)) {
        const int current = source->currentSegment();
        const TextRange selected = source->selectionIn(current);
        if (selected.length <= 0)
            return QObject::eventFilter(watched, event); // K moves on, as without the view
        at = { current, selected.start };
    }
    if (Result<> r = setStatusAt(at.segment, at.offset, *status); !r)
        emit message(r.error());
    return true;
}

} // namespace bireader::reader
