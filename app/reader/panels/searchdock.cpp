#include "searchdock.h"

#include "edit/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace bireader::reader {
namespace {

constexpr int kShownHits = 2000;

} // namespace

SearchDock::SearchDock(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit)
    , m_replace(new QLineEdit)
    , m_regex(new QCheckBox(tr("Regular expression")))
    , m_case(new QCheckBox(tr("Match case")))
    , m_scope(new QComboBox)
    , m_results(new QListWidget)
    , m_status(new QLabel)
{
    m_find->setPlaceholderText(tr("Find in both languages"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace in translations with"));
    m_scope->addItems({ tr("Both languages"), tr("Source only"), tr("Translation only") });
    auto *replaceButton = new QPushButton(tr("Replace all"));
    // Narrow enough to share the side with the other docks: the status on a line of its own,
    // wrapped, and the results elided rather than widening the dock.
    m_status->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_find->setMinimumWidth(80);
    m_replace->setMinimumWidth(80);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_find, 0, 0, 1, 2);
    grid->addWidget(m_scope, 1, 0, 1, 2);
    grid->addWidget(m_regex, 2, 0);
    grid->addWidget(m_case, 2, 1);
    grid->addWidget(m_status, 3, 0, 1, 2);
    grid->addWidget(m_results, 4, 0, 1, 2);
    grid->addWidget(m_replace, 5, 0);
    grid->addWidget(replaceButton, 5, 1);
    grid->setRowStretch(4, 1);
    connect(m_find, &QLineEdit::textChanged, this, &SearchDock::search);
    connect(m_regex, &QCheckBox::toggled, this, &SearchDock::search);
    connect(m_case, &QCheckBox::toggled, this, &SearchDock::search);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchDock::search);
    connect(replaceButton, &QPushButton::clicked, this, [this] { replaceAll(m_replace->text()); });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_hits.size())
            emit jumpTo(m_hits[row].segment);
    });
    setEnabled(false);
}

void SearchDock::setDocument(ProjectDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &ProjectDocument::segmentChanged, this, &SearchDock::search);
        connect(m_doc, &ProjectDocument::segmentsReplaced, this, &SearchDock::search);
    }
    setEnabled(m_doc != nullptr);
    search();
}

void SearchDock::focusFind()
{
    m_find->setFocus();
    m_find->selectAll();
}

void SearchDock::find(const QString &text)
{
    m_find->setText(text);
    search();
}

SearchQuery SearchDock::query() const
{
    SearchQuery q;
    q.text = m_find->text();
    q.regex = m_regex->isChecked();
    q.caseSensitive = m_case->isChecked();
    q.inSource = m_scope->currentIndex() != 2;
    q.inTarget = m_scope->currentIndex() != 1;
    return q;
}

void SearchDock::search()
{
    m_results->clear();
    m_hits.clear();
    QString error;
    if (m_doc)
        m_hits = searchDocument(m_doc->data().document, query(), &error);
    for (qsizetype i = 0; i < m_hits.size() && i < kShownHits; ++i) {
        const SearchHit &h = m_hits[i];
        const Segment &s = m_doc->segment(h.segment);
        const QString &text = h.side == Side::Source ? s.source.text : s.currentTarget().text;
        const int from = std::max(0, h.range.start - 20);
        m_results->addItem(tr("%1 %2: …%3…")
                               .arg(h.segment + 1)
                               .arg(h.side == Side::Source ? tr("source") : tr("translation"))
                               .arg(text.mid(from, h.range.end() - from + 20).simplified()));
    }
    m_status->setText(!error.isEmpty() ? error : tr("%n hits", nullptr, int(m_hits.size())));
    emit hitsChanged(m_hits);
}

int SearchDock::replaceAll(const QString &replacement)
{
    if (!m_doc)
        return 0;
    const auto edits = replaceInTranslations(m_doc->data().document, query(), replacement);
    m_doc->editTranslations(edits, tr("Replace “%1” with “%2”").arg(m_find->text(), replacement));
    m_status->setText(tr("%n translations changed", nullptr, int(edits.size())));
    return int(edits.size());
}

} // namespace bireader::reader
