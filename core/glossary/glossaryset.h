#pragma once

#include "termentry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bireader {

// A glossary a project sees besides its own: a file attached to the project (CSV, TSV or
// TBX; it stays a file and is read again when it changes), or the user's glossary used by
// every project ($XDG_DATA_HOME/bireader/glossary.csv).
struct GlossaryLayer {
    QString path;
    bool user = false; // the user's glossary, not an attached file
    Glossary glossary;
    QString error; // the file could not be read (it stays listed)
};

QString userGlossaryPath();

// The attached files in order, then the user's glossary when `withUser` and it exists.
QList<GlossaryLayer> loadGlossaryLayers(const QStringList &attached, bool withUser = true);

// The glossary QA, hover and Apply Term use: the project's entries, then each layer's in
// order, a term taken from the first that has it (the project's decision wins). `origin`
// gets, per entry, -1 for the project's or the index of its layer.
Glossary mergedGlossary(const Glossary &project, const QList<GlossaryLayer> &layers, QList<int> *origin = nullptr);

} // namespace bireader
