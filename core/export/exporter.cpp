#include "exporter.h"

#include "exportwriters.h"
#include "model/logging.h"
#include "text/safewrite.h"

#include <QCoreApplication>

namespace bireader {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (n == QLatin1String("html"))
        return ExportFormat::Html;
    if (n == QLatin1String("tmx"))
        return ExportFormat::Tmx;
    if (n == QLatin1String("anki"))
        return ExportFormat::Anki;
    if (n == QLatin1String("anki-cloze"))
        return ExportFormat::AnkiCloze;
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return ExportFormat::Text;
    if (n == QLatin1String("target"))
        return ExportFormat::TargetText;
    if (n == QLatin1String("xliff") || n == QLatin1String("xlf"))
        return ExportFormat::Xliff;
    if (n == QLatin1String("xliff2"))
        return ExportFormat::Xliff2;
    return std::nullopt;
}

QByteArray exportProject(const ProjectData &data, ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Markdown:
        return exportMarkdown(data);
    case ExportFormat::Html:
        return exportHtml(data, options);
    case ExportFormat::Tmx:
        return exportTmx(data, options.confirmedOnly);
    case ExportFormat::Anki:
        return exportAnki(data);
    case ExportFormat::AnkiCloze:
        return exportAnkiCloze(data);
    case ExportFormat::Text:
        return exportText(data, true);
    case ExportFormat::TargetText:
        return exportText(data, false);
    case ExportFormat::Xliff:
        if (const SourceText *original = importedXliff(data); original && !options.confirmedOnly) {
            if (Result<QByteArray> back = writeBackXliff(data, *original))
                return std::move(back).value();
            else
                qCWarning(lcIo) << "XLIFF written anew:" << back.error();
        }
        return exportXliff12(data, options.confirmedOnly);
    case ExportFormat::Xliff2:
        return exportXliff20(data, options.confirmedOnly);
    }
    return {};
}

Result<> exportToFile(const ProjectData &data, ExportFormat format, const QString &path, const ExportOptions &options)
{
    return writeFileSafely(path, exportProject(data, format, options));
}

} // namespace bireader
