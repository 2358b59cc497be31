#pragma once

#include "model/document.h"

#include <QString>

#include <utility>

namespace bireader {

struct SearchQuery {
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    bool inSource = true;
    bool inTarget = true; // the translation a reader sees
};

struct SearchHit {
    int segment = 0;
    Side side = Side::Source;
    TextRange range;
    bool operator==(const SearchHit &) const = default;
};

// Every match of a query in document order, source before target in each segment. An
// invalid regular expression gives no hits and its message in *error.
QList<SearchHit> searchDocument(const Document &document, const SearchQuery &query, QString *error = nullptr,
                                int limit = 100000);

// The translations after replacing every match of the query in them (regex captures
// \1 ... in the replacement): (segment, new text) for each segment that changes.
QList<std::pair<int, QString>> replaceInTranslations(const Document &document, const SearchQuery &query,
                                                     const QString &replacement);

} // namespace bireader
