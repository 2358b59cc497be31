#pragma once

#include <QSet>
#include <QSyntaxHighlighter>

namespace bireader {
class SpellChecker;
}

namespace bireader::reader {

// Misspelt words of the translation being written, underlined as word processors do
// (red wavy line); glossary renderings are never flagged. No checker, or one without a
// dictionary: nothing is marked.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);

    void setChecker(const SpellChecker *checker);
    void setAccepted(QSet<QString> words); // case-folded
    const QSet<QString> &accepted() const { return m_accepted; }

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellChecker *m_checker = nullptr;
    QSet<QString> m_accepted;
};

} // namespace bireader::reader
