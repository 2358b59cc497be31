// Xbench's checks of what must pass through translation unchanged: web and e-mail
// addresses, tags and placeholders.
#include "checks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bireader {
namespace {

struct Token {
    QString text;
    TextRange range;
};

QList<Token> tokensOf(const QRegularExpression &pattern, const QString &text, bool trimEnd = false)
{
    QList<Token> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString t = m.captured();
        if (trimEnd) // a full stop or a closing bracket after an address is the sentence's
            while (!t.isEmpty() && QStringView(u".,;:!?)]}>'\"").contains(t.back()))
                t.chop(1);
        out.append({ t, { int(m.capturedStart()), int(t.size()) } });
    }
    return out;
}

// Each token of one side that the other side has fewer of, once per missing copy.
void compare(int segment, const QList<Token> &source, const QList<Token> &target, FindingKind kind, const char *missing,
             const char *extra, QList<Finding> &out)
{
    auto count = [](const QList<Token> &list, const QString &t) {
        return std::count_if(list.begin(), list.end(), [&](const Token &x) { return x.text == t; });
    };
    QStringList reported;
    for (const Token &t : source)
        if (!reported.contains(t.text) && count(target, t.text) < count(source, t.text)) {
            reported << t.text;
            out.append(
                { segment, kind, QCoreApplication::translate("bireader::Qa", missing).arg(t.text), t.range, {} });
        }
    for (const Token &t : target)
        if (!reported.contains(t.text) && count(source, t.text) < count(target, t.text)) {
            reported << t.text;
            out.append({ segment, kind, QCoreApplication::translate("bireader::Qa", extra).arg(t.text), {}, t.range });
        }
}

} // namespace

void LinksCheck::run(const QaInput &input, QList<Finding> &out) const
{
    static const QRegularExpression web(QStringLiteral("(?:https?://|www\\.)[^\\s<>\"“”‘’（）《》，。；：！？、]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mail(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    forEachTranslated(input, [&](int segment, const QString &source, const QString &target) {
        compare(segment, tokensOf(web, source, true), tokensOf(web, target, true), FindingKind::Links,

                QT_TRANSLATE_NOOP("bireader::Qa", "the web address %1 is not in the translation"),
                QT_TRANSLATE_NOOP("bireader::Qa", "the web address %1 is not in the source"), out);
        compare(segment, tokensOf(mail, source, true), tokensOf(mail, target, true), FindingKind::Links,

                QT_TRANSLATE_NOOP("bireader::Qa", "the e-mail address %1 is not in the translation"),
                QT_TRANSLATE_NOOP("bireader::Qa", "the e-mail address %1 is not in the source"), out);
    });
}

void TagsCheck::run(const QaInput &input, QList<Finding> &out) const
{
    // Tags; the inline codes of TMX and XLIFF (⟨1⟩ ⟨/1⟩ ⟨2/⟩); {0} {name}; printf's %s %d
    // %2$s; Qt's %1; ${var}. Not a percentage before a word ("13%of").
    static const QRegularExpression markup(QStringLiteral(
        "</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>|\u27E8/?\\d{1,4}/?\u27E9|\\{[A-Za-z0-9_.]*\\}|%(?:\\d+\\$)?[-+ "
        "#0]*\\d*(?:\\.\\d+)?[sdifuxXcoeEgGp@](?![A-Za-z])"
        "|%\\d+(?![A-Za-z0-9])|\\$\\{[A-Za-z0-9_.]+\\}"));
    forEachTranslated(input, [&](int segment, const QString &source, const QString &target) {
        compare(segment, tokensOf(markup, source), tokensOf(markup, target), FindingKind::Tags,

                QT_TRANSLATE_NOOP("bireader::Qa", "%1 is not in the translation"),
                QT_TRANSLATE_NOOP("bireader::Qa", "%1 is in the translation but not in the source"), out);
    });
}

} // namespace bireader
