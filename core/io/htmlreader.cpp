#include "htmlreader.h"

#include "interleavedreader.h"
#include "segmentbuilder.h"
#include "text/encoding.h"
#include "textsource.h"

#include <QCoreApplication>

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>

namespace bireader {
namespace {

QString nameOf(const xmlNode *n)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(n->name)).toLower();
}

QString attribute(const xmlNode *n, const char *attr)
{
    struct Free {
        void operator()(xmlChar *p) const { xmlFree(p); }
    };
    std::unique_ptr<xmlChar, Free> v(xmlGetProp(n, reinterpret_cast<const xmlChar *>(attr)));
    return v ? QString::fromUtf8(reinterpret_cast<const char *>(v.get())) : QString();
}

bool isBlock(const QString &tag)
{
    static const QStringList blocks
        = { "p",  "h1",  "h2",         "h3", "h4",    "h5",      "h6",   "li",      "blockquote", "td",
            "th", "pre", "figcaption", "dt", "dd",    "caption", "div",  "section", "article",    "main",
            "ul", "ol",  "table",      "tr", "tbody", "header",  "body", "br",      "hr" };
    return blocks.contains(tag);
}

// Page furniture: left out with everything inside it.
bool isFurniture(const xmlNode *n, const QString &tag)
{
    static const QStringList tags = { "script", "style",  "noscript", "template", "nav", "footer", "form", "aside",
                                      "button", "select", "textarea", "iframe",   "svg", "canvas", "head", "menu" };
    if (tags.contains(tag))
        return true;
    static const QStringList roles = { "navigation", "contentinfo", "banner", "complementary", "search" };
    if (roles.contains(attribute(n, "role")))
        return true;
    static const QRegularExpression marks(
        QStringLiteral("(^|[\\s_-])(nav|navbar|menu|footer|comments?|sidebar|breadcrumbs?|share|social|related|"
                       "advert|ads|cookie|popup|subscribe)($|[\\s_-])"),
        QRegularExpression::CaseInsensitiveOption);
    return marks.match(attribute(n, "class")).hasMatch() || marks.match(attribute(n, "id")).hasMatch();
}

bool isTranslationWrapper(const xmlNode *n)
{
    return nameOf(n) == QLatin1String("font")
        && attribute(n, "class").contains(QLatin1String("immersive-translate-target-wrapper"));
}

