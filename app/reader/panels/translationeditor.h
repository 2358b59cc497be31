#pragma once

#include <QPoint>
#include <QSet>
#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace bireader {
class ProjectDocument;
class SpellChecker;
} // namespace bireader

namespace bireader::reader {

class SpellHighlighter;

// The editor panel of the current segment: its source, the original machine translation
// (kept, read-only), the user's translation (typing is saved as it goes, one undo step per
// segment), and what changed between the two, word by word (character by character in CJK).
class TranslationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TranslationEditor(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    int segment() const { return m_segment; }
    QPlainTextEdit *editor() const { return m_edit; }
    QString diffHtml() const;

    static QString renderDiff(const QString &original, const QString &corrected);

    // Spelling of the translation (not owned; null or without a dictionary: off). Words of
    // glossary renderings (case-folded) are never flagged. The editor's context menu offers
    // suggestions for a misspelt word and "Add to Dictionary".
    void setSpellChecker(SpellChecker *checker);
    void setAcceptedWords(QSet<QString> words);
    SpellHighlighter *spelling() const { return m_spelling; }
    QMenu *contextMenuAt(QPoint pos); // in the viewport's coordinates; the caller owns it

public slots:
    void setSegment(int segment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void typed();

    ProjectDocument *m_doc = nullptr;
    int m_segment = -1;
    bool m_loading = false;
    QLabel *m_status;
    QTextBrowser *m_source, *m_original, *m_diff;
    QPlainTextEdit *m_edit;
    QPushButton *m_revert;
    SpellHighlighter *m_spelling;
    SpellChecker *m_checker = nullptr;
};

} // namespace bireader::reader
