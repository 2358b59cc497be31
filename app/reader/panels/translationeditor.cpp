#include "translationeditor.h"

#include "edit/projectdocument.h"
#include "panels/inlinecodeguard.h"
#include "panels/spellhighlighter.h"
#include "readerlog.h"
#include "style/colours.h"
#include "text/diff.h"
#include "text/spellchecker.h"
#include "view/readerpane.h"

#include <QContextMenuEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <memory>

namespace bireader::reader {
namespace {

QTextBrowser *readOnlyBox()
{
    auto *box = new QTextBrowser;
    box->setOpenLinks(false);
    box->setOpenExternalLinks(false);
    box->setMinimumHeight(40);
    box->setFrameShape(QFrame::StyledPanel);
    return box;
}

} // namespace

TranslationEditor::TranslationEditor(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel)
    , m_source(readOnlyBox())
    , m_original(readOnlyBox())
    , m_diff(readOnlyBox())
    , m_edit(new QPlainTextEdit)
    , m_revert(new QPushButton(tr("Revert to the original")))
    , m_spelling(new SpellHighlighter(m_edit->document()))
{
    m_status->setObjectName(QStringLiteral("segmentStatus"));
    new InlineCodeGuard(m_edit); // inline-code tokens (⟨1⟩) stay whole
    m_edit->setPlaceholderText(tr("Type your translation here; the original stays beside it."));
    m_source->setObjectName(QStringLiteral("segmentSource"));
    m_original->setObjectName(QStringLiteral("machineTranslation"));
    // What is translated, the translation being written, and what it was and how it changed.
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Source")), 0, 0);
    grid->addWidget(m_source, 1, 0, 3, 1);
    grid->addWidget(new QLabel(tr("Your translation")), 0, 1);
    grid->addWidget(m_edit, 1, 1, 3, 1);
    grid->addWidget(new QLabel(tr("Machine translation")), 0, 2);
    grid->addWidget(m_original, 1, 2);
    grid->addWidget(new QLabel(tr("Changes")), 2, 2);
    grid->addWidget(m_diff, 3, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->addLayout(top);
    layout->addLayout(grid);
    // Undo and redo are the document's (typing in a segment is one step), not the text box's.
    m_edit->setUndoRedoEnabled(false);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this); // the context menu, with spelling suggestions
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TranslationEditor::typed);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_doc)
            m_doc->revertTranslation(m_segment);
    });
    setEnabled(false);
}

void TranslationEditor::setSpellChecker(SpellChecker *checker)
{
    m_checker = checker;
    m_spelling->setChecker(checker);
}

void TranslationEditor::setAcceptedWords(QSet<QString> words)
{
    m_spelling->setAccepted(std::move(words));
}

