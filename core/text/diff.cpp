#include "diff.h"

#include "script.h"

#include <algorithm>
#include <vector>

namespace bireader {
namespace {

bool isWordChar(QChar c)
{
    return (c.isLetterOrNumber() || c.isMark()) && !isCjkFamily(scriptFamilyOf(c.unicode()));
}

void append(QList<DiffRun> &out, DiffRun::Kind kind, QStringView text)
{
    if (!out.isEmpty() && out.back().kind == kind)
        out.back().text += text;
    else
        out.append({ kind, text.toString() });
}

// Semantic clean-up: a run of white space alone between two changes joins them, and
// each stretch of changes becomes one deletion followed by one insertion.
QList<DiffRun> cleanup(const QList<DiffRun> &runs)
{
    QList<DiffRun> out;
    QString deleted, inserted;
    auto flush = [&] {
        if (!deleted.isEmpty())
            out.append({ DiffRun::Deleted, deleted });
        if (!inserted.isEmpty())
            out.append({ DiffRun::Inserted, inserted });
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype k = 0; k < runs.size(); ++k) {
        const DiffRun &r = runs[k];
        const bool between
            = k > 0 && k + 1 < runs.size() && runs[k - 1].kind != DiffRun::Equal && runs[k + 1].kind != DiffRun::Equal;
        if (r.kind == DiffRun::Equal && !(between && r.text.trimmed().isEmpty())) {
            flush();
            out.append(r);
        } else if (r.kind == DiffRun::Equal) {
            deleted += r.text;
            inserted += r.text;
        } else {
            (r.kind == DiffRun::Deleted ? deleted : inserted) += r.text;
        }
    }
    flush();
    return out;
}

} // namespace

QList<QStringView> diffTokens(QStringView text)
{
    QList<QStringView> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i + 1;
        if (isWordChar(text[i])) {
            while (j < text.size() && (isWordChar(text[j]) || text[j] == QLatin1Char('\'')))
                ++j;
        } else if (text[i].isSpace()) {
            while (j < text.size() && text[j].isSpace())
                ++j;
        } else if (text[i].isHighSurrogate() && j < text.size()) {
            ++j;
        }
        tokens.append(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

QList<DiffRun> diffTexts(QStringView original, QStringView corrected)
{
    const QList<QStringView> a = diffTokens(original), b = diffTokens(corrected);
    // Common prefix and suffix first: most corrections touch a few words.
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    const qsizetype n = a.size() - pre - suf, m = b.size() - pre - suf;
    // LCS table of the middle (lengths from the end).
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    QList<DiffRun> out;
    for (qsizetype k = 0; k < pre; ++k)
        append(out, DiffRun::Equal, a[k]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[pre + i] == b[pre + j]) {
            append(out, DiffRun::Equal, a[pre + i]);
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            append(out, DiffRun::Deleted, a[pre + i++]); // deletions first, as readers expect
        } else {
            append(out, DiffRun::Inserted, b[pre + j++]);
        }
    }
    for (qsizetype k = a.size() - suf; k < a.size(); ++k)
        append(out, DiffRun::Equal, a[k]);
    return cleanup(out);
}

} // namespace bireader
