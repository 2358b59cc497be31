#include "allocator.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ on glibc
#include <thread>

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
constexpr size_t kHugePage = size_t(2) << 20;

// Grows the main heap by kHugeHeapReserve and advises huge pages over the new part. The
// heap keeps that much spare room from then on (M_TOP_PAD), so it is not given back.
void reserveMainHeap()
{
    mallopt(M_TOP_PAD, int(kHugeHeapReserve));
    // More than the heap has free: it grows (by the request plus the pad).
    void *probe = malloc(kHugePage);
    const auto end = reinterpret_cast<uintptr_t>(sbrk(0));
    const auto from = (reinterpret_cast<uintptr_t>(probe) + kHugePage - 1) & ~(kHugePage - 1);
    if (probe && from < end && end - from <= kHugeHeapReserve + 2 * kHugePage) // it came from the brk heap
        madvise(reinterpret_cast<void *>(from), end - from, MADV_HUGEPAGE);
    free(probe);
}

// glibc maps the heaps of threads other than the main one HEAP_MAX_SIZE apart and aligned
// to it (64 MB on 64-bit systems: twice the largest mmap threshold), so a block's heap
// starts at its address rounded down to 64 MB.
constexpr uintptr_t kThreadHeapSize = uintptr_t(64) << 20;
constexpr size_t kThreadHeapRoom = size_t(30) << 20; // under the 32 MB mmap threshold
constexpr int kMadvCollapse = 25; // MADV_COLLAPSE (Linux 6.1); older kernels refuse it

// Creates the heap worker threads share, grown to kThreadHeapRoom (a huge page needs 2 MB
// of usable room around it) and advised for huge pages. It passes to the next thread when
// this one ends; glibc does not shrink it below the trim threshold.
void prepareThreadHeap()
{
    std::thread([] {
        void *room = malloc(kThreadHeapRoom);
        const auto heap = reinterpret_cast<uintptr_t>(room) & ~(kThreadHeapSize - 1);
        if (room && heap && madvise(reinterpret_cast<void *>(heap), kThreadHeapSize, MADV_HUGEPAGE) == 0) {
            // Its first 2 MB already hold 4 KB pages (the heap's header): one huge page
            // now, or each of the 512 would fault on its own later.
            madvise(reinterpret_cast<void *>(heap), kHugePage, kMadvCollapse);
        }
        free(room);
    }).join();
}
#endif

} // namespace

void configureAllocator()
{
#if defined(__GLIBC__)
    // Large blocks come from a heap and go back to it (32 MB is the most glibc accepts),
    // and up to 128 MB of freed heap stays with the process. A sanitizer's allocator
    // ignores mallopt() (it returns 0): then nothing else is done either.
    if (mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) != 1)
        return;
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 2);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    reserveMainHeap();
    prepareThreadHeap();
#endif
#endif
}

} // namespace bireader
