#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <vector>

namespace bireader {

// 64-bit FNV-1a over UTF-16 units: short keys (words, headwords) hash fast and well.
inline uint64_t fnv1a(QStringView key)
{
    uint64_t h = 14695981039346656037ull;
    for (QChar c : key)
        h = (h ^ c.unicode()) * 1099511628211ull;
    return h;
}

// String view -> int for keys of up to 255 UTF-16 units (a dictionary's headwords and
// their prefixes), open addressing over a 64-bit FNV-1a hash. Keys are views the caller
// keeps alive and unchanged (the dictionary's text chunks). Faster than
// QHash<QStringView, int> for such keys and 16 bytes a slot.
class ViewMap
{
public:
    static constexpr int kAbsent = -2147483647 - 1;
    static constexpr qsizetype kMaxKey = 255;

    int value(QStringView key) const
    {
        const Slot *s = find(key);
        return s ? s->value : kAbsent;
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    size_t size() const { return m_size; }
    // The value of `key` (at most kMaxKey units), inserted as `initial` when absent.
    int &operator()(QStringView key, int initial)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3) // at most three quarters full
            grow(m_slots.empty() ? 1024 : m_slots.size() * 2);
        const uint64_t h = hash(key);
        const uint32_t t = tag(h, key.size());
        size_t i = h & m_mask;
        for (; m_slots[i].data; i = (i + 1) & m_mask)
            if (m_slots[i].tag == t && same(m_slots[i], key))
                return m_slots[i].value;
        m_slots[i] = { key.utf16(), t, initial };
        ++m_size;
        return m_slots[i].value;
    }
    void reserve(size_t keys)
    {
        size_t capacity = 1024;
        while (capacity * 3 < keys * 4)
            capacity *= 2;
        if (capacity > m_slots.size())
            grow(capacity);
    }

private:
    // The key, a tag (24 bits of its hash above its length in 8 bits) and the value.
    struct Slot {
        const char16_t *data = nullptr; // null: empty
        uint32_t tag = 0;
        int value = 0;
    };
    static uint64_t hash(QStringView key) { return fnv1a(key); }
    static uint32_t tag(uint64_t hash, qsizetype length) { return uint32_t(hash >> 40) << 8 | uint32_t(length); }
    static qsizetype length(const Slot &s) { return qsizetype(s.tag & 0xFF); }
    static bool same(const Slot &s, QStringView key) // tags (so lengths) already equal
    {
        return std::char_traits<char16_t>::compare(s.data, key.utf16(), size_t(key.size())) == 0;
    }
    const Slot *find(QStringView key) const
    {
        if (m_slots.empty() || key.size() > kMaxKey)
            return nullptr;
        const uint64_t h = hash(key);
        const uint32_t t = tag(h, key.size());
        for (size_t i = h & m_mask; m_slots[i].data; i = (i + 1) & m_mask)
            if (m_slots[i].tag == t && same(m_slots[i], key))
                return &m_slots[i];
        return nullptr;
    }
    void grow(size_t capacity)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot {});
        m_mask = capacity - 1;
        for (const Slot &s : old)
            if (s.data) {
                size_t i = hash(QStringView(s.data, length(s))) & m_mask;
                while (m_slots[i].data)
                    i = (i + 1) & m_mask;
                m_slots[i] = s;
            }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace bireader
