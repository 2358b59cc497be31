#pragma once

#include <cstddef>

namespace bireader {

// Process-wide memory allocator settings for Bireader's executables: call first in main,
// before any thread starts.
//
// A page the process touches for the first time costs a page fault, which is slow on
// virtual machines (about 11 us a 4 KB page on the build machine: 4,000 pages are 44 ms).
// These settings keep that cost down (glibc on Linux; elsewhere, or under a sanitizer's
// allocator, they do nothing):
// - Freed memory stays with the process for reuse (up to 128 MB of it), and blocks up to
//   32 MB come from a heap: by default glibc gives blocks over 128 KB back to the system,
//   so the next phase of an alignment faults the same memory in again.
// - The main thread's heap reserves kHugeHeapReserve of address space at once; worker
//   threads share a second heap, made ready with room for 30 MB. Both ask the kernel for
//   transparent huge pages (2 MB: one fault instead of 512) where it offers them
//   ("madvise" or "always" mode). Only pages in use count as memory.
// - Two heaps, not one a thread: few threads run at once here, and a new heap would
//   start with fresh pages. Not one for all: two tokenizing threads would queue for it.
void configureAllocator();

constexpr size_t kHugeHeapReserve = size_t(256) << 20;

} // namespace bireader
