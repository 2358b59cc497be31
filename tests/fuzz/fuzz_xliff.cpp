// The XLIFF reader (1.2 and 2.0) on arbitrary bytes, and the write-back of what it read:
// every other unit corrected, every third confirmed, the file written back must parse.
#include "export/exporter.h"
#include "fuzzsupport.h"
#include "io/xliffreader.h"

#include <QXmlStreamReader>

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const ImportResult r = XliffReader().read(buffer, QStringLiteral("m.xlf"), {});
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("m.xlf")), "an error names the file");
    if (!r.ok() || in.contains("DOCTYPE"))
        return 0; // a DTD's entities are the reader's business; the write-back copies them as they are
    ProjectData project;
    project.document = r.document;
    project.sources.append({ QStringLiteral("m.xlf"), QStringLiteral("UTF-8"), QString::fromUtf8(in) });
    QList<Segment> &segments = project.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i % 2 == 0)
            segments[i].corrected
                = SideText { QStringLiteral("Fixed <%1> & done. Twice.").arg(i), {}, segments[i].target.origin };
        segments[i].confirmed = i % 3 == 0;
    }
    const QByteArray out = exportProject(project, ExportFormat::Xliff);
    QXmlStreamReader again(out);
    while (!again.atEnd())
        again.readNext();
    fuzz::check(!again.hasError(), "the written-back file parses");
    return 0;
}
