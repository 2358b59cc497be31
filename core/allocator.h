#pragma once

namespace bireader {

// Process-wide memory allocator settings for Bireader's executables: call first in main.
//
// A page the process touches for the first time costs a page fault, which is slow on
// virtual machines (about 11 us a page on the build machine: 4,000 pages are 44 ms).
// Alignment and import allocate and free large buffers phase after phase; by default
// glibc gives blocks over 128 KB back to the system when they are freed, so the next
// phase faults the same memory in again. Here freed memory is kept for reuse instead
// (up to 128 MB of it). Does nothing on other C libraries.
void keepFreedMemory();

} // namespace bireader
