#include "wordstatus.h"

namespace bireader {

QString wordStatusName(WordStatus status)
{
    switch (status) {
    case WordStatus::New:
        return QStringLiteral("new");
    case WordStatus::Learning1:
    case WordStatus::Learning2:
    case WordStatus::Learning3:
    case WordStatus::Learning4:
        return QStringLiteral("learning%1").arg(int(status));
    case WordStatus::Known:
        return QStringLiteral("known");
    case WordStatus::Ignored:
        return QStringLiteral("ignored");
    }
    return QStringLiteral("new");
}

std::optional<WordStatus> wordStatusFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (int s = int(WordStatus::New); s <= int(WordStatus::Ignored); ++s)
        if (n == wordStatusName(WordStatus(s)))
            return WordStatus(s);
    bool isNumber = false;
    const int level = n.toInt(&isNumber);
    if (!isNumber)
        return std::nullopt;
    if (level >= 0 && level <= 5)
        return WordStatus(level);
    if (level == 98)
        return WordStatus::Ignored;
    if (level == 99)
        return WordStatus::Known;
    return std::nullopt;
}

} // namespace bireader
