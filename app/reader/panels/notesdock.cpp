#include "notesdock.h"

#include "edit/projectdocument.h"
#include "style/colours.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bireader::reader {
namespace {

constexpr int kSegmentRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

QWidget *withRemove(QListWidget *list, QPushButton *remove)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(remove);
    layout->addLayout(row);
    return page;
}

} // namespace

NotesDock::NotesDock(QWidget *parent)
    : QWidget(parent)
    , m_notes(new QListWidget)
    , m_vocabulary(new QListWidget)
{
    auto *tabs = new QTabWidget;
    auto *removeNote = new QPushButton(tr("Remove"));
    auto *removeWord = new QPushButton(tr("Remove"));
    tabs->addTab(withRemove(m_notes, removeNote), tr("Notes and highlights"));
    tabs->addTab(withRemove(m_vocabulary, removeWord), tr("Vocabulary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    for (QListWidget *list : { m_notes, m_vocabulary }) {
        list->setWordWrap(true);
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            const int s = item->data(kSegmentRole).toInt();
            if (s >= 0)
                emit jumpTo(s);
        });
    }
    connect(removeNote, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_notes->currentItem(); item && m_doc)
            m_doc->removeHighlight(item->data(kIndexRole).toInt());
    });
    connect(removeWord, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_vocabulary->currentItem(); item && m_doc)
            m_doc->removeVocabulary(item->data(kIndexRole).toInt());
    });
    setEnabled(false);
}

void NotesDock::setDocument(ProjectDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &ProjectDocument::highlightsChanged, this, &NotesDock::reload);
        connect(m_doc, &ProjectDocument::vocabularyChanged, this, &NotesDock::reload);
    }
    setEnabled(m_doc != nullptr);
    reload();
}

void NotesDock::reload()
{
    m_notes->clear();
    m_vocabulary->clear();
    if (!m_doc)
        return;
    const ProjectData &d = m_doc->data();
    for (qsizetype i = 0; i < d.highlights.size(); ++i) {
        const Highlight &h = d.highlights[i];
        if (h.segment < 0 || h.segment >= m_doc->segmentCount())
            continue;
        const Segment &s = m_doc->segment(h.segment);
        const QString quote
            = (h.side == Side::Source ? s.source : s.currentTarget()).text.mid(h.range.start, h.range.length);
        QString text = tr("%1: “%2”").arg(h.segment + 1).arg(quote.left(80));
        if (!h.note.isEmpty())
            text += QStringLiteral("\n") + h.note;
        auto *item = new QListWidgetItem(text, m_notes);
        item->setData(kSegmentRole, h.segment);
        item->setData(kIndexRole, int(i));
        item->setIcon([&] {
            QPixmap swatch(12, 12);
            swatch.fill(highlightColour(h.color));
            return QIcon(swatch);
        }());
    }
    for (qsizetype i = 0; i < d.vocabulary.size(); ++i) {
        const VocabularyItem &v = d.vocabulary[i];
        QString text = v.term;
        if (!v.reading.isEmpty())
            text += QStringLiteral(" [%1]").arg(v.reading);
        if (!v.gloss.isEmpty())
            text += QStringLiteral(" — ") + v.gloss;
        auto *item = new QListWidgetItem(text, m_vocabulary);
        item->setData(kSegmentRole, v.segment);
        item->setData(kIndexRole, int(i));
        item->setToolTip(v.context);
    }
}

} // namespace bireader::reader