QMenu *TranslationEditor::contextMenuAt(QPoint pos)
{
    QMenu *menu = m_edit->createStandardContextMenu(m_edit->viewport()->mapToGlobal(pos));
    if (!m_checker || !m_checker->isLoaded())
        return menu;
    QTextCursor word = m_edit->cursorForPosition(pos);
    word.select(QTextCursor::WordUnderCursor);
    const QString text = word.selectedText();
    if (text.isEmpty() || m_checker->misspelt(text, m_spelling->accepted()).isEmpty())
        return menu;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(text).mid(0, 6);
    for (const QString &s : suggestions) {
        QAction *a = new QAction(s, menu);
        QFont bold = a->font();
        bold.setBold(true);
        a->setFont(bold);
        connect(a, &QAction::triggered, this,
                [word, s]() mutable { word.insertText(s); }); // one edit of the translation
        menu->insertAction(first, a);
    }
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("(no suggestions)"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    QAction *add = new QAction(tr("Add “%1” to Dictionary").arg(text), menu);
    add->setObjectName(QStringLiteral("addToDictionary"));
    connect(add, &QAction::triggered, this, [this, text] {
        if (const Result<> r = m_checker->addToUserWords(text); !r)
            qCWarning(lcReader) << "spelling:" << r.error();
        m_spelling->rehighlight();
    });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
    return menu;
}

void TranslationEditor::setDocument(ProjectDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_segment = -1;
    if (m_doc) {
        connect(m_doc, &ProjectDocument::segmentChanged, this, [this](int s) {
            if (s == m_segment)
                reload();
        });
        connect(m_doc, &ProjectDocument::segmentsReplaced, this, &TranslationEditor::reload);
    }
    setSegment(m_doc && m_doc->segmentCount() > 0 ? 0 : -1);
}

void TranslationEditor::setSegment(int segment)
{
    m_segment = segment;
    reload();
}

QString TranslationEditor::renderDiff(const QString &original, const QString &corrected)
{
    // A deletion and the insertion that replaces it stay apart ("did" then "High-Flyer", not
    // "didHigh-Flyer"): a space between them when the text has none, each on its own colour.
    const QPalette pal = QGuiApplication::palette();
    QString html;
    DiffRun::Kind previous = DiffRun::Equal;
    bool anchored = false;
    for (const DiffRun &run : diffTexts(original, corrected)) {
        const QString t = run.text.toHtmlEscaped();
        if (run.kind == DiffRun::Inserted && previous == DiffRun::Deleted && !run.text.front().isSpace())
            html += QLatin1Char(' ');
        if (run.kind != DiffRun::Equal && !anchored) {
            html += QStringLiteral("<a name='change'></a>"); // the panel scrolls to the first change
            anchored = true;
        }
        if (run.kind == DiffRun::Equal)
            html += t;
        else if (run.kind == DiffRun::Deleted)
            html += QStringLiteral("<span style='background:%1;color:%2;text-decoration:line-through'>%3</span>")
                        .arg(colourName(Colour::DeletedBackground, pal), colourName(Colour::DeletedText, pal), t);
        else
            html += QStringLiteral("<span style='background:%1;color:%2;text-decoration:underline'>%3</span>")
                        .arg(colourName(Colour::InsertedBackground, pal), colourName(Colour::InsertedText, pal), t);
        previous = run.kind;
    }
    return html;
}

QString TranslationEditor::diffHtml() const
{
    return m_diff->toHtml();
}

void TranslationEditor::reload()
{
    const bool valid = m_doc && m_segment >= 0 && m_segment < m_doc->segmentCount();
    setEnabled(valid);
    m_loading = true;
    if (!valid) {
        m_status->clear();
        m_source->clear();
        m_original->clear();
        m_diff->clear();
        m_edit->clear();
        m_loading = false;
        return;
    }
    const Segment &s = m_doc->segment(m_segment);
    m_status->setText(
        tr("Segment %1 of %2").arg(m_segment + 1).arg(m_doc->segmentCount())
        + (s.confirmed           ? tr(" · confirmed")
               : s.isCorrected() ? tr(" · corrected")
                                 : QString())
        + (s.excluded ? tr(" · not part of the text") : QString())
        + (s.startMs >= 0
               ? QStringLiteral(" · %1 → %2").arg(ReaderPane::formatTime(s.startMs), ReaderPane::formatTime(s.endMs))
               : QString()));
    m_source->setPlainText(s.source.text);
    m_original->setPlainText(s.target.text);
    const QString current = s.currentTarget().text;
    if (m_edit->toPlainText() != current) {
        const int cursor = m_edit->textCursor().position();
        m_edit->setPlainText(current);
        QTextCursor c = m_edit->textCursor();
        c.setPosition(std::min<int>(cursor, int(current.size())));
        m_edit->setTextCursor(c);
    }
    m_diff->setHtml(s.isCorrected() ? renderDiff(s.target.text, current) : tr("<i>No changes.</i>"));
    m_diff->scrollToAnchor(QStringLiteral("change"));
    m_revert->setEnabled(s.isCorrected());
    m_edit->setReadOnly(s.target.isEmpty() && s.source.isEmpty());
    m_loading = false;
}

bool TranslationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ContextMenu) {
        const QPoint pos = static_cast<QContextMenuEvent *>(event)->pos();
        const std::unique_ptr<QMenu> menu(contextMenuAt(pos));
        menu->exec(m_edit->viewport()->mapToGlobal(pos));
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)
            || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y))
            return true; // left to the window's Undo and Redo actions
    }
    return QWidget::eventFilter(watched, event);
}

void TranslationEditor::typed()
{
    if (m_loading || !m_doc || m_segment < 0)
        return;
    const QString text = m_edit->toPlainText();
    if (text == m_doc->segment(m_segment).currentTarget().text)
        return;
    m_doc->editTranslation(m_segment, text);
}

} // namespace bireader::reader
