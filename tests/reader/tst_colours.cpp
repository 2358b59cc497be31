#include "style/colours.h"

#include <QGuiApplication>
#include <QTest>

using namespace bireader::reader;

namespace {

QPalette withBase(const QColor &base)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    return p;
}

const QPalette kLight = withBase(Qt::white);
const QPalette kDark = withBase(QColor(0x1e, 0x1e, 0x1e));

} // namespace

// Colours in one place (issue 17, item 4): every role has a light and a dark variant.
class TestColours : public QObject
{
    Q_OBJECT

private slots:
    void everyRole_hasAColourInBothThemes()
    {
        for (int role = int(Colour::PointedSentence); role <= int(Colour::Confirmed); ++role) {
            QVERIFY2(colour(Colour(role), kLight).isValid(), qPrintable(QString::number(role)));
            QVERIFY2(colour(Colour(role), kDark).isValid(), qPrintable(QString::number(role)));
        }
    }

    void linesAndLabels_standOutFromTheBase()
    {
        // Underlines and coloured words: darker than a light base, lighter than a dark one.
        for (Colour role : { Colour::GlossaryTerm, Colour::Finding, Colour::UnlinkedSentence, Colour::ConfirmedLink,
                             Colour::Reading, Colour::GlossaryLabel, Colour::Warning }) {
            QVERIFY2(colour(role, kLight).lightnessF() < 0.6, qPrintable(colourName(role, kLight)));
            QVERIFY2(colour(role, kDark).lightnessF() > 0.55, qPrintable(colourName(role, kDark)));
        }
    }

    void darkPalette_isRecognised()
    {
        QVERIFY(isDark(kDark));
        QVERIFY(!isDark(kLight));
        QCOMPARE(colour(Colour::GlossaryTerm, kDark), QColor(0x64, 0xb5, 0xf6));
        QCOMPARE(colourName(Colour::GlossaryTerm, kLight), QStringLiteral("#1565c0"));
    }

    void neighbouringLinks_neverShareAColour()
    {
        for (int i = 0; i < 12; ++i) {
            QVERIFY(linkColour(i, kLight) != linkColour(i + 1, kLight));
            QVERIFY(linkColour(i, kDark) != linkColour(i + 1, kDark));
        }
    }

    void highlight_storedColourOrTheDefault()
    {
        QCOMPARE(highlightColour(QStringLiteral("#123456")), QColor(0x12, 0x34, 0x56));
        QCOMPARE(highlightColour({}), QColor(defaultHighlightColour()));
        QCOMPARE(highlightColour(QStringLiteral("not a colour")), QColor(defaultHighlightColour()));
    }
};

QTEST_MAIN(TestColours)
#include "tst_colours.moc"
