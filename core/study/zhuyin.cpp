#include "zhuyin.h"

#include "rubytext.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <utility>

namespace bireader {
namespace {

// Two-letter initials first.
constexpr std::array<std::pair<const char16_t *, const char16_t *>, 21> kInitials { {
    { u"zh", u"ㄓ" }, { u"ch", u"ㄔ" }, { u"sh", u"ㄕ" }, { u"b", u"ㄅ" }, { u"p", u"ㄆ" }, { u"m", u"ㄇ" },
    { u"f", u"ㄈ" },  { u"d", u"ㄉ" },  { u"t", u"ㄊ" },  { u"n", u"ㄋ" }, { u"l", u"ㄌ" }, { u"g", u"ㄍ" },
    { u"k", u"ㄎ" },  { u"h", u"ㄏ" },  { u"j", u"ㄐ" },  { u"q", u"ㄑ" }, { u"x", u"ㄒ" }, { u"r", u"ㄖ" },
    { u"z", u"ㄗ" },  { u"c", u"ㄘ" },  { u"s", u"ㄙ" },
} };

// Finals in their full form (after y/w are rewritten and iu/ui/un expanded).
const QHash<QString, QString> &finals()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const std::pair<const char16_t *, const char16_t *> rows[] = {
            { u"a", u"ㄚ" },     { u"o", u"ㄛ" },     { u"e", u"ㄜ" },      { u"ê", u"ㄝ" },      { u"ai", u"ㄞ" },
            { u"ei", u"ㄟ" },    { u"ao", u"ㄠ" },    { u"ou", u"ㄡ" },     { u"an", u"ㄢ" },     { u"en", u"ㄣ" },
            { u"ang", u"ㄤ" },   { u"eng", u"ㄥ" },   { u"er", u"ㄦ" },     { u"i", u"ㄧ" },      { u"ia", u"ㄧㄚ" },
            { u"io", u"ㄧㄛ" },  { u"ie", u"ㄧㄝ" },  { u"iai", u"ㄧㄞ" },  { u"iao", u"ㄧㄠ" },  { u"iou", u"ㄧㄡ" },
            { u"ian", u"ㄧㄢ" }, { u"in", u"ㄧㄣ" },  { u"iang", u"ㄧㄤ" }, { u"ing", u"ㄧㄥ" },  { u"iong", u"ㄩㄥ" },
            { u"u", u"ㄨ" },     { u"ua", u"ㄨㄚ" },  { u"uo", u"ㄨㄛ" },   { u"uai", u"ㄨㄞ" },  { u"uei", u"ㄨㄟ" },
            { u"uan", u"ㄨㄢ" }, { u"uen", u"ㄨㄣ" }, { u"uang", u"ㄨㄤ" }, { u"ueng", u"ㄨㄥ" }, { u"ong", u"ㄨㄥ" },
            { u"ü", u"ㄩ" },     { u"üe", u"ㄩㄝ" },  { u"üan", u"ㄩㄢ" },  { u"ün", u"ㄩㄣ" },
        };
        for (const auto &[pinyin, zhuyin] : rows)
            t.insert(QString::fromUtf16(pinyin), QString::fromUtf16(zhuyin));
        return t;
    }();
    return table;
}

// y- and w- syllables as the finals they spell: "you" -> "iou", "wei" -> "uei", "yu" -> "ü".
QString withoutYW(const QString &s)
{
    if (s.startsWith(QLatin1Char('y'))) {
        const QString rest = s.mid(1);
        if (rest.startsWith(QLatin1Char('u')) || rest.startsWith(QChar(0xFC))) // yu, yue, yuan, yun
            return QChar(0xFC) + rest.mid(1);
        if (rest.startsWith(QLatin1Char('i'))) // yi, yin, ying
            return rest;
        return QLatin1Char('i') + rest; // ya, ye, yao, you, yan, yang, yong
    }
    if (s.startsWith(QLatin1Char('w'))) {
        const QString rest = s.mid(1);
        return rest.startsWith(QLatin1Char('u')) ? rest : QLatin1Char('u') + rest; // wu; wa, wo, wei, ...
    }
    return s;
}

} // namespace

QString zhuyinSyllable(const QString &plainIn)
{
    QString plain = plainIn.toLower();
    plain.replace(QStringLiteral("u:"), QStringLiteral("ü")).replace(QLatin1Char('v'), QChar(0xFC));
    if (plain == QLatin1String("er") || plain == QLatin1String("r")) // r: erhua, CC-CEDICT's r5
        return QStringLiteral("ㄦ");
    QString initial, zhuyinInitial;
    for (const auto &[pinyin, zhuyin] : kInitials) {
        const QString p = QString::fromUtf16(pinyin);
        if (plain.startsWith(p) && plain.size() > p.size()) {
            initial = p;
            zhuyinInitial = QString::fromUtf16(zhuyin);
            break;
        }
    }
    QString final = initial.isEmpty() ? withoutYW(plain) : plain.mid(initial.size());
    // zhi, chi, shi, ri, zi, ci, si: the initial alone.
    static const QString kBare = QStringLiteral("zh ch sh r z c s");
    if (final == QLatin1String("i") && kBare.split(QLatin1Char(' ')).contains(initial))
        return zhuyinInitial;
    const bool palatal
        = initial == QLatin1String("j") || initial == QLatin1String("q") || initial == QLatin1String("x");
    if (palatal && final.startsWith(QLatin1Char('u'))) // ju, que, xuan, jun: ü written u
        final = QChar(0xFC) + final.mid(1);
    if (final == QLatin1String("iu"))
        final = QStringLiteral("iou");
    else if (final == QLatin1String("ui"))
        final = QStringLiteral("uei");
    else if (final == QLatin1String("un"))
        final = QStringLiteral("uen");
    const auto it = finals().constFind(final);
    if (it == finals().constEnd())
        return {};
    if (!initial.isEmpty() && (final == QLatin1String("o")) // bo, po, mo, fo
        && !(initial == QLatin1String("b") || initial == QLatin1String("p") || initial == QLatin1String("m")
             || initial == QLatin1String("f") || initial == QLatin1String("l")))
        return {};
    return zhuyinInitial + *it;
}

QString zhuyinFromPinyin(const QString &marked)
{
    static const QString kToneMarks[]
        = { QString(), QString(), QStringLiteral("ˊ"), QStringLiteral("ˇ"), QStringLiteral("ˋ"), QString() };
    QStringList out;
    const QStringList marks = marked.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList numbered = toneNumbers(marked).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const QString &syllable = numbered.value(i);
        const int tone = syllable.isEmpty() ? 5 : syllable.back().digitValue();
        const QString z = zhuyinSyllable(syllable.chopped(1));
        if (z.isEmpty() || tone < 1 || tone > 5)
            out << marks[i];
        else
            out << (tone == 5 ? QStringLiteral("˙") + z : z + kToneMarks[tone]);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace bireader
