#include "../support/result.h"
#include "edit/edittranslationcommand.h"
#include "edit/projectdocument.h"
#include "store/projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace bireader;

namespace {

// A segment whose sides are sentences joined by a space (English) or nothing (Chinese).
Segment segment(const QStringList &zh, const QStringList &en)
{
    Segment s;
    for (const QString &z : zh) {
        s.source.sentences.append({ int(s.source.text.size()), int(z.size()) });
        s.source.text += z;
    }
    for (const QString &e : en) {
        if (!s.target.text.isEmpty())
            s.target.text += QLatin1Char(' ');
        s.target.sentences.append({ int(s.target.text.size()), int(e.size()) });
        s.target.text += e;
    }
    for (int k = 0; k < std::min(zh.size(), en.size()); ++k)
        s.beads.append({ k, 1, k, 1, 0.9 });
    return s;
}

ProjectData sample()
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    p.document.segments
        = { segment({ QStringLiteral("今晚有雾。") }, { QStringLiteral("There is fog tonight.") }),
            segment({ QStringLiteral("船需要光。"), QStringLiteral("老周笑了。") },
                    { QStringLiteral("Ship need light."), QStringLiteral("Old Zhou smiled.") }),
            segment({ QStringLiteral("明年灯塔自动化。") }, { QStringLiteral("Next year it is automated.") }) };
    p.highlights = { { 1, Side::Target, { 17, 8 }, QStringLiteral("#ffd54f"), QStringLiteral("name") } }; // "Old Zhou"
    return p;
}

QString highlighted(const ProjectDocument &d, int k)
{
    const Highlight &h = d.data().highlights[k];
    const Segment &s = d.segment(h.segment);
    return (h.side == Side::Source ? s.source : s.currentTarget()).text.mid(h.range.start, h.range.length);
}

} // namespace

class TestProjectDocument : public QObject
{
    Q_OBJECT

private slots:
    void edit_undo_redo()
    {
        ProjectDocument d(sample());
        QSignalSpy changed(&d, &ProjectDocument::segmentChanged);
        d.editTranslation(1, QStringLiteral("The ships need the light. Old Zhou smiled."));
        QVERIFY(d.segment(1).isCorrected());
        QCOMPARE(d.segment(1).currentTarget().sentences.size(), 2); // split with ICU
        QCOMPARE(d.segment(1).target.text, QStringLiteral("Ship need light. Old Zhou smiled.")); // original kept
        QCOMPARE(changed.size(), 1);
        d.undoStack()->undo();
        QVERIFY(!d.segment(1).isCorrected());
        d.undoStack()->redo();
        QCOMPARE(d.segment(1).currentTarget().text, QStringLiteral("The ships need the light. Old Zhou smiled."));
    }

    // Types `text` at the end of segment 1's translation one character at a time.
    static void type(ProjectDocument &d, const QString &text)
    {
        for (const QChar c : text)
            d.editTranslation(1, d.segment(1).currentTarget().text + c);
    }

