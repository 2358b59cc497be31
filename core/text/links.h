#pragma once

#include "model/segment.h"

#include <QStringView>
#include <QUrl>

namespace bireader {

// The web address (http or https only) written in a text at `position`, with its range;
// an invalid URL when there is none. Trailing punctuation (a full stop, a closing bracket
// without its opening one) is not part of it. Documents never open other schemes.
QUrl webLinkAt(QStringView text, int position, TextRange *range = nullptr);

} // namespace bireader
