// XLIFF out (issue 16): the imported file with the corrections written back (ids, notes and
// the rest kept; state by segment status), and new XLIFF 1.2 / 2.0 files from any project.
// Each output is imported again. (No XLIFF schema ships with Debian, so the files are
// checked for well-formedness with xmllint where it is installed, and by reading them back.)
#include "export/exporter.h"
#include "io/fileimport.h"
#include "project/projectimport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace bireader;

namespace {

const QByteArray kXliff12 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="lighthouse.txt" source-language="zh" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="intro-1" resname="first">
        <source>老周在北角灯塔工作了三十二年。</source>
        <target state="needs-review-translation">Old Zhou work at lighthouse thirty-two year.</target>
        <note from="editor">keep the name</note>
      </trans-unit>
      <trans-unit id="intro-2">
        <source>每天傍晚，他都要爬<g id="1">一百一十八级</g>台阶。</source>
        <target state="needs-review-translation">Every evening he climbs <g id="1">118</g> steps.</target>
      </trans-unit>
      <trans-unit id="intro-3">
        <source>今晚有雾。</source>
      </trans-unit>
    </body>
  </file>
</xliff>
)";

const QByteArray kXliff20 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1">
    <unit id="u-fog">
      <notes><note>weather</note></notes>
      <segment state="initial">
        <source>今晚有雾。</source>
        <target>Tonight have fog.</target>
      </segment>
    </unit>
    <unit id="u-light">
      <segment>
        <source>船会比平时更需要光。</source>
        <target>The ships will need the light more than usual.</target>
      </segment>
    </unit>
  </file>
</xliff>
)";

struct Imported {
    ProjectData data;
    QString path;
};

Imported importXliff(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    f.close();
    const ImportResult r = importFiles({ path }, {});
    return { projectFromImport(r, { path }), path };
}

QList<std::pair<QString, QString>> pairsOf(const QTemporaryDir &dir, const QByteArray &xliff, const QString &name)
{
    const Imported again = importXliff(dir, name, xliff);
    QList<std::pair<QString, QString>> out;
    for (const Segment &s : again.data.document.segments)
        out.append({ s.source.text, s.target.text });
    return out;
}

// attribute `name` of the n-th element `element` (0-based), or "".
QString attributeOf(const QByteArray &xml, const QString &element, int n, const QString &name)
{
    QXmlStreamReader r(xml);
    int seen = 0;
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element && seen++ == n)
            return r.attributes().value(name).toString();
    return {};
}

