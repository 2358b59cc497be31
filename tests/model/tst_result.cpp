#include "model/result.h"

#include <QTest>

#include <memory>

using namespace bireader;

namespace {

Result<int> parsed(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return Error { QStringLiteral("%1: not a number").arg(text) };
    return n;
}

Result<> checked(int n)
{
    if (n < 0)
        return Error { QStringLiteral("negative") };
    return {};
}

} // namespace

// Errors as values at the store, import and export boundaries (issue 17, item 2).
class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void value_isOkAndHasNoError()
    {
        const Result<int> r = parsed(QStringLiteral("42"));
        QVERIFY(r.ok());
        QVERIFY(bool(r));
        QCOMPARE(r.value(), 42);
        QVERIFY(r.error().isEmpty());
    }

    void error_isNotOkAndSaysWhy()
    {
        const Result<int> r = parsed(QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("x: not a number"));
    }

    void voidResult_okOrError()
    {
        QVERIFY(checked(1).ok());
        const Result<> failed = checked(-1);
        QVERIFY(!failed);
        QCOMPARE(failed.error(), QStringLiteral("negative"));
    }

    void emptyMessage_stillFails()
    {
        // An error without words is still an error, never a silent success.
        const Result<> r = Error {};
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
        const Result<int> n = Error {};
        QVERIFY(!n.ok());
    }

    void moveOnlyValue_movesOut()
    {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
        QVERIFY(r.ok());
        const std::unique_ptr<int> p = std::move(r).value();
        QCOMPARE(*p, 7);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