// How deep elements nest under `root`, walked without recursion; stops counting past `limit`.
int nestingDepth(const xmlNode *root, int limit)
{
    int depth = 0, deepest = 0;
    const xmlNode *n = root;
    while (n) {
        if (n->children && depth < limit + 1) {
            n = n->children;
            deepest = std::max(deepest, ++depth);
            continue;
        }
        while (n && n != root && !n->next) {
            n = n->parent;
            --depth;
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
    return deepest;
}

struct Walker {
    HtmlArticle &article;
    QList<std::pair<QString, QString>> marked; // Immersive Translate pairs, in order
    QList<int> markedAt; // where each pair stands among the paragraphs
    QString buffer;
    QString targetLanguage;

    void flush()
    {
        const QString text = buffer.simplified();
        if (!text.isEmpty())
            article.paragraphs.append({ text, int(article.paragraphs.size()) });
        buffer.clear();
    }
    void text(const xmlNode *n, QString &into, bool skipTranslations)
    {
        for (const xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
                into += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
            else if (c->type == XML_ELEMENT_NODE && !(skipTranslations && isTranslationWrapper(c))
                     && !isFurniture(c, nameOf(c)))
                text(c, into, skipTranslations);
            if (c->type == XML_ELEMENT_NODE && isBlock(nameOf(c)))
                into += QLatin1Char(' ');
        }
    }
    void translations(const xmlNode *n, QString &into)
    {
        for (const xmlNode *c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (isTranslationWrapper(c)) {
                if (targetLanguage.isEmpty())
                    targetLanguage = attribute(c, "lang");
                text(c, into, false);
                into += QLatin1Char(' ');
            } else {
                translations(c, into);
            }
        }
    }
    void walk(const xmlNode *n)
    {
        for (const xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                buffer += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
                continue;
            }
            if (c->type != XML_ELEMENT_NODE)
                continue;
            const QString tag = nameOf(c);
            if (tag == QLatin1String("head")) { // only its <title> is text of the page
                for (const xmlNode *h = c->children; h; h = h->next)
                    if (h->type == XML_ELEMENT_NODE && nameOf(h) == QLatin1String("title") && article.title.isEmpty()) {
                        QString t;
                        text(h, t, true);
                        article.title = t.simplified();
                    }
                continue;
            }
            if (tag == QLatin1String("title") && article.title.isEmpty()) {
                QString t;
                text(c, t, true);
                article.title = t.simplified();
                continue;
            }
            if (isFurniture(c, tag))
                continue;
            if (!attribute(c, "data-immersive-translate-paragraph").isNull()) {
                flush();
                QString source, target;
                text(c, source, true);
                translations(c, target);
                markedAt.append(int(article.paragraphs.size()));
                marked.append({ source.simplified(), target.simplified() });
                continue;
            }
            if (isBlock(tag)) {
                flush();
                walk(c);
                flush();
            } else {
                walk(c);
            }
        }
    }
};

// The charset the first bytes declare, if any: an XML declaration (XHTML, an EPUB
// chapter) or a <meta>.
QByteArray metaCharset(const QByteArray &bytes)
{
    static const QRegularExpression xmlDeclaration(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression meta(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    for (const QRegularExpression *re : { &xmlDeclaration, &meta })
        if (const auto m = re->match(head); m.hasMatch())
            return m.captured(1).toLatin1();
    return {};
}

// Deeper pages are refused: real ones nest a few dozen levels.
constexpr int kMaxHtmlNesting = 1000;

struct ParsedPage {
    HtmlArticle article;
    QList<std::pair<QString, QString>> marked;
    QList<int> markedAt;
    QString targetLanguage;
};

void parseUtf8(const QByteArray &utf8, const QString &name, ParsedPage &page);

ParsedPage parse(QIODevice &device, const QString &name)
{
    ParsedPage page;
    page.article.error = openForReading(device, name);
    if (!page.article.error.isEmpty())
        return page;
    const QByteArray raw = readAtMost(device, kMaxTextFileBytes);
    if (raw.size() > kMaxTextFileBytes) {
        page.article.error
            = QCoreApplication::translate("bireader::HtmlReader", "%1: the file is larger than the limit of %2 MB")
                  .arg(name)
                  .arg(kMaxTextFileBytes >> 20);
        return page;
    }
    // UTF-8 (or a BOM) as it is; else the charset <meta> declares; else ICU's detection.
    const DecodedText decoded = decodeTextDeclared(raw, name, metaCharset(raw));
    if (!decoded.ok()) {
        page.article.error = decoded.error;
        return page;
    }
    page.article.encoding = decoded.encoding;
    page.article.warnings = decoded.warnings;
    parseUtf8(decoded.text.toUtf8(), name, page);
    return page;
}

void parseUtf8(const QByteArray &utf8, const QString &name, ParsedPage &page)
{
    // XML_PARSE_HUGE (the HTML parser honours it): without it libxml2 drops everything after a text node of 10 MB (a
    // large inline script). The file is under kMaxTextFileBytes, and nesting is bounded below.
    htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                        | XML_PARSE_HUGE);
    if (!doc) {
        page.article.error = QCoreApplication::translate("bireader::HtmlReader", "%1: not an HTML page").arg(name);
        return;
    }
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (root && nestingDepth(root, kMaxHtmlNesting) > kMaxHtmlNesting) { // the walk below recurses
        xmlFreeDoc(doc);
        page.article.error
            = QCoreApplication::translate("bireader::HtmlReader", "%1: elements nested deeper than %2 levels")
                  .arg(name)
                  .arg(kMaxHtmlNesting);
        return;
    }
    if (root)
        page.article.language = attribute(root, "lang");
    Walker w { page.article, {}, {}, {}, {} };
    if (root)
        w.walk(root);
    w.flush();
    page.marked = w.marked;
    page.markedAt = w.markedAt;
    page.targetLanguage = w.targetLanguage;
    xmlFreeDoc(doc);
    page.article.noText = page.article.paragraphs.isEmpty() && page.marked.isEmpty();
    if (page.article.noText)
        page.article.error
            = QCoreApplication::translate("bireader::HtmlReader", "%1: the page holds no article text").arg(name);
}

} // namespace

bool isHtmlFile(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("html") || ext == QLatin1String("htm") || ext == QLatin1String("xhtml");
}

namespace {

HtmlArticle plainArticle(ParsedPage page)
{
    // A monolingual article: translated blocks (if any) count as plain text.
    for (qsizetype k = page.marked.size() - 1; k >= 0; --k)
        page.article.paragraphs.insert(page.markedAt[k], { page.marked[k].first, page.markedAt[k] });
    return page.article;
}

} // namespace

HtmlArticle readHtmlArticle(QIODevice &device, const QString &name)
{
    return plainArticle(parse(device, name));
}

HtmlArticle htmlArticleFromBytes(const QByteArray &bytes, const QString &name)
{
    ParsedPage page;
    const DecodedText decoded = decodeTextDeclared(bytes, name, metaCharset(bytes));
    if (!decoded.ok()) {
        page.article.error = decoded.error;
        return page.article;
    }
    page.article.encoding = decoded.encoding;
    page.article.warnings = decoded.warnings;
    parseUtf8(decoded.text.toUtf8(), name, page);
    return plainArticle(std::move(page));
}

ImportResult HtmlReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    const ParsedPage page = parse(device, name);
    if (!page.article.error.isEmpty()) {
        ImportResult r;
        r.error = page.article.error;
        return r;
    }
    if (page.marked.isEmpty()) { // no markers: pair the blocks by script, like interleaved text
        ImportResult r = InterleavedReader::fromParagraphs(page.article.paragraphs, name, options);
        r.sourceEncoding = page.article.encoding;
        r.warnings += page.article.warnings;
        if (r.ok() && !page.article.title.isEmpty())
            r.document.title = page.article.title;
        return r;
    }
    ImportResult result;
    result.sourceEncoding = page.article.encoding;
    result.warnings = page.article.warnings;
    Document &doc = result.document;
    doc.title = page.article.title;
    const QString pageLanguage = page.article.language.section(QLatin1Char('-'), 0, 0);
    doc.sourceLanguage = !options.sourceLanguage.isEmpty() ? options.sourceLanguage
        : !pageLanguage.isEmpty()                          ? pageLanguage
                                                           : QStringLiteral("und");
    doc.targetLanguage = !options.targetLanguage.isEmpty() ? options.targetLanguage
        : !page.targetLanguage.isEmpty()                   ? page.targetLanguage
                                                           : QStringLiteral("und");
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);
    int next = 0;
    auto addSource = [&](const QString &text, int index) {
        Segment seg;
        seg.source = builder.side(Side::Source, text, { name, index });
        doc.segments.append(std::move(seg));
    };
    for (qsizetype k = 0; k < page.marked.size(); ++k) {
        for (; next < page.markedAt[k]; ++next) // blocks left untranslated stay unpaired
            addSource(page.article.paragraphs[next].text, next);
        Segment seg;
        seg.source = builder.side(Side::Source, page.marked[k].first, { name, int(k) });
        seg.target = builder.side(Side::Target, page.marked[k].second, { name, int(k) });
        doc.segments.append(std::move(seg));
    }
    for (; next < page.article.paragraphs.size(); ++next)
        addSource(page.article.paragraphs[next].text, next);
    builder.aligner().setCancelCheck(options.isCanceled);
    result.canceled = !builder.alignSentences(doc.segments);
    return result;
}

} // namespace bireader
