#include "exportwriters.h"

#include "study/rubytext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bireader {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Only #rgb / #rrggbb colours reach the style attribute: nothing else can be injected.
QString safeColor(const QString &c)
{
    static const QRegularExpression hex(QStringLiteral("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    return hex.match(c).hasMatch() ? c : QStringLiteral("#fff59d");
}

// Escaped text, its Chinese words as <ruby> with their readings when `ruby` is given.
QString piece(const QString &text, RubyFinder *ruby)
{
    if (!ruby)
        return esc(text);
    QString out;
    int pos = 0;
    for (const RubyWord &w : ruby->words(text)) {
        out += esc(text.mid(pos, w.range.start - pos));
        out += QStringLiteral("<ruby>%1<rt>%2</rt></ruby>")
                   .arg(esc(text.mid(w.range.start, w.range.length)), esc(w.reading));
        pos = w.range.end();
    }
    return out + esc(text.mid(pos));
}

// The text with its highlights as <mark>, everything escaped.
QString marked(const QString &text, QList<Highlight> marks, RubyFinder *ruby = nullptr)
{
    std::sort(marks.begin(), marks.end(),
              [](const Highlight &a, const Highlight &b) { return a.range.start < b.range.start; });
    QString out;
    int pos = 0;
    for (const Highlight &h : marks) {
        const int start = std::clamp(h.range.start, pos, int(text.size()));
        const int end = std::clamp(h.range.end(), start, int(text.size()));
        out += piece(text.mid(pos, start - pos), ruby);
        out += QStringLiteral("<mark style=\"background:%1\" title=\"%2\">%3</mark>")
                   .arg(safeColor(h.color), esc(h.note), piece(text.mid(start, end - start), ruby));
        pos = end;
    }
    return out + piece(text.mid(pos), ruby);
}

} // namespace

QByteArray exportHtml(const ProjectData &data, const ExportOptions &options)
{
    const Document &d = data.document;
    std::unique_ptr<RubyFinder> ruby;
    if (options.ruby)
        ruby = std::make_unique<RubyFinder>(options.dictionary);
    RubyFinder *sourceRuby = d.sourceLanguage.startsWith(QLatin1String("zh")) ? ruby.get() : nullptr;
    RubyFinder *targetRuby = d.targetLanguage.startsWith(QLatin1String("zh")) ? ruby.get() : nullptr;
    QString out
        = QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
              "'unsafe-inline'\">\n"
              "<title>%1</title>\n<style>\n"
              "body{font-family:sans-serif;max-width:72rem;margin:2rem auto;line-height:1.6}\n"
              ".seg{display:grid;grid-template-columns:1fr 1fr;gap:2rem;padding:.5rem 0;border-bottom:1px solid #eee}\n"
              ".note{grid-column:1/3;color:#555;font-size:.9em}.corrected{border-left:3px solid "
              "#4caf50;padding-left:.5rem}\n"
              "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}\n"
              "</style></head><body>\n<h1>%1</h1>\n")
              .arg(esc(documentTitle(data)));
    const QList<QList<Highlight>> highlights = highlightsBySegment(data);
    for (qsizetype i = 0; i < d.segments.size(); ++i) {
        const Segment &s = d.segments[i];
        if (s.excluded)
            continue;
        QList<Highlight> src, tgt;
        for (const Highlight &h : highlights[i])
            (h.side == Side::Source ? src : tgt).append(h);
        out += QStringLiteral("<div class=\"seg\" id=\"s%1\"><div lang=\"%2\">%3</div><div lang=\"%4\"%5>%6</div>")
                   .arg(i + 1)
                   .arg(esc(d.sourceLanguage), marked(s.source.text, src, sourceRuby), esc(d.targetLanguage),
                        s.isCorrected() ? QStringLiteral(" class=\"corrected\"") : QString(),
                        marked(s.currentTarget().text, tgt, targetRuby));
        for (const Highlight &h : src + tgt)
            if (!h.note.isEmpty())
                out += QStringLiteral("<div class=\"note\">%1</div>").arg(esc(h.note));
        out += QLatin1String("</div>\n");
    }
    if (!data.vocabulary.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                   .arg(esc(QCoreApplication::translate("bireader::Export", "Vocabulary")),
                        esc(QCoreApplication::translate("bireader::Export", "Term")),
                        esc(QCoreApplication::translate("bireader::Export", "Reading")),
                        esc(QCoreApplication::translate("bireader::Export", "Meaning")),
                        esc(QCoreApplication::translate("bireader::Export", "Context")));
        for (const VocabularyItem &v : data.vocabulary)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(esc(v.term), esc(v.reading), esc(v.gloss), esc(v.context));
        out += QLatin1String("</table>\n");
    }
    out += QLatin1String("</body></html>\n");
    return out.toUtf8();
}

} // namespace bireader
