#include "hoverpopup.h"

#include "glossary/glossformat.h"
#include "style/colours.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bireader::reader {
namespace {

constexpr int kMaxEntries = 8;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

HoverPopup::HoverPopup(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
    , m_label(new QLabel(this))
{
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::Box);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
}

QString HoverPopup::render(const QList<HoverEntry> &entries, const QPalette &palette)
{
    QString html;
    for (qsizetype i = 0; i < entries.size() && i < kMaxEntries; ++i) {
        const HoverEntry &e = entries[i];
        html += QStringLiteral("<p style='margin:0 0 6px 0'><span style='font-size:x-large'>%1</span>")
                    .arg(esc(e.headword));
        if (!e.reading.isEmpty())
            html += QStringLiteral(" &nbsp;<span style='color:%1'>%2</span>")
                        .arg(colourName(Colour::Reading, palette), esc(e.reading));
        if (e.fromGlossary)
            html += QStringLiteral(" &nbsp;<b style='color:%1'>[%2]</b>")
                        .arg(colourName(Colour::GlossaryLabel, palette), esc(tr("Glossary")));
        html += QStringLiteral("<br>");
        if (e.fromGlossary) {
            if (!e.glosses.isEmpty())
                html += QStringLiteral("%1 <b>%2</b>").arg(esc(tr("Use:")), esc(e.glosses.join(QStringLiteral(" / "))));
            if (!e.forbidden.isEmpty())
                html += QStringLiteral("<br><span style='color:%1'>%2 %3</span>")
                            .arg(colourName(Colour::Warning, palette), esc(tr("Avoid:")),
                                 esc(e.forbidden.join(QStringLiteral(" / "))));
            if (!e.note.isEmpty())
                html += QStringLiteral("<br><i>%1</i>").arg(esc(e.note));
        } else {
            html += esc(readableGloss(e.glosses.mid(0, 6).join(QStringLiteral("; "))));
        }
        if (!e.status.isEmpty())
            html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                        .arg(palette.color(QPalette::PlaceholderText).name(), esc(e.status));
        html += QStringLiteral("</p>");
    }
    if (entries.size() > kMaxEntries)
        html += QStringLiteral("<p style='margin:0'>%1</p>")
                    .arg(esc(tr("… %n more", nullptr, int(entries.size() - kMaxEntries))));
    return html;
}

void HoverPopup::setEntries(const QList<HoverEntry> &entries)
{
    m_entries = entries;
    m_label->setMaximumWidth(std::min(420, maximumWidth() - 16));
    m_label->setText(render(entries, palette()));
    adjustSize();
}

QString HoverPopup::html() const
{
    return m_label->text();
}

} // namespace bireader::reader