void wellFormed(const QTemporaryDir &dir, const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return;
    const QString path = dir.filePath(QStringLiteral("check.xml"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(xml);
    f.close();
    QCOMPARE(QProcess::execute(xmllint, { QStringLiteral("--noout"), path }), 0);
}

} // namespace

class TestXliffExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void xliff12_correctionsWrittenBack_idsNotesAndMarkupKept()
    {
        Imported p = importXliff(m_dir, QStringLiteral("lighthouse.xlf"), kXliff12);
        QCOMPARE(p.data.document.segments.size(), 3);
        QList<Segment> &s = p.data.document.segments;
        s[0].corrected = SideText { QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years."),
                                    {}, s[0].target.origin };
        s[2].corrected = SideText { QStringLiteral("There is fog tonight."), {}, s[2].target.origin };
        s[2].confirmed = true;
        const QByteArray out = exportProject(p.data, ExportFormat::Xliff);
        wellFormed(m_dir, out);
        QCOMPARE(attributeOf(out, QStringLiteral("trans-unit"), 0, QStringLiteral("id")), QStringLiteral("intro-1"));
        QCOMPARE(attributeOf(out, QStringLiteral("trans-unit"), 0, QStringLiteral("resname")), QStringLiteral("first"));
        QCOMPARE(attributeOf(out, QStringLiteral("target"), 0, QStringLiteral("state")), QStringLiteral("translated"));
        QCOMPARE(attributeOf(out, QStringLiteral("note"), 0, QStringLiteral("from")), QStringLiteral("editor"));
        // The unit untouched keeps its markup; the one without a target got one.
        QVERIFY2(out.contains("climbs <g id=\"1\">118</g> steps."), out.constData());
        QCOMPARE(attributeOf(out, QStringLiteral("target"), 1, QStringLiteral("state")),
                 QStringLiteral("needs-review-translation"));
        QCOMPARE(attributeOf(out, QStringLiteral("target"), 2, QStringLiteral("state")), QStringLiteral("signed-off"));
        const auto pairs = pairsOf(m_dir, out, QStringLiteral("back.xlf"));
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs[0].second, QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years."));
        QCOMPARE(pairs[1].second, QStringLiteral("Every evening he climbs 118 steps."));
        QCOMPARE(pairs[2].second, QStringLiteral("There is fog tonight."));
    }

    void xliff20_segmentStateAndTarget_writtenBack()
    {
        Imported p = importXliff(m_dir, QStringLiteral("fog.xlf"), kXliff20);
        QList<Segment> &s = p.data.document.segments;
        s[0].corrected = SideText { QStringLiteral("There is fog tonight."), {}, s[0].target.origin };
        s[1].confirmed = true;
        const QByteArray out = exportProject(p.data, ExportFormat::Xliff);
        wellFormed(m_dir, out);
        QCOMPARE(attributeOf(out, QStringLiteral("unit"), 0, QStringLiteral("id")), QStringLiteral("u-fog"));
        QCOMPARE(attributeOf(out, QStringLiteral("segment"), 0, QStringLiteral("state")), QStringLiteral("translated"));
        QCOMPARE(attributeOf(out, QStringLiteral("segment"), 1, QStringLiteral("state")), QStringLiteral("reviewed"));
        QVERIFY(out.contains("<note>weather</note>"));
        const auto pairs = pairsOf(m_dir, out, QStringLiteral("back2.xlf"));
        QCOMPARE(pairs[0].second, QStringLiteral("There is fog tonight."));
        QCOMPARE(pairs[1].second, QStringLiteral("The ships will need the light more than usual."));
    }

    void newFiles_fromAnyProject_1and2_confirmedOnly()
    {
        ProjectData data;
        data.document.sourceLanguage = QStringLiteral("zh");
        data.document.targetLanguage = QStringLiteral("en");
        for (const auto &[zh, en] : { std::pair { u"灯塔很老。", "The lighthouse is old." },
                                      std::pair { u"他笑了 & 走了。", "He smiled <and> left." } }) {
            Segment s;
            s.source.text = QString::fromUtf16(zh);
            s.target.text = QString::fromUtf8(en);
            data.document.segments.append(s);
        }
        data.document.segments[1].confirmed = true;
        for (const ExportFormat format : { ExportFormat::Xliff, ExportFormat::Xliff2 }) {
            const QByteArray out = exportProject(data, format);
            wellFormed(m_dir, out);
            const auto pairs = pairsOf(m_dir, out, QStringLiteral("new.xlf"));
            QCOMPARE(pairs.size(), 2);
            QCOMPARE(pairs[1].first, QStringLiteral("他笑了 & 走了。"));
            QCOMPARE(pairs[1].second, QStringLiteral("He smiled <and> left."));
            ExportOptions confirmed;
            confirmed.confirmedOnly = true;
            QCOMPARE(pairsOf(m_dir, exportProject(data, format, confirmed), QStringLiteral("c.xlf")).size(), 1);
        }
        QCOMPARE(attributeOf(exportProject(data, ExportFormat::Xliff2), QStringLiteral("segment"), 1,
                             QStringLiteral("state")),
                 QStringLiteral("reviewed"));
    }
};

QTEST_GUILESS_MAIN(TestXliffExport)
#include "tst_xliffexport.moc"
