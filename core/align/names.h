#pragma once

#include "glossary/pinyintable.h"
#include "tokenizer.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace bireader {

// Names that no dictionary lists: a span of one to four Chinese characters whose toneless
// pinyin is a capitalised word of the other side (梁 = Liang, 文锋 = Wenfeng, 小梅 =
// Xiaomei) gives the word where the span starts the stem "py:<pinyin>". Spans grow only
// while their pinyin is a prefix of some name, so the pass costs little.

// Where a name's pinyin starts in text `unit`, and its stem.
struct NameHit {
    int unit;
    int position;
    int stem;
};

// Scans the texts alone: it can run while another thread still tokenizes them.
std::vector<NameHit> findNames(const QStringList &texts, const QSet<QString> &names, PinyinTable &pinyin,
                               StemInterner &interner);
// Gives each hit's stem to the word its span starts in. `units` holds the texts' units with
// their word starts recorded (a tokenizer with a dictionary); otherwise nothing changes.
void addNameStems(UnitFeatures &units, const std::vector<NameHit> &hits);

// Both steps at once.
void linkNames(UnitFeatures &units, const QStringList &texts, const QSet<QString> &names, PinyinTable &pinyin,
               StemInterner &interner);

} // namespace bireader
