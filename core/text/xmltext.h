#pragma once

#include <QString>

#include <functional>

class QXmlStreamReader;

namespace bireader {

// Elements nested deeper than this are refused: a file of 60,000 nested inline tags is
// hostile, not a translation.
constexpr int kMaxXmlNesting = 256;

// The text of the element the reader is at (a TMX <seg>, an XLIFF <source>, a TBX
// <term>), the text of child elements included but not their tags. Read token by token:
// QXmlStreamReader::readElementText(IncludeChildElements) recurses once a level and
// overflows the stack on deep nesting. Past kMaxXmlNesting levels it raises an error on
// `xml` and returns what it has.
// `element`, when given, is offered each child element's start: it may read the element to
// its end itself, adding to the text, and return true (inline codes do).
using InlineElementReader = std::function<bool(QXmlStreamReader &xml, QString &text)>;
QString readInlineText(QXmlStreamReader &xml, const InlineElementReader &element = {});

// `text` as XML 1.0 can carry it: characters it cannot (C0 controls other than tab, line
// feed and carriage return, lone surrogates, U+FFFE and U+FFFF; an old text file's form
// feed, say) become U+FFFD, as undecodable bytes do on import. QXmlStreamWriter writes
// them as they are, and the file would not parse again. For everything a writer takes
// from a document.
QString xmlSafe(const QString &text);

// Nesting depth for a reader's main loop: call follow() after each readNext(); it
// raises an error on the reader and returns false past kMaxXmlNesting levels. After
// readInlineText() has read an element to its end, call left().
class XmlNesting
{
public:
    bool follow(QXmlStreamReader &xml);
    void left() { --m_depth; }

private:
    int m_depth = 0;
};

} // namespace bireader
