#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace bireader {

void keepFreedMemory()
{
#if defined(__GLIBC__)
    // Large blocks come from the heap and go back to it (32 MB is the most glibc accepts),
    // and up to 128 MB of freed heap stays with the process.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
}

} // namespace bireader
