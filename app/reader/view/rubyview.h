#pragma once

#include "study/rubytext.h"
#include "style/colours.h"
#include "view/readerpane.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace bireader {
class Dictionary;
class WordDatabase;
} // namespace bireader

namespace bireader::reader {

class ReaderView;

// Pinyin above the Chinese words of the text (View > Pinyin) and tone colours (View > Tone
// Colours), on whichever side is Chinese. Readings are the dictionary's word readings (ICU
// Han-Latin without one); pinyin may be left off words the learner knows.
class RubyView : public QObject
{
    Q_OBJECT

public:
    explicit RubyView(ReaderView *view);
    ~RubyView() override;

    void setDictionary(const Dictionary *dictionary);
    void setWords(const WordDatabase *words);
    void setPinyin(bool on);
    bool pinyin() const { return m_pinyin; }
    void setToneScheme(ToneScheme scheme);
    ToneScheme toneScheme() const { return m_scheme; }
    void setHideKnown(bool on);
    // How a reading is written: pinyin with tone marks, with tone numbers, or zhuyin.
    enum class Notation { Marks, Numbers, Zhuyin };
    void setNotation(Notation notation);
    Notation notation() const { return m_notation; }

    void decorate(int segment, Side side, QList<Decoration> &out) const;
    // The tone colours of a segment's side, for the pane's layout.
    std::vector<std::pair<std::pair<int, int>, QColor>> inks(int segment, Side side) const;
    void forget(); // the document, the dictionary or the statuses changed
    void forget(int segment);
    void updatePanes(); // the room above the lines, where a side is Chinese

signals:
    void changed();

private:
    bool isChinese(Side side) const;
    const QList<RubyWord> &wordsOf(int segment, Side side) const;

    ReaderView *m_view;
    const Dictionary *m_dictionary = nullptr;
    const WordDatabase *m_words = nullptr;
    bool m_pinyin = false, m_hideKnown = false;
    Notation m_notation = Notation::Marks;
    ToneScheme m_scheme = ToneScheme::Off;
    mutable std::unique_ptr<RubyFinder> m_finder;
    mutable QHash<int, QList<RubyWord>> m_cache; // by segment * 2 + side
};

} // namespace bireader::reader
