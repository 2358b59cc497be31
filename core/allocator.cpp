#include "allocator.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace bireader {

namespace {

#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
// Grows the heap by kHugeHeapReserve and advises huge pages over the new part. The heap
// keeps that much spare room from then on (M_TOP_PAD), so it is not given back.
void reserveHugeHeap()
{
    constexpr size_t kHuge = size_t(2) << 20;
    mallopt(M_TOP_PAD, int(kHugeHeapReserve));
    // More than the heap has free: it grows (by the request plus the pad).
    void *probe = malloc(kHuge);
    const auto end = reinterpret_cast<uintptr_t>(sbrk(0));
    const auto from = (reinterpret_cast<uintptr_t>(probe) + kHuge - 1) & ~(kHuge - 1);
    // Only when the block came from the brk heap (not, say, a sanitizer's allocator).
    if (probe && from < end && end - from <= kHugeHeapReserve + 2 * kHuge)
        madvise(reinterpret_cast<void *>(from), end - from, MADV_HUGEPAGE);
    free(probe);
}
#endif

} // namespace

void configureAllocator()
{
#if defined(__GLIBC__)
    // Large blocks come from the heap and go back to it (32 MB is the most glibc accepts),
    // and up to 128 MB of freed heap stays with the process.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 1);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    reserveHugeHeap();
#endif
#endif
}

} // namespace bireader
