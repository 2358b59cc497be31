#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

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
};

} // namespace bireader::reader
