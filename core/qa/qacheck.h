#pragma once

#include "finding.h"
#include "glossary/termentry.h"
#include "model/document.h"

#include <QList>
#include <QSet>
#include <memory>
#include <vector>

namespace bireader {

// What every check may look at.
struct QaInput {
    const Document &document;
    const Glossary &glossary;
};

// One kind of QA check. Add a check: subclass, implement run(), list it in allChecks().
class QaCheck
{
public:
    virtual ~QaCheck();
    virtual FindingKind kind() const = 0;
    virtual void run(const QaInput &input, QList<Finding> &out) const = 0;
};

std::vector<std::unique_ptr<QaCheck>> allChecks();

// Runs every check; findings whose key is in `accepted` are left out.
QList<Finding> runQa(const QaInput &input, const QSet<QString> &accepted = {});

} // namespace bireader
