#include "glossaryset.h"

#include "glossaryformats.h"

#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace bireader {

QString userGlossaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/bireader/glossary.csv");
}

QList<GlossaryLayer> loadGlossaryLayers(const QStringList &attached, bool withUser)
{
    QList<GlossaryLayer> out;
    auto load = [&](const QString &path, bool user) {
        GlossaryLayer layer { path, user, {}, {} };
        GlossaryReadResult r = loadGlossaryFile(path);
        if (r.ok())
            layer.glossary = std::move(r.glossary);
        else
            layer.error = r.error;
        out.append(std::move(layer));
    };
    for (const QString &path : attached)
        load(path, false);
    if (withUser && QFileInfo::exists(userGlossaryPath()))
        load(userGlossaryPath(), true);
    return out;
}

Glossary mergedGlossary(const Glossary &project, const QList<GlossaryLayer> &layers, QList<int> *origin)
{
    Glossary out = project;
    if (origin)
        *origin = QList<int>(project.entries.size(), -1);
    QSet<QString> terms;
    for (const TermEntry &e : project.entries)
        terms.insert(e.source);
    for (qsizetype k = 0; k < layers.size(); ++k)
        for (const TermEntry &e : layers[k].glossary.entries)
            if (!terms.contains(e.source)) {
                terms.insert(e.source);
                out.entries.append(e);
                if (origin)
                    origin->append(int(k));
            }
    return out;
}

} // namespace bireader