    void typing_undoesAWordAtATime_likeATextEditor()
    {
        ProjectDocument d(sample());
        const QString mt = d.segment(1).target.text;
        type(d, QStringLiteral(" He lit it."));
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral(" He lit it."));
        d.undoStack()->undo(); // "it."
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral(" He lit "));
        d.undoStack()->undo(); // "lit "
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral(" He "));
        d.undoStack()->redo();
        d.undoStack()->redo();
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral(" He lit it."));

        // Deleting is a step apart from the typing before it; a paste is a step of its own.
        const int steps = d.undoStack()->count();
        for (int k = 0; k < 3; ++k)
            d.editTranslation(1, d.segment(1).currentTarget().text.chopped(1));
        QCOMPARE(d.undoStack()->count(), steps + 1);
        d.editTranslation(1, d.segment(1).currentTarget().text + QStringLiteral("all the lamps"));
        QCOMPARE(d.undoStack()->count(), steps + 2);
        d.editTranslation(0, QStringLiteral("Fog tonight.")); // another segment
        QCOMPARE(d.undoStack()->count(), steps + 3);
    }

    void typing_afterAPause_isANewStep()
    {
        ProjectDocument d(sample());
        const QString mt = d.segment(1).target.text;
        type(d, QStringLiteral(" Hel"));
        QTest::qWait(int(EditTranslationCommand::kPauseMs) + 50);
        type(d, QStringLiteral("lo"));
        d.undoStack()->undo();
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral(" Hel"));
    }

    void typingChinese_stepsAtPunctuation_andPerInputMethodCommit()
    {
        ProjectData p = sample();
        ProjectDocument d(std::move(p));
        const QString mt = d.segment(1).target.text;
        d.editTranslation(1, mt + QStringLiteral("灯塔")); // an input method commits a word
        d.editTranslation(1, mt + QStringLiteral("灯塔亮"));
        d.editTranslation(1, mt + QStringLiteral("灯塔亮了"));
        d.editTranslation(1, mt + QStringLiteral("灯塔亮了。"));
        d.editTranslation(1, mt + QStringLiteral("灯塔亮了。船"));
        d.undoStack()->undo();
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral("灯塔亮了。"));
        d.undoStack()->undo();
        QCOMPARE(d.segment(1).currentTarget().text, mt + QStringLiteral("灯塔"));
    }

    void revert_toTheOriginal_andUndo()
    {
        ProjectDocument d(sample());
        d.editTranslation(0, QStringLiteral("Fog tonight."));
        d.revertTranslation(0);
        QVERIFY(!d.segment(0).isCorrected());
        d.undoStack()->undo();
        QCOMPARE(d.segment(0).currentTarget().text, QStringLiteral("Fog tonight."));
    }

    void merge_keepsHighlightsOnTheirText()
    {
        ProjectDocument d(sample());
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        d.mergeWithNext(0);
        QCOMPARE(d.segmentCount(), 2);
        QCOMPARE(d.segment(0).source.text,
                 QStringLiteral("今晚有雾。船需要光。老周笑了。")); // as Chinese joins sentences
        QCOMPARE(d.segment(0).target.text, QStringLiteral("There is fog tonight. Ship need light. Old Zhou smiled."));
        QCOMPARE(d.segment(0).source.sentences.size(), 3);
        QCOMPARE(d.segment(0).beads.size(), 3);
        QCOMPARE(d.data().highlights[0].segment, 0);
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        d.undoStack()->undo();
        QCOMPARE(d.segmentCount(), 3);
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
    }

    void split_keepsHighlightsOnTheirText()
    {
        ProjectDocument d(sample());
        QSignalSpy replaced(&d, &ProjectDocument::segmentsReplaced);
        d.split(1, 1, 1);
        QCOMPARE(d.segmentCount(), 4);
        QCOMPARE(d.segment(1).source.text, QStringLiteral("船需要光。"));
        QCOMPARE(d.segment(1).target.text, QStringLiteral("Ship need light."));
        QCOMPARE(d.segment(2).target.text, QStringLiteral("Old Zhou smiled."));
        QCOMPARE(d.segment(2).beads, (Alignment { { 0, 1, 0, 1, 0.9 } }));
        QCOMPARE(d.data().highlights[0].segment, 2);
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        QCOMPARE(replaced.size(), 1);
        d.undoStack()->undo();
        QCOMPARE(d.segmentCount(), 3);
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        d.split(1, 0, 0); // nothing before the cut: refused
        QCOMPARE(d.segmentCount(), 3);
    }

    void moveSentence_toPreviousAndNext_oneUndoStep()
    {
        ProjectDocument d(sample());
        d.moveSentence(1, Side::Source, false); // 船需要光。 joins segment 0
        QCOMPARE(d.segmentCount(), 3);
        QCOMPARE(d.segment(0).source.text, QStringLiteral("今晚有雾。船需要光。"));
        QCOMPARE(d.segment(0).beads, (Alignment { { 0, 2, 0, 1 } })); // it keeps a counterpart: a 2-1 link
        QCOMPARE(d.segment(1).source.text, QStringLiteral("老周笑了。"));
        QCOMPARE(d.segment(1).target.text, QStringLiteral("Ship need light. Old Zhou smiled.")); // the other side stays
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        QCOMPARE(d.undoStack()->count(), 1);
        d.undoStack()->undo();
        QCOMPARE(d.data(), ProjectDocument(sample()).data());

        d.moveSentence(1, Side::Target, true); // "Old Zhou smiled." opens segment 2
        QCOMPARE(d.segmentCount(), 3);
        QCOMPARE(d.segment(1).target.text, QStringLiteral("Ship need light."));
        QCOMPARE(d.segment(2).target.text, QStringLiteral("Old Zhou smiled. Next year it is automated."));
        QCOMPARE(d.segment(2).beads, (Alignment { { 0, 1, 0, 2 } }));
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        d.undoStack()->undo();
        QCOMPARE(d.data(), ProjectDocument(sample()).data());
    }

    void moveSentence_andBack_givesTheSegmentsBackAsTheyWere()
    {
        ProjectDocument d(sample());
        const ProjectData before = d.data();
        d.moveSentence(1, Side::Source, false); // 船需要光。 to segment 0 ...
        d.moveSentence(0, Side::Source, true); // ... and back to segment 1
        QCOMPARE(d.segment(0).source.text, before.document.segments[0].source.text); // no line break added
        QCOMPARE(d.segment(1).source.text, before.document.segments[1].source.text);
        QCOMPARE(d.segment(1).beads.size(), 2);
        for (const Bead &b : d.segment(1).beads)
            QVERIFY(b.sourceCount > 0 && b.targetCount > 0); // linked, not 1-0
    }

    void mergeThenSplit_givesBothParagraphsBack()
    {
        ProjectDocument d(sample());
        const ProjectData before = d.data();
        d.mergeWithNext(0);
        d.split(0, 1, 1);
        QCOMPARE(d.segment(0).source.text, before.document.segments[0].source.text);
        QCOMPARE(d.segment(0).target.text, before.document.segments[0].target.text);
        QCOMPARE(d.segment(1).source.text, before.document.segments[1].source.text);
        QCOMPARE(d.segment(1).target.text, before.document.segments[1].target.text);
    }

    void splitThroughANote_keepsBothParts()
    {
        ProjectDocument d(sample());
        const int length = int(d.segment(1).target.text.size());
        d.addHighlight({ 1, Side::Target, { 5, length - 5 }, QStringLiteral("#a5d6a7"), QStringLiteral("check") });
        d.split(1, 1, 1);
        QList<Highlight> notes;
        for (const Highlight &h : d.data().highlights)
            if (h.note == QLatin1String("check"))
                notes << h;
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].segment, 1);
        QCOMPARE(d.segment(1).target.text.mid(notes[0].range.start, notes[0].range.length),
                 QStringLiteral("need light."));
        QCOMPARE(notes[1].segment, 2);
        QCOMPARE(d.segment(2).target.text.mid(notes[1].range.start, notes[1].range.length),
                 QStringLiteral("Old Zhou smiled."));
        QCOMPARE(notes[1].color, QStringLiteral("#a5d6a7"));
    }

    void moveSentence_atTheEdges_doesNothing()
    {
        ProjectDocument d(sample());
        d.moveSentence(0, Side::Source, false);
        d.moveSentence(2, Side::Target, true);
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void accepted_isUndoable_andStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.bireader"));
        ProjectStore store;
        QVERIFY_OK(store.create(path, sample()));
        ProjectData data;
        QVERIFY_OPEN(store, path, data);
        ProjectDocument d(data);
        d.setStore(&store);
        QSignalSpy changed(&d, &ProjectDocument::acceptedChanged);
        d.setAccepted(QStringLiteral("numbers:1:abc"), true);
        d.setAccepted(QStringLiteral("numbers:1:abc"), true); // already: no second command
        QCOMPARE(d.undoStack()->count(), 1);
        QVERIFY(d.data().acceptedFindings.contains(QStringLiteral("numbers:1:abc")));
        QCOMPARE(changed.size(), 1);
        ProjectStore again;
        ProjectData reread;
        store.close();
        QVERIFY_OPEN(again, path, reread);
        QVERIFY(reread.acceptedFindings.contains(QStringLiteral("numbers:1:abc")));
        again.close();
        QVERIFY_OPEN(store, path, data);
        d.undoStack()->undo();
        QVERIFY(d.data().acceptedFindings.isEmpty());
    }

    void status_confirmed_undoable_stored_andTheNextOneWaiting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.bireader"));
        ProjectStore store;
        QVERIFY_OK(store.create(path, sample()));
        ProjectData data;
        QVERIFY_OPEN(store, path, data);
        ProjectDocument d(data);
        d.setStore(&store);
        QCOMPARE(d.segment(0).status(), SegmentStatus::MachineTranslation);
        d.editTranslation(1, QStringLiteral("The ships need the light. Old Zhou smiled."));
        QCOMPARE(d.segment(1).status(), SegmentStatus::Draft);
        QCOMPARE(d.nextUnconfirmed(-1), 0);
        d.setConfirmed(0, true);
        d.setConfirmed(0, true); // already: no second command
        QCOMPARE(d.segment(0).status(), SegmentStatus::Confirmed);
        QCOMPARE(d.nextUnconfirmed(-1), 1);
        QCOMPARE(d.nextUnconfirmed(0), 1);
        d.setConfirmed(1, true);
        QCOMPARE(d.segment(1).status(), SegmentStatus::Confirmed);
        d.setExcluded(2, true);
        QCOMPARE(d.nextUnconfirmed(-1), -1); // all done: the excluded one waits for nothing
        store.close();
        ProjectStore again;
        ProjectData reread;
        QVERIFY_OPEN(again, path, reread);
        QVERIFY(reread.document.segments[0].confirmed && reread.document.segments[1].confirmed);
        QVERIFY(!reread.document.segments[2].confirmed);
        again.close();
        QVERIFY_OPEN(store, path, data);
        d.undoStack()->undo(); // excluded
        d.undoStack()->undo(); // confirmed 1
        QCOMPARE(d.segment(1).status(), SegmentStatus::Draft);
        // Merging keeps the confirmation only if both were confirmed.
        d.mergeWithNext(0);
        QVERIFY(!d.segment(0).confirmed);
    }

    void editingAConfirmedTranslation_takesTheConfirmationBack_undoRestoresIt()
    {
        ProjectDocument d(sample());
        d.setConfirmed(0, true);
        QCOMPARE(d.confirmedCount(), 1);
        d.editTranslation(0, QStringLiteral("There is fog tonight!"));
        QCOMPARE(d.segment(0).status(), SegmentStatus::Draft);
        QCOMPARE(d.confirmedCount(), 0);
        d.editTranslation(0, QStringLiteral("There is fog tonight!!"));
        d.undoStack()->undo();
        QCOMPARE(d.segment(0).status(), SegmentStatus::Draft); // the second edit found it a draft
        d.undoStack()->undo();
        QCOMPARE(d.segment(0).status(), SegmentStatus::Confirmed);
        QCOMPARE(d.segment(0).currentTarget().text, d.segment(0).target.text);
        d.undoStack()->redo();
        QCOMPARE(d.segment(0).status(), SegmentStatus::Draft);
        // Confirming after the edit is its own step, as before.
        d.setConfirmed(0, true);
        QCOMPARE(d.segment(0).status(), SegmentStatus::Confirmed);
    }

    void replaceSegments_movesLaterHighlights_andUndoes()
    {
        ProjectDocument d(sample());
        QList<Segment> one { d.segment(0) };
        one[0].target.text = QStringLiteral("Fog.");
        one[0].target.sentences = { { 0, 4 } };
        d.replaceSegments(0, 1, { one[0], d.segment(0) }, QStringLiteral("Re-align"));
        QCOMPARE(d.segmentCount(), 4);
        QCOMPARE(d.data().highlights[0].segment, 2);
        QCOMPARE(highlighted(d, 0), QStringLiteral("Old Zhou"));
        d.undoStack()->undo();
        QCOMPARE(d.data(), ProjectDocument(sample()).data());
    }

    void editTranslations_areOneUndoStep()
    {
        ProjectDocument d(sample());
        d.editTranslations({ { 0, QStringLiteral("Fog tonight.") }, { 2, QStringLiteral("Next year: automated.") } },
                           QStringLiteral("Replace"));
        QVERIFY(d.segment(0).isCorrected());
        QVERIFY(d.segment(2).isCorrected());
        QCOMPARE(d.undoStack()->count(), 1);
        d.undoStack()->undo();
        QVERIFY(!d.segment(0).isCorrected());
        QVERIFY(!d.segment(2).isCorrected());
    }

    void removeVocabulary_undoes()
    {
        ProjectDocument d(sample());
        d.addVocabulary({ QStringLiteral("灯塔"), QStringLiteral("dēng tǎ"), QStringLiteral("lighthouse"), {}, 2 });
        QSignalSpy changed(&d, &ProjectDocument::vocabularyChanged);
        d.removeVocabulary(0);
        QVERIFY(d.data().vocabulary.isEmpty());
        d.undoStack()->undo();
        QCOMPARE(d.data().vocabulary.size(), 1);
        QCOMPARE(changed.size(), 2);
    }

    void everyChange_isInTheFileAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.bireader"));
        ProjectStore store;
        QVERIFY_OK(store.create(path, sample()));
        ProjectDocument d(sample());
        d.setStore(&store);
        QSignalSpy failed(&d, &ProjectDocument::storeFailed);
        d.editTranslation(1, QStringLiteral("The ships need the light. Old Zhou smiled."));
        d.mergeWithNext(1);
        d.addHighlight({ 0, Side::Source, { 0, 2 }, QStringLiteral("#90caf9"), QStringLiteral("tonight") });
        d.addVocabulary(
            { QStringLiteral("雾"), QStringLiteral("wù"), QStringLiteral("fog"), QStringLiteral("今晚有雾。"), 0 });
        Glossary g;
        g.entries.append({ QStringLiteral("灯塔"), { QStringLiteral("lighthouse") }, {}, {}, {} });
        d.setGlossary(g);
        QVERIFY(failed.isEmpty());
        ProjectData read;
        QVERIFY_OPEN(ProjectStore(), path, read);
        QCOMPARE(read, d.data());
        // Undo is written too.
        while (d.undoStack()->canUndo())
            d.undoStack()->undo();
        QVERIFY_OPEN(ProjectStore(), path, read);
        QCOMPARE(read.document, sample().document);
        QCOMPARE(read.highlights, sample().highlights);
        QVERIFY(read.vocabulary.isEmpty() && read.glossary.entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
