// Xbench's form checks on the translation: brackets and quotes, repeated words, spaces.
#include "checks.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace bireader {
namespace {

// Opening and closing brackets and quotes, ASCII and full-width. Single quotes are left
// out: ’ is an apostrophe as often as a closing quote.
constexpr std::array<std::pair<char16_t, char16_t>, 11> kPairs { {
    { u'(', u')' },
    { u'[', u']' },
    { u'{', u'}' },
    { u'（', u'）' },
    { u'［', u'］' },
    { u'【', u'】' },
    { u'《', u'》' },
    { u'〈', u'〉' },
    { u'「', u'」' },
    { u'『', u'』' },
    { u'“', u'”' },
} };

// The first bracket or quote of `text` without its partner, else nullopt. ASCII double
// quotes open and close alike: an odd number leaves the last one unpaired.
std::optional<int> unpaired(QStringView text)
{
    for (const auto &[open, close] : kPairs) {
        QList<int> opened;
        for (int i = 0; i < int(text.size()); ++i) {
            if (text[i] == QChar(open)) {
                opened.append(i);
            } else if (text[i] == QChar(close)) {
                if (opened.isEmpty())
                    return i;
                opened.removeLast();
            }
        }
        if (!opened.isEmpty())
            return opened.front();
    }
    int quotes = 0, last = -1;
    for (int i = 0; i < int(text.size()); ++i)
        if (text[i] == u'"') {
            ++quotes;
            last = i;
        }
    if (quotes % 2)
        return last;
    return std::nullopt;
}

QString qa(const char *text)
{
    return QCoreApplication::translate("bireader::Qa", text);
}

} // namespace

void BracketsCheck::run(const QaInput &input, QList<Finding> &out) const
{
    forEachTranslated(input, [&](int segment, const QString &source, const QString &target) {
        if (unpaired(source))
            return; // the source's own: nothing the translator did
        if (const auto at = unpaired(target))
            out.append(
                { segment,
                  FindingKind::Brackets,
                  qa(QT_TRANSLATE_NOOP("bireader::Qa", "%1 without its partner in the translation")).arg(target[*at]),
                  {},
                  { *at, 1 } });
    });
}

void RepeatedWordCheck::run(const QaInput &input, QList<Finding> &out) const
{
    // Letters only (not numbers: "10 10" may be a score), the same word twice across spaces.
    static const QRegularExpression twice(QStringLiteral("\\b(\\p{L}+)\\s+\\1\\b"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::UseUnicodePropertiesOption);
    forEachTranslated(input, [&](int segment, const QString &, const QString &target) {
        for (auto it = twice.globalMatch(target); it.hasNext();) {
            const auto m = it.next();
            out.append({ segment,
                         FindingKind::RepeatedWord,
                         qa(QT_TRANSLATE_NOOP("bireader::Qa", "repeated word: %1")).arg(m.captured()),
                         {},
                         { int(m.capturedStart()), int(m.capturedLength()) } });
        }
    });
}

void SpacesCheck::run(const QaInput &input, QList<Finding> &out) const
{
    static const QRegularExpression doubled(QStringLiteral("(?<=\\S)  +(?=\\S)"));
    forEachTranslated(input, [&](int segment, const QString &source, const QString &target) {
        for (auto it = doubled.globalMatch(target); it.hasNext();) {
            const auto m = it.next();
            out.append({ segment,
                         FindingKind::Spaces,
                         qa(QT_TRANSLATE_NOOP("bireader::Qa", "two spaces in a row in the translation")),
                         {},
                         { int(m.capturedStart()), int(m.capturedLength()) } });
        }
        auto leading = [](const QString &t) { return !t.isEmpty() && t.front().isSpace(); };
        auto trailing = [](const QString &t) { return !t.isEmpty() && t.back().isSpace(); };
        if (leading(source) != leading(target))
            out.append({ segment,
                         FindingKind::Spaces,
                         leading(source)
                             ? qa(QT_TRANSLATE_NOOP("bireader::Qa",
                                                    "the source starts with a space, the translation does not"))
                             : qa(QT_TRANSLATE_NOOP("bireader::Qa",
                                                    "the translation starts with a space, the source does not")),
                         {},
                         { 0, 1 } });
        if (trailing(source) != trailing(target))
            out.append(
                { segment,
                  FindingKind::Spaces,
                  trailing(source)
                      ? qa(QT_TRANSLATE_NOOP("bireader::Qa", "the source ends with a space, the translation does not"))
                      : qa(QT_TRANSLATE_NOOP("bireader::Qa", "the translation ends with a space, the source does not")),
                  {},
                  { int(target.size()) - 1, 1 } });
    });
}

} // namespace bireader
