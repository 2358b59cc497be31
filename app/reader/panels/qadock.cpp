#include "qadock.h"

#include "edit/projectdocument.h"
#include "qa/qacheck.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bireader::reader {
namespace {

constexpr int kFindingRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2; // on a group: its FindingKind

QList<Finding> check(const Document &document, const Glossary &glossary, const QSet<QString> &accepted)
{
    return runQa({ document, glossary }, accepted);
}

} // namespace

QaDock::QaDock(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget)
    , m_accept(new QPushButton(tr("Accept")))
    , m_apply(new QPushButton(tr("Apply term…")))
{
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_accept->setToolTip(tr("The finding is fine as it is: hide it for good"));
    m_apply->setToolTip(tr("Replace the wrong renderings of this term in every segment"));
    auto *run = new QPushButton(tr("Check again"));
    auto *report = new QPushButton(tr("Report…"));
    report->setObjectName(QStringLiteral("qaReport"));
    report->setToolTip(tr("Save the findings as a report to send or file (HTML or CSV)"));
    // Two rows of two: the dock stays narrow beside the panes.
    auto *buttons = new QGridLayout;
    buttons->addWidget(run, 0, 0);
    buttons->addWidget(m_accept, 0, 1);
    buttons->addWidget(m_apply, 1, 0);
    buttons->addWidget(report, 1, 1);
    buttons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    m_settle.setSingleShot(true);
    m_settle.setInterval(800);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (!m_doc)
            return;
        if (m_watcher.isRunning()) {
            m_again = true;
            return;
        }
        const ProjectData &d = m_doc->data();
        m_watcher.setFuture(
            QtConcurrent::run(&check, d.document, mergedGlossary(d.glossary, m_layers), d.acceptedFindings));
    });
    connect(&m_watcher, &QFutureWatcher<QList<Finding>>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            m_settle.start();
        }
        if (m_doc)
            show(m_watcher.result());
    });
    connect(run, &QPushButton::clicked, this, &QaDock::runNow);
    connect(report, &QPushButton::clicked, this, &QaDock::reportRequested);
    connect(m_accept, &QPushButton::clicked, this, &QaDock::acceptSelected);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const int f = selectedFinding(); f >= 0)
            if (const int e = glossaryEntryOf(m_findings[f]); e >= 0)
                emit applyTermRequested(e);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QaDock::selectionChanged);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant v = item->data(0, kFindingRole);
        if (v.isValid())
            emit jumpTo(m_findings[v.toInt()].segment);
    });
    selectionChanged();
}

QaDock::~QaDock()
{
    m_watcher.waitForFinished();
}

void QaDock::setDocument(ProjectDocument *document)
{
    m_watcher.waitForFinished();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_findings.clear();
    m_tree->clear();
    if (m_doc) {
        for (auto signal : { &ProjectDocument::glossaryChanged, &ProjectDocument::acceptedChanged })
            connect(m_doc, signal, this, &QaDock::runLater);
        connect(m_doc, &ProjectDocument::segmentChanged, this, &QaDock::runLater);
        connect(m_doc, &ProjectDocument::segmentsReplaced, this, &QaDock::runLater);
        runLater();
    }
    setEnabled(m_doc != nullptr);
}

void QaDock::runNow()
{
    if (!m_doc)
        return;
    m_settle.stop();
    m_watcher.waitForFinished();
    const ProjectData &d = m_doc->data();
    show(check(d.document, mergedGlossary(d.glossary, m_layers), d.acceptedFindings));
}

void QaDock::setOtherGlossaries(const QList<GlossaryLayer> &layers)
{
    m_layers = layers;
    runLater();
}

void QaDock::runLater()
{
    m_settle.start();
}

void QaDock::show(const QList<Finding> &findings)
{
    // A refresh keeps what the user opened and picked: the groups expanded and the finding
    // selected (by its key) stay so when they are still there.
    QSet<int> expanded;
    bool first = m_tree->topLevelItemCount() == 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isExpanded())
            expanded.insert(group->data(0, kKindRole).toInt());
    }
    const int selected = selectedFinding();
    const QString selectedKey = selected >= 0 ? m_findings[selected].key() : QString();
    const QSignalBlocker quiet(m_tree);
    m_findings = findings;
    m_tree->clear();
    QMap<int, QTreeWidgetItem *> groups;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        QTreeWidgetItem *&group = groups[int(f.kind)];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, { findingKindTitle(f.kind) });
            group->setData(0, kKindRole, int(f.kind));
            group->setExpanded(first || expanded.contains(int(f.kind)));
        }
        auto *item = new QTreeWidgetItem(group, { tr("%1: %2").arg(f.segment + 1).arg(f.message) });
        item->setData(0, kFindingRole, int(i));
        item->setToolTip(0, f.message);
        if (!selectedKey.isEmpty() && f.key() == selectedKey)
            m_tree->setCurrentItem(item);
    }
    for (QTreeWidgetItem *group : std::as_const(groups))
        group->setText(0, QStringLiteral("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
    if (findings.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, { tr("No findings.") });
        none->setFlags(Qt::ItemIsEnabled);
    }
    selectionChanged();
    emit findingsChanged(m_findings);
}

int QaDock::selectedFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant v = item ? item->data(0, kFindingRole) : QVariant();
    return v.isValid() ? v.toInt() : -1;
}

void QaDock::selectionChanged()
{
    const int f = selectedFinding();
    m_accept->setEnabled(f >= 0);
    m_apply->setEnabled(f >= 0 && m_findings[f].kind == FindingKind::Term && glossaryEntryOf(m_findings[f]) >= 0);
}

void QaDock::acceptSelected()
{
    if (const int f = selectedFinding(); f >= 0 && m_doc)
        m_doc->setAccepted(m_findings[f].key(), true);
}

int QaDock::glossaryEntryOf(const Finding &finding) const
{
    if (!m_doc || finding.segment >= m_doc->segmentCount())
        return -1;
    const QString term
        = m_doc->segment(finding.segment).source.text.mid(finding.sourceRange.start, finding.sourceRange.length);
    const QList<TermEntry> &entries = m_doc->data().glossary.entries;
    for (qsizetype e = 0; e < entries.size(); ++e)
        if (entries[e].source.compare(term, Qt::CaseInsensitive) == 0)
            return int(e);
    return -1;
}

} // namespace bireader::reader
