#include "finding.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace bireader {

const QList<FindingKindInfo> &allFindingKinds()
{
    using S = FindingSeverity;
    static const QList<FindingKindInfo> kinds {
        { FindingKind::Term, "term", QT_TRANSLATE_NOOP("bireader::FindingKind", "Terms"),
          "a glossary term not rendered as the glossary says, or a forbidden rendering used", S::Error },
        { FindingKind::Inconsistency, "inconsistency", QT_TRANSLATE_NOOP("bireader::FindingKind", "Inconsistencies"),
          "one source translated in different ways, or one translation for different sources", S::Warning },
        { FindingKind::Untranslated, "untranslated", QT_TRANSLATE_NOOP("bireader::FindingKind", "Untranslated text"),
          "source text left in the translation", S::Warning },
        { FindingKind::Numbers, "numbers", QT_TRANSLATE_NOOP("bireader::FindingKind", "Numbers"),
          "a number on one side only (digits, percentages, Chinese numerals, codes such as A100)", S::Error },
        { FindingKind::Missing, "missing", QT_TRANSLATE_NOOP("bireader::FindingKind", "Missing translations"),
          "a paragraph without a translation, or a translation without a source", S::Error },
        { FindingKind::Length, "length", QT_TRANSLATE_NOOP("bireader::FindingKind", "Length"),
          "a translation far longer or shorter than the document's length ratio expects", S::Note },
        { FindingKind::Brackets, "brackets", QT_TRANSLATE_NOOP("bireader::FindingKind", "Unpaired brackets and quotes"),
          "a bracket or quotation mark without its partner", S::Warning },
        { FindingKind::RepeatedWord, "repeated-word", QT_TRANSLATE_NOOP("bireader::FindingKind", "Repeated words"),
          "the same word twice in a row", S::Warning },
        { FindingKind::Spaces, "spaces", QT_TRANSLATE_NOOP("bireader::FindingKind", "Spaces"),
          "doubled spaces, or spaces at the start or end", S::Note },
        { FindingKind::Links, "links", QT_TRANSLATE_NOOP("bireader::FindingKind", "Web and e-mail addresses"),
          "a web or e-mail address on one side only", S::Error },
        { FindingKind::Tags, "tags", QT_TRANSLATE_NOOP("bireader::FindingKind", "Tags and placeholders"),
          "a tag, placeholder or inline code on one side only", S::Error },
    };
    return kinds;
}

const FindingKindInfo &findingKindInfo(FindingKind kind)
{
    for (const FindingKindInfo &info : allFindingKinds())
        if (info.kind == kind)
            return info;
    Q_UNREACHABLE(); // every kind has its row (tst_qa checks)
}

QString findingKindName(FindingKind kind)
{
    return QString::fromLatin1(findingKindInfo(kind).name);
}

QString findingKindTitle(FindingKind kind)
{
    return QCoreApplication::translate("bireader::FindingKind", findingKindInfo(kind).title);
}

std::optional<FindingKind> findingKindFromName(QStringView name)
{
    for (const FindingKindInfo &info : allFindingKinds())
        if (name == QLatin1String(info.name))
            return info.kind;
    return std::nullopt;
}

QString Finding::key() const
{
    const QByteArray digest = QCryptographicHash::hash(message.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("%1:%2:%3").arg(findingKindName(kind)).arg(segment).arg(QString::fromLatin1(digest));
}

} // namespace bireader
