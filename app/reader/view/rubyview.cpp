#include "rubyview.h"

#include "edit/projectdocument.h"
#include "study/worddatabase.h"
#include "study/zhuyin.h"
#include "view/readerview.h"

namespace bireader::reader {

RubyView::RubyView(ReaderView *view)
    : QObject(view)
    , m_view(view)
{
    for (Side side : { Side::Source, Side::Target })
        m_view->pane(side)->setTextColours([this, side](int segment) { return inks(segment, side); });
}

RubyView::~RubyView() = default;

void RubyView::setDictionary(const Dictionary *dictionary)
{
    m_dictionary = dictionary;
    forget();
}

void RubyView::setWords(const WordDatabase *words)
{
    m_words = words;
    forget();
}

void RubyView::setPinyin(bool on)
{
    m_pinyin = on;
    updatePanes();
    emit changed();
}

void RubyView::setToneScheme(ToneScheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    for (Side side : { Side::Source, Side::Target })
        m_view->pane(side)->restyle();
}

void RubyView::setHideKnown(bool on)
{
    m_hideKnown = on;
    emit changed();
}

void RubyView::setNotation(Notation notation)
{
    m_notation = notation;
    updatePanes();
    emit changed();
}

void RubyView::forget()
{
    m_cache.clear();
    m_finder.reset();
    if (m_scheme != ToneScheme::Off && m_view->document()) // the readings, so the tones, may differ
        for (Side side : { Side::Source, Side::Target })
            m_view->pane(side)->restyle();
    emit changed();
}

void RubyView::forget(int segment)
{
    m_cache.remove(segment * 2);
    m_cache.remove(segment * 2 + 1);
}

void RubyView::updatePanes()
{
    for (Side side : { Side::Source, Side::Target }) {
        ReaderPane *pane = m_view->pane(side);
        const bool room = m_pinyin && isChinese(side);
        // Zhuyin: a syllable of up to four symbols over each character, which stand further apart.
        const bool zhuyin = m_notation == Notation::Zhuyin;
        const int spacing = zhuyin ? 190 : 125;
        if (pane->hasRubySpace() != room || (room && pane->hanSpacing() != spacing))
            pane->setRubySpace(room, spacing);
    }
}

bool RubyView::isChinese(Side side) const
{
    const ProjectDocument *doc = m_view->document();
    if (!doc)
        return false;
    const Document &d = doc->data().document;
    return (side == Side::Source ? d.sourceLanguage : d.targetLanguage).startsWith(QLatin1String("zh"));
}

const QList<RubyWord> &RubyView::wordsOf(int segment, Side side) const
{
    const int key = segment * 2 + (side == Side::Source ? 0 : 1);
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    if (!m_finder)
        m_finder = std::make_unique<RubyFinder>(m_dictionary);
    const Segment &s = m_view->document()->segment(segment);
    const QString &text = side == Side::Source ? s.source.text : s.currentTarget().text;
    if (m_cache.size() > 2000) // what the panes show is a few dozen segments
        m_cache.clear();
    return *m_cache.insert(key, m_finder->words(text, m_words));
}

std::vector<std::pair<std::pair<int, int>, QColor>> RubyView::inks(int segment, Side side) const
{
    std::vector<std::pair<std::pair<int, int>, QColor>> out;
    if (m_scheme == ToneScheme::Off || !isChinese(side) || m_view->document()->segment(segment).excluded)
        return out;
    const QPalette &pal = m_view->palette();
    for (const RubyWord &w : wordsOf(segment, side))
        for (qsizetype k = 0; k < w.tones.size(); ++k)
            out.push_back({ { w.range.start + int(k), 1 }, toneColour(m_scheme, w.tones[k], pal) });
    return out;
}

void RubyView::decorate(int segment, Side side, QList<Decoration> &out) const
{
    if (!m_pinyin || !isChinese(side))
        return;
    const QPalette &pal = m_view->palette();
    const Segment &s = m_view->document()->segment(segment);
    const QString &text = side == Side::Source ? s.source.text : s.currentTarget().text;
    const QString language = side == Side::Source ? m_view->document()->data().document.sourceLanguage
                                                  : m_view->document()->data().document.targetLanguage;
    for (const RubyWord &w : wordsOf(segment, side)) {
        if (!m_pinyin || w.reading.isEmpty())
            continue;
        if (m_hideKnown && m_words
            && m_words->status(language, QStringView(text).sliced(w.range.start, w.range.length)) == WordStatus::Known)
            continue;
        if (m_notation == Notation::Zhuyin) { // beside each character, as Taiwan's books print it
            const QStringList syllables = zhuyinFromPinyin(w.reading).split(QLatin1Char(' '));
            if (syllables.size() == w.range.length) {
                for (int i = 0; i < w.range.length; ++i)
                    out.append(
                        { { w.range.start + i, 1 }, colour(Colour::Reading, pal), Decoration::SideRuby, syllables[i] });
            }
            continue; // no room above the line for a reading whose syllables do not match
        }
        out.append({ w.range, colour(Colour::Reading, pal), Decoration::Ruby,
                     m_notation == Notation::Numbers ? toneNumbers(w.reading) : w.reading });
    }
}

} // namespace bireader::reader
