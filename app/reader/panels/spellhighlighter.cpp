#include "spellhighlighter.h"

#include "style/colours.h"
#include "text/spellchecker.h"

#include <QGuiApplication>
#include <QTextCharFormat>

namespace bireader::reader {

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SpellHighlighter::setChecker(const SpellChecker *checker)
{
    m_checker = checker;
    rehighlight();
}

void SpellHighlighter::setAccepted(QSet<QString> words)
{
    m_accepted = std::move(words);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || !m_checker->isLoaded())
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(colour(Colour::Warning, QGuiApplication::palette()));
    for (const TextRange &r : m_checker->misspelt(text, m_accepted))
        setFormat(r.start, r.length, misspelt);
}

} // namespace bireader::reader
