#include "qacheck.h"

#include "checks.h"

#include <QSet>

#include <algorithm>

namespace bireader {

QaCheck::~QaCheck() = default;

std::vector<std::unique_ptr<QaCheck>> allChecks()
{
    std::vector<std::unique_ptr<QaCheck>> checks;
    checks.push_back(std::make_unique<MissingCheck>());
    checks.push_back(std::make_unique<UntranslatedCheck>());
    checks.push_back(std::make_unique<NumbersCheck>());
    checks.push_back(std::make_unique<LengthCheck>());
    checks.push_back(std::make_unique<TermCheck>());
    checks.push_back(std::make_unique<InconsistencyCheck>());
    checks.push_back(std::make_unique<BracketsCheck>());
    checks.push_back(std::make_unique<RepeatedWordCheck>());
    checks.push_back(std::make_unique<SpacesCheck>());
    checks.push_back(std::make_unique<LinksCheck>());
    checks.push_back(std::make_unique<TagsCheck>());
    return checks;
}

QList<Finding> runQa(const QaInput &input, const QSet<QString> &accepted)
{
    QList<Finding> all;
    for (const auto &check : allChecks())
        check->run(input, all);
    all.removeIf([&](const Finding &f) { return accepted.contains(f.key()); });
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) { return a.segment < b.segment; });
    return all;
}

} // namespace bireader
