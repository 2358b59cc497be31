#include "allocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <thread>
#include <sys/resource.h>

using namespace bireader;

namespace {

// Sanitizers bring their own allocator: glibc's settings do not apply there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kGlibcAllocator = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kGlibcAllocator = false;
#else
constexpr bool kGlibcAllocator = true;
#endif
#else
constexpr bool kGlibcAllocator = true;
#endif

constexpr size_t kBlock = size_t(8) << 20;

long pageFaults()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_minflt;
}

// Writes every byte of a block, in a way the compiler cannot leave out.
void fill(char *p, size_t size)
{
    memset(p, 1, size);
    __asm__ volatile("" : : "r"(p) : "memory");
}

// Allocates a block, writes every byte of it, frees it; returns the page faults it took.
long touchBlock()
{
    const long before = pageFaults();
    char *p = static_cast<char *>(malloc(kBlock));
    fill(p, kBlock);
    const long faults = pageFaults() - before;
    free(p);
    return faults;
}

qint64 anonHugePagesKb()
{
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("AnonHugePages:"))
            return line.mid(14).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool kernelOffersHugePages()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return f.open(QIODevice::ReadOnly) && !f.readAll().contains("[never]");
}

} // namespace

class TestAllocator : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
#if !defined(__GLIBC__) || !defined(__linux__)
        QSKIP("the allocator settings are for glibc on Linux");
#endif
        if (!kGlibcAllocator)
            QSKIP("a sanitizer's allocator is in use");
    }

    void freedBlock_isReusedWithoutNewPages()
    {
        touchBlock();
        // 8 MB is 2,048 fresh pages; the freed block's memory is reused instead.
        QVERIFY2(touchBlock() < 64, "a freed 8 MB block was given back to the system");
    }

    void workerThreads_shareAPreparedHeap()
    {
        if (!kernelOffersHugePages())
            QSKIP("transparent huge pages are off in this kernel: a worker's heap starts with fresh pages");
        long first = -1, second = -1;
        std::thread([&first] { first = touchBlock(); }).join();
        std::thread([&second] { second = touchBlock(); }).join();
        // 8 MB is 2,048 fresh 4 KB pages; a prepared huge-page heap takes a few faults,
        // and the next worker reuses it.
        QVERIFY2(first < 64, qPrintable(QStringLiteral("%1 page faults in the first worker").arg(first)));
        QVERIFY2(second < 64, qPrintable(QStringLiteral("%1 page faults in the second worker").arg(second)));
    }

    void heapMemory_comesInHugePages()
    {
        if (!kernelOffersHugePages())
            QSKIP("transparent huge pages are off in this kernel");
        char *p = static_cast<char *>(malloc(kBlock));
        fill(p, kBlock);
        const qint64 huge = anonHugePagesKb();
        free(p);
        if (huge < 0)
            QSKIP("no /proc/self/smaps_rollup");
        QVERIFY2(huge >= 2048, qPrintable(QStringLiteral("AnonHugePages: %1 kB").arg(huge)));
    }
};

int main(int argc, char **argv)
{
    configureAllocator(); // first, as the executables do
    QCoreApplication app(argc, argv);
    TestAllocator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_allocator.moc"
