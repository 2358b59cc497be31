#include "applytermdialog.h"

#include "style/colours.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bireader::reader {
namespace {

enum Column { Use, Span, Context };
constexpr int kContext = 50; // characters shown either side of the span

QString highlighted(const QString &text, TextRange r, const QString &replacement)
{
    // About kContext characters either side, cut at a space so no word shows in half.
    int from = std::max(0, r.start - kContext), to = std::min<int>(int(text.size()), r.end() + kContext);
    if (from > 0)
        if (const qsizetype space = text.indexOf(QLatin1Char(' '), from); space >= 0 && space < r.start)
            from = int(space) + 1;
    if (to < text.size())
        if (const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to); space > r.end())
            to = int(space);
    const QPalette pal = QGuiApplication::palette();
    QString html = (from > 0 ? QStringLiteral("… ") : QString()) + text.mid(from, r.start - from).toHtmlEscaped();
    if (r.length > 0)
        html += QStringLiteral("<span style='background:%1;color:%2'><s>%3</s></span> "
                               "<span style='background:%4;color:%5'>%6</span>")
                    .arg(colourName(Colour::DeletedBackground, pal), colourName(Colour::DeletedText, pal),
                         text.mid(r.start, r.length).toHtmlEscaped(), colourName(Colour::InsertedBackground, pal),
                         colourName(Colour::InsertedText, pal), replacement.toHtmlEscaped());
    html += text.mid(r.end(), to - r.end()).toHtmlEscaped() + (to < text.size() ? QStringLiteral(" …") : QString());
    return html;
}

} // namespace

ApplyTermDialog::ApplyTermDialog(const ProjectData &data, int entry, const Dictionary *dictionary, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_proposals(termReplacements(data, entry, dictionary))
    , m_table(new QTableWidget(int(m_proposals.size()), 3))
{
    const TermEntry &term = data.glossary.entries[entry];
    setWindowTitle(tr("Apply term %1").arg(term.source));
    m_table->setHorizontalHeaderLabels({ tr("Segment"), tr("Replace"), tr("In the translation") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < m_proposals.size(); ++row) {
        const TermReplacement &r = m_proposals[row];
        const QString &text = data.document.segments[r.segment].currentTarget().text;
        auto *use = new QTableWidgetItem(QString::number(r.segment + 1));
        use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        use->setCheckState(r.range.length > 0 ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Use, use);
        auto *chooser = new QComboBox;
        chooser->setEditable(true); // or type the span as it is in the translation
        chooser->setInsertPolicy(QComboBox::NoInsert);
        if (r.range.length > 0)
            chooser->addItem(r.found);
        else
            chooser->lineEdit()->setPlaceholderText(tr("no rendering found: pick or type"));
        for (const TextRange &alt : r.alternatives)
            chooser->addItem(text.mid(alt.start, alt.length));
        chooser->setCurrentIndex(r.range.length > 0 ? 0 : -1);
        m_table->setCellWidget(row, Span, chooser);
        auto *context = new QLabel;
        context->setTextFormat(Qt::RichText);
        context->setWordWrap(true);
        m_table->setCellWidget(row, Context, context);
        connect(chooser, &QComboBox::currentTextChanged, this, [this, row] { spanEdited(row); });
        spanEdited(row); // ticks the row when the finder found a span
    }
    m_table->horizontalHeader()->setSectionResizeMode(Context, QHeaderView::Stretch);
    m_table->resizeColumnToContents(Use);
    m_table->setColumnWidth(Span, 180);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Replace with “%1” in the ticked segments (one undo step). Pick another span or type the one "
                      "to replace:")
                       .arg(term.approved.value(0))));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 480);
}

QComboBox *ApplyTermDialog::spanChooser(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Span));
}

QString ApplyTermDialog::contextHtml(int row) const
{
    const auto *label = qobject_cast<QLabel *>(m_table->cellWidget(row, Context));
    return label ? label->text() : QString();
}

TextRange ApplyTermDialog::spanOf(int row) const
{
    const TermReplacement &r = m_proposals[row];
    const QString &text = m_data.document.segments[r.segment].currentTarget().text;
    const QString span = spanChooser(row)->currentText().trimmed();
    if (span.isEmpty())
        return {};
    // The finder's own span where it names it, else where the translation has that text.
    QList<TextRange> known = r.alternatives;
    if (r.range.length > 0)
        known.prepend(r.range);
    for (const TextRange &k : known)
        if (text.mid(k.start, k.length) == span)
            return k;
    const qsizetype at = text.indexOf(span);
    return at < 0 ? TextRange {} : TextRange { int(at), int(span.size()) };
}

void ApplyTermDialog::spanEdited(int row)
{
    const TermReplacement &r = m_proposals[row];
    const QString &text = m_data.document.segments[r.segment].currentTarget().text;
    const TextRange span = spanOf(row);
    auto *label = qobject_cast<QLabel *>(m_table->cellWidget(row, Context));
    const bool typed = !spanChooser(row)->currentText().trimmed().isEmpty();
    label->setText(
        span.length > 0 || !typed
            ? highlighted(text, span.length > 0 ? span : TextRange { 0, 0 }, r.replacement)
            : tr("<i>“%1” is not in this translation</i>").arg(spanChooser(row)->currentText().toHtmlEscaped()));
    QTableWidgetItem *use = m_table->item(row, Use);
    if (!use)
        return;
    use->setFlags(span.length > 0 ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
    use->setCheckState(span.length > 0 ? Qt::Checked : Qt::Unchecked); // picking a span means using it
}

QList<TermReplacement> ApplyTermDialog::chosen() const
{
    QList<TermReplacement> out;
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_table->item(row, Use)->checkState() != Qt::Checked)
            continue;
        TermReplacement r = m_proposals[row];
        r.range = spanOf(row);
        if (r.range.length == 0)
            continue;
        r.found = m_data.document.segments[r.segment].currentTarget().text.mid(r.range.start, r.range.length);
        out.append(r);
    }
    return out;
}

} // namespace bireader::reader
