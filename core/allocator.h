#pragma once

#include <cstddef>

namespace bireader {

// Process-wide memory allocator settings for Bireader's executables: call first in main,
// before any thread starts.
//
// A page the process touches for the first time costs a page fault, which is slow on
// virtual machines (about 11 us a 4 KB page on the build machine: 4,000 pages are 44 ms).
// Three settings keep that cost down (glibc on Linux; elsewhere this does nothing):
// - Freed memory stays with the process for reuse (up to 128 MB of it), and blocks up to
//   32 MB come from the heap: by default glibc gives blocks over 128 KB back to the
//   system, so the next phase of an alignment faults the same memory in again.
// - All threads share one heap, so a worker reuses what the main thread freed.
// - The heap reserves kHugeHeapReserve of address space at once and asks the kernel to
//   back it with transparent huge pages (2 MB, one fault instead of 512) where the
//   kernel offers them ("madvise" or "always" mode). Only pages in use count as memory.
void configureAllocator();

constexpr size_t kHugeHeapReserve = size_t(256) << 20;

} // namespace bireader
