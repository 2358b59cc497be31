#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace bireader {

// 64-bit FNV-1a over UTF-16 units: short keys (words, headwords) hash fast and well.
// Incremental: fnv1aStep(fnv1a(k), c) is the hash of k followed by c.
constexpr uint64_t kFnv1aStart = 14695981039346656037ull;
inline uint64_t fnv1aStep(uint64_t h, QChar c)
{
    return (h ^ c.unicode()) * 1099511628211ull;
}
inline uint64_t fnv1a(QStringView key)
{
    uint64_t h = kFnv1aStart;
    for (QChar c : key)
        h = fnv1aStep(h, c);
    return h;
}

// String view -> int for keys of up to 255 UTF-16 units (a dictionary's headwords and
// their prefixes), open addressing over a 64-bit FNV-1a hash. Keys longer than four units
// are views the caller keeps alive and unchanged (the dictionary's text chunks); shorter
// ones are copied into their slot. Faster than QHash<QStringView, int> for such keys and
// 16 bytes a slot.
class ViewMap
{
public:
    static constexpr int kAbsent = -2147483647 - 1;
    static constexpr qsizetype kMaxKey = 255;

    int value(QStringView key) const
    {
        const Slot *s = find(key, hash(key));
        return s ? s->value : kAbsent;
    }
    // The same with the key's fnv1a() already known (a caller probing the prefixes of a
    // text hashes them incrementally).
    int value(QStringView key, uint64_t keyHash) const
    {
        const Slot *s = find(key, keyHash);
        return s ? s->value : kAbsent;
    }
    // Starts loading the slot a key with this hash would take: probes of several keys then
    // wait for memory together, not one after the other (the table is megabytes).
    void prefetch(uint64_t keyHash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[keyHash & m_mask]);
    }
    bool contains(QStringView key) const { return find(key, hash(key)) != nullptr; }
    size_t size() const { return m_size; }
    // The value of `key` (at most kMaxKey units), inserted as `initial` when absent.
    int &operator()(QStringView key, int initial)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3) // at most three quarters full
            grow(m_slots.empty() ? 1024 : m_slots.size() * 2);
        const uint64_t h = hash(key);
        const uint32_t t = tag(h, key.size());
        size_t i = h & m_mask;
        for (; m_slots[i].tag; i = (i + 1) & m_mask)
            if (m_slots[i].tag == t && same(m_slots[i], key))
                return m_slots[i].value;
        m_slots[i] = { stored(key), t, initial };
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
    // The key, a tag (24 bits of its hash above its length in 8 bits; 0: an empty slot)
    // and the value. Keys of up to four units are kept in the slot itself: comparing
    // them reads no other memory.
    struct Slot {
        uint64_t key = 0; // the units, zero-padded, or a const char16_t * to them
        uint32_t tag = 0;
        int value = 0;
    };
    static constexpr qsizetype kInline = 4;
    static uint64_t hash(QStringView key) { return fnv1a(key); }
    static uint32_t tag(uint64_t hash, qsizetype length) { return uint32_t(hash >> 40) << 8 | uint32_t(length); }
    static qsizetype length(const Slot &s) { return qsizetype(s.tag & 0xFF); }
    static uint64_t packed(QStringView key) // key.size() <= kInline
    {
        uint64_t v = 0;
        std::memcpy(&v, key.utf16(), size_t(key.size()) * sizeof(char16_t));
        return v;
    }
    static uint64_t stored(QStringView key)
    {
        return key.size() <= kInline ? packed(key) : uint64_t(reinterpret_cast<uintptr_t>(key.utf16()));
    }
    static QStringView keyOf(const Slot &s)
    {
        return length(s) <= kInline ? QStringView(reinterpret_cast<const char16_t *>(&s.key), length(s))
                                    : QStringView(reinterpret_cast<const char16_t *>(uintptr_t(s.key)), length(s));
    }
    static bool same(const Slot &s, QStringView key) // tags (so lengths) already equal
    {
        if (key.size() <= kInline)
            return s.key == packed(key);
        return std::char_traits<char16_t>::compare(reinterpret_cast<const char16_t *>(uintptr_t(s.key)), key.utf16(),
                                                   size_t(key.size()))
            == 0;
    }
    const Slot *find(QStringView key, uint64_t h) const
    {
        if (m_slots.empty() || key.size() > kMaxKey)
            return nullptr;
        const uint32_t t = tag(h, key.size());
        for (size_t i = h & m_mask; m_slots[i].tag; i = (i + 1) & m_mask)
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
            if (s.tag) {
                size_t i = hash(keyOf(s)) & m_mask;
                while (m_slots[i].tag)
                    i = (i + 1) & m_mask;
                m_slots[i] = s;
            }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace bireader
