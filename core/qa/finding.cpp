#include "finding.h"

#include <QCryptographicHash>

namespace bireader {

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Term:
        return QStringLiteral("term");
    case FindingKind::Inconsistency:
        return QStringLiteral("inconsistency");
    case FindingKind::Untranslated:
        return QStringLiteral("untranslated");
    case FindingKind::Numbers:
        return QStringLiteral("numbers");
    case FindingKind::Missing:
        return QStringLiteral("missing");
    case FindingKind::Length:
        return QStringLiteral("length");
    case FindingKind::Brackets:
        return QStringLiteral("brackets");
    case FindingKind::RepeatedWord:
        return QStringLiteral("repeated-word");
    case FindingKind::Spaces:
        return QStringLiteral("spaces");
    case FindingKind::Links:
        return QStringLiteral("links");
    case FindingKind::Tags:
        return QStringLiteral("tags");
    }
    return {};
}

QString Finding::key() const
{
    const QByteArray digest = QCryptographicHash::hash(message.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("%1:%2:%3").arg(findingKindName(kind)).arg(segment).arg(QString::fromLatin1(digest));
}

} // namespace bireader
