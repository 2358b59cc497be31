#pragma once

// The process's peak resident memory so far, in MB (what every benchmark reports).
#include <sys/resource.h>

inline double peakMb()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0;
}
