#include "tokenizer.h"

namespace bireader {

int StemInterner::intern(QStringView stem)
{
    Shard &shard = m_shards[size_t(fnv1a(stem) >> 60) % kShards];
    Hold hold(shard.busy);
    if (const int *id = shard.ids.find(stem))
        return *id;
    return shard.ids.insert(stem, m_size.fetch_add(1, std::memory_order_acq_rel));
}

void UnitFeatures::addWord(int key, const std::vector<int> &wordStems)
{
    stems.insert(stems.end(), wordStems.begin(), wordStems.end());
    wordBegin.push_back(int(stems.size()));
    keys.push_back(key);
}

void UnitFeatures::addWord(int key, int stem)
{
    stems.push_back(stem);
    wordBegin.push_back(int(stems.size()));
    keys.push_back(key);
}

void UnitFeatures::endUnit(int length)
{
    unitWord.push_back(wordCount());
    lengths.push_back(length);
}

void UnitFeatures::addWordStems(std::vector<std::pair<int, int>> extra)
{
    std::sort(extra.begin(), extra.end());
    std::vector<int> newBegin { 0 }, newStems;
    newBegin.reserve(wordBegin.size());
    newStems.reserve(stems.size() + extra.size());
    size_t e = 0;
    for (int w = 0; w < wordCount(); ++w) {
        newStems.insert(newStems.end(), stems.begin() + wordBegin[size_t(w)], stems.begin() + wordBegin[size_t(w) + 1]);
        for (; e < extra.size() && extra[e].first == w; ++e)
            if (std::find(newStems.begin() + newBegin.back(), newStems.end(), extra[e].second) == newStems.end())
                newStems.push_back(extra[e].second);
        newBegin.push_back(int(newStems.size()));
    }
    stems = std::move(newStems);
    wordBegin = std::move(newBegin);
}

} // namespace bireader
