// The CSV/TSV glossary reader (RFC 4180 quoting) on arbitrary bytes; what parses writes
// back and parses to the same fields (once the cells defused against formula injection are
// restored).
#include "fuzzsupport.h"
#include "glossary/csvreader.h"
#include "glossary/glossaryformats.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    // Any input: a result or an error, never a crash.
    [[maybe_unused]] const GlossaryReadResult parsed
        = readGlossary(buffer, QStringLiteral("g.csv"), size % 2 ? GlossaryFormat::Csv : GlossaryFormat::Tsv);
    QString error;
    const QString text = QString::fromUtf8(in);
    const QList<QStringList> rows = parseCsv(text, QLatin1Char(','), &error);
    if (error.isEmpty()) {
        QString written;
        for (const QStringList &row : rows)
            written += csvRecord(row, QLatin1Char(',')) + QLatin1Char('\n');
        QString again;
        QList<QStringList> reread = parseCsv(written, QLatin1Char(','), &again);
        fuzz::check(again.isEmpty(), "written CSV parses");
        for (QStringList &row : reread) // cells that could run as formulas were written defused
            for (QString &cell : row)
                cell = restoredCell(cell);
        fuzz::check(reread == rows, "written CSV reads back as the same fields");
    }
    return 0;
}
