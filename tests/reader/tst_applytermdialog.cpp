#include "edit/projectdocument.h"
#include "glossary/applytermdialog.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

#include "../support/interview.h"

using namespace bireader;
using namespace bireader::reader;

// Apply Term's preview: the span found, highlighted; another picked or typed (issue 14, item 4).
class TestApplyTermDialog : public QObject
{
    Q_OBJECT

    Dictionary m_dict;

    static int rowOf(const ApplyTermDialog &, const QList<TermReplacement> &all, int segment)
    {
        for (int row = 0; row < all.size(); ++row)
            if (all[row].segment == segment)
                return row;
        return -1;
    }

private slots:
    void initTestCase() { testing::fillDictionary(m_dict); }

    void preview_showsTheFoundSpan_tickedAndHighlighted()
    {
        const ProjectData data = testing::interview();
        ApplyTermDialog dialog(data, 1, &m_dict);
        QCOMPARE(dialog.proposalCount(), 13);
        const QList<TermReplacement> all = termReplacements(data, 1, &m_dict);
        const int surge = rowOf(dialog, all, 5);
        QCOMPARE(dialog.spanChooser(surge)->currentText(), QStringLiteral("Dark Surge"));
        QCOMPARE(dialog.table()->item(surge, 0)->checkState(), Qt::Checked);
        QVERIFY(dialog.contextHtml(surge).contains(QStringLiteral("<s>Dark Surge</s>")));
        QVERIFY(dialog.contextHtml(surge).contains(QStringLiteral("LatePost")));
        const int dropped = rowOf(dialog, all, 17); // the translation left the term out
        QCOMPARE(dialog.table()->item(dropped, 0)->checkState(), Qt::Unchecked);
        QVERIFY(dialog.spanChooser(dropped)->currentText().isEmpty());
    }

    void typedOrPickedSpan_isTheOneReplaced()
    {
        const ProjectData data = testing::interview();
        ApplyTermDialog dialog(data, 1, &m_dict);
        const QList<TermReplacement> all = termReplacements(data, 1, &m_dict);
        const int dropped = rowOf(dialog, all, 17);
        QComboBox *chooser = dialog.spanChooser(dropped);
        chooser->setEditText(QStringLiteral("nowhere"));
        QCOMPARE(dialog.table()->item(dropped, 0)->checkState(), Qt::Unchecked);
        QVERIFY(dialog.contextHtml(dropped).contains(QStringLiteral("not in this translation")));
        chooser->setEditText(QStringLiteral("someone")); // the user decides: that is the term
        QCOMPARE(dialog.table()->item(dropped, 0)->checkState(), Qt::Checked);
        QVERIFY(dialog.contextHtml(dropped).contains(QStringLiteral("<s>someone</s>")));
        const int surge = rowOf(dialog, all, 5);
        dialog.table()->item(surge, 0)->setCheckState(Qt::Unchecked); // and leaves one out

        ProjectDocument doc(data);
        applyTermReplacements(doc, dialog.chosen());
        QCOMPARE(doc.segment(17).currentTarget().text, QStringLiteral("Let us go, LatePost said."));
        QCOMPARE(doc.segment(5).currentTarget().text, data.document.segments[5].target.text);
        QCOMPARE(doc.segment(6).currentTarget().text, QStringLiteral("\"LatePost\": Why now?"));
        doc.undoStack()->undo(); // one step
        QVERIFY(!doc.segment(17).isCorrected() && !doc.segment(6).isCorrected());
    }
};

QTEST_MAIN(TestApplyTermDialog)
#include "tst_applytermdialog.moc"
