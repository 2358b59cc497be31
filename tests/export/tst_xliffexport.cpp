// XLIFF out (issue 16): the imported file with the corrections written back (ids, notes and
// the rest kept; state by segment status), and new XLIFF 1.2 / 2.0 files from any project.
// Each output is imported again and validated against the OASIS XLIFF schemas (Debian
// ships them in php-symfony-translation, which scripts/setup.sh installs; elsewhere point
// BIREADER_XLIFF_SCHEMAS at a folder holding xliff-core-1.2-strict.xsd, xliff-core-2.0.xsd
// and xml.xsd).
#include "export/exporter.h"
#include "io/fileimport.h"
#include "project/projectimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

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

// What tools leave in XLIFF files: groups, a signed-off unit, MT alternatives, context,
// segmented sources, inline markup; 2.0 translation candidates and ignorables.
const QByteArray kRich12 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="harbour.txt" source-language="zh" target-language="en" datatype="plaintext">
    <header>
      <tool tool-id="mt" tool-name="Some MT"/>
    </header>
    <body>
      <group id="chapter-1">
        <trans-unit id="h1" approved="yes">
          <source>港口</source>
          <target state="signed-off">The Harbour</target>
        </trans-unit>
        <trans-unit id="p1">
          <source>渔船在黎明前出海。</source>
          <target state="needs-review-translation" state-qualifier="mt-suggestion">Fishing boat go sea before dawn.</target>
          <context-group purpose="location">
            <context context-type="linenumber">3</context>
          </context-group>
          <alt-trans origin="other-mt">
            <source>渔船在黎明前出海。</source>
            <target>The fishing boats put out to sea before dawn.</target>
          </alt-trans>
        </trans-unit>
        <trans-unit id="p2">
          <source>雾散了。他们回来了。</source>
          <seg-source><mrk mtype="seg" mid="1">雾散了。</mrk><mrk mtype="seg" mid="2">他们回来了。</mrk></seg-source>
          <note>two sentences</note>
        </trans-unit>
        <trans-unit id="p3">
          <source>灯塔的光<g id="1">很亮</g>。</source>
          <target state="translated">The lighthouse beam is <g id="1">bright</g>.</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
)";

const QByteArray kRich20 = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <mtc:matches>
        <mtc:match ref="#s1">
          <source>雾散了。</source>
          <target>The mist lifted.</target>
        </mtc:match>
      </mtc:matches>
      <segment id="s1" state="final">
        <source>雾散了。</source>
        <target>The fog cleared.</target>
      </segment>
      <ignorable>
        <source> </source>
      </ignorable>
      <segment id="s2" state="reviewed">
        <source>他们回来了。</source>
        <target>They <pc id="1">came back</pc>.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment id="s3">
        <source>港口很安静。</source>
        <target>Harbour very quiet.</target>
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

QList<bool> confirmedOf(const QTemporaryDir &dir, const QByteArray &xliff)
{
    QList<bool> out;
    for (const Segment &s : importXliff(dir, QStringLiteral("status.xlf"), xliff).data.document.segments)
        out.append(s.confirmed);
    return out;
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

QString schemaFolder()
{
    const QString configured = qEnvironmentVariable("BIREADER_XLIFF_SCHEMAS");
    const QString folder = configured.isEmpty()
        ? QStringLiteral("/usr/share/php/Symfony/Component/Translation/Resources/schemas")
        : configured;
    return QFile::exists(folder + QStringLiteral("/xliff-core-1.2-strict.xsd")) ? folder : QString();
}

void collectError(void *errors, const xmlError *error)
{
    static_cast<QStringList *>(errors)->append(
        QStringLiteral("line %1: %2").arg(error->line).arg(QString::fromUtf8(error->message).trimmed()));
}

// The schema errors of `xml` against XLIFF 1.2 strict or 2.0 core ("" when valid). The
// schemas import xml.xsd from the web: the copies made here import the local one.
QString schemaErrors(const QTemporaryDir &dir, const QByteArray &xml)
{
    const bool is20 = xml.contains("urn:oasis:names:tc:xliff:document:2.0");
    const QString name = is20 ? QStringLiteral("xliff-core-2.0.xsd") : QStringLiteral("xliff-core-1.2-strict.xsd");
    const QString folder = schemaFolder();
    for (const QString &file : { name, QStringLiteral("xml.xsd") }) {
        QFile in(folder + QLatin1Char('/') + file), out(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot copy %1").arg(file);
        QByteArray text = in.readAll();
        if (file == name)
            text.replace("\"http://www.w3.org/2001/xml.xsd\"", "\"xml.xsd\"")
                .replace("\"informativeCopiesOf3rdPartySchemas/w3c/xml.xsd\"", "\"xml.xsd\"");
        out.write(text);
    }
    QStringList errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(QFile::encodeName(dir.filePath(name)).constData());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema)
        return QStringLiteral("the schema %1 does not load").arg(name);
    xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "out.xlf", nullptr, XML_PARSE_NONET);
    if (!doc) {
        errors << QStringLiteral("not well-formed");
    } else {
        xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(valid, reinterpret_cast<xmlStructuredErrorFunc>(collectError), &errors);
        if (xmlSchemaValidateDoc(valid, doc) != 0 && errors.isEmpty())
            errors << QStringLiteral("not valid");
        xmlSchemaFreeValidCtxt(valid);
        xmlFreeDoc(doc);
    }
    xmlSchemaFree(schema);
    return errors.join(QLatin1Char('\n'));
}

// Well-formed, and valid XLIFF where the schemas are installed.
void valid(const QTemporaryDir &dir, const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    if (schemaFolder().isEmpty())
        return; // said once, by schemas_installed()
    const QString errors = schemaErrors(dir, xml);
    QVERIFY2(errors.isEmpty(), qPrintable(errors + QLatin1Char('\n') + QString::fromUtf8(xml)));
}

} // namespace

class TestXliffExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void schemas_installed()
    {
        if (schemaFolder().isEmpty())
            QSKIP("No XLIFF schemas (apt install php-symfony-translation, or set BIREADER_XLIFF_SCHEMAS): "
                  "outputs are checked for well-formedness only");
        QVERIFY(schemaErrors(m_dir, kXliff12).isEmpty());
        QVERIFY(schemaErrors(m_dir, kXliff20).isEmpty());
        // The check can fail: a <target> before its <source> is not XLIFF 1.2.
        QByteArray wrong = kXliff12;
        wrong.replace("<note from=\"editor\">keep the name</note>", "")
            .replace("</trans-unit>", "<source>x</source></trans-unit>");
        QVERIFY(!schemaErrors(m_dir, wrong).isEmpty());
    }

    void xliff12_correctionsWrittenBack_idsNotesAndMarkupKept()
    {
        Imported p = importXliff(m_dir, QStringLiteral("lighthouse.xlf"), kXliff12);
        QCOMPARE(p.data.document.segments.size(), 3);
        QList<Segment> &s = p.data.document.segments;
        s[0].corrected = SideText {
            QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years."), {}, s[0].target.origin
        };
        s[2].corrected = SideText { QStringLiteral("There is fog tonight."), {}, s[2].target.origin };
        s[2].confirmed = true;
        const QByteArray out = exportProject(p.data, ExportFormat::Xliff);
        valid(m_dir, out);
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
        valid(m_dir, out);
        QCOMPARE(attributeOf(out, QStringLiteral("unit"), 0, QStringLiteral("id")), QStringLiteral("u-fog"));
        QCOMPARE(attributeOf(out, QStringLiteral("segment"), 0, QStringLiteral("state")), QStringLiteral("translated"));
        QCOMPARE(attributeOf(out, QStringLiteral("segment"), 1, QStringLiteral("state")), QStringLiteral("reviewed"));
        QVERIFY(out.contains("<note>weather</note>"));
        const auto pairs = pairsOf(m_dir, out, QStringLiteral("back2.xlf"));
        QCOMPARE(pairs[0].second, QStringLiteral("There is fog tonight."));
        QCOMPARE(pairs[1].second, QStringLiteral("The ships will need the light more than usual."));
    }

    void xliff12_alternativesContextAndSegSource_keptAndNotRead()
    {
        Imported p = importXliff(m_dir, QStringLiteral("harbour.xlf"), kRich12);
        QList<Segment> &s = p.data.document.segments;
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[1].target.text, QStringLiteral("Fishing boat go sea before dawn.")); // not the alternative
        QCOMPARE(s[2].target.text, QString());
        QCOMPARE(confirmedOf(m_dir, kRich12), (QList<bool> { true, false, false, false })); // approved="yes"
        QVERIFY(s[0].confirmed);
        s[0].confirmed = false; // the user takes the sign-off back
        s[1].corrected
            = SideText { QStringLiteral("The fishing boats put to sea before dawn."), {}, s[1].target.origin };
        s[2].corrected = SideText { QStringLiteral("The fog lifted. They came back."), {}, s[2].target.origin };
        s[2].confirmed = true;
        const QByteArray out = exportProject(p.data, ExportFormat::Xliff);
        valid(m_dir, out);
        QVERIFY2(out.contains("<target>The fishing boats put out to sea before dawn.</target>"), out.constData());
        QVERIFY2(out.contains("<context context-type=\"linenumber\">3</context>"), out.constData());
        QVERIFY(!out.contains("state-qualifier")); // it qualified the MT, not the correction
        QVERIFY(out.contains("<trans-unit id=\"h1\">"));
        QCOMPARE(attributeOf(out, QStringLiteral("target"), 0, QStringLiteral("state")),
                 QStringLiteral("needs-review-translation"));
        QCOMPARE(attributeOf(out, QStringLiteral("trans-unit"), 2, QStringLiteral("approved")), QStringLiteral("yes"));
        const qsizetype target = out.indexOf("<target state=\"signed-off\">The fog lifted. They came back.</target>");
        QVERIFY2(out.indexOf("</seg-source>") < target && target < out.indexOf("<note>two sentences"), out.constData());
        QVERIFY(out.contains("<target state=\"translated\">The lighthouse beam is <g id=\"1\">bright</g>.</target>"));
        const auto pairs = pairsOf(m_dir, out, QStringLiteral("harbour-back.xlf"));
        QCOMPARE(pairs[1].second, QStringLiteral("The fishing boats put to sea before dawn."));
        QCOMPARE(pairs[2].second, QStringLiteral("The fog lifted. They came back."));
        QCOMPARE(confirmedOf(m_dir, out), (QList<bool> { false, false, true, false }));
    }

    void xliff20_candidatesKept_statusAloneChangesOnlyTheState()
    {
        Imported p = importXliff(m_dir, QStringLiteral("quiet.xlf"), kRich20);
        QList<Segment> &s = p.data.document.segments;
        QCOMPARE(s.size(), 2);
        QVERIFY(!s[0].target.text.contains(QStringLiteral("mist")));
        QCOMPARE(confirmedOf(m_dir, kRich20), (QList<bool> { true, false })); // final + reviewed
        s[1].confirmed = true; // confirmed as it is
        const QByteArray out = exportProject(p.data, ExportFormat::Xliff);
        valid(m_dir, out);
        QVERIFY(out.contains("<target>The mist lifted.</target>"));
        QVERIFY(out.contains("<target>They <pc id=\"1\">came back</pc>.</target>"));
        QCOMPARE(attributeOf(out, QStringLiteral("segment"), 0, QStringLiteral("state")), QStringLiteral("final"));
        QCOMPARE(attributeOf(out, QStringLiteral("segment"), 2, QStringLiteral("state")), QStringLiteral("reviewed"));
        QVERIFY(out.contains("<target>Harbour very quiet.</target>"));
        QCOMPARE(confirmedOf(m_dir, out), (QList<bool> { true, true }));
    }

    void xliff20_unitOfTwoSegments_getsASentenceEach()
    {
        Imported p = importXliff(m_dir, QStringLiteral("two.xlf"), kRich20);
        QList<Segment> &s = p.data.document.segments;
        s[0].corrected = SideText { QStringLiteral("The fog lifted. They came home at last."), {}, s[0].target.origin };
        QByteArray out = exportProject(p.data, ExportFormat::Xliff);
        valid(m_dir, out);
        QVERIFY2(out.contains("<target>The fog lifted.</target>"), out.constData());
        QVERIFY(out.contains("<target>They came home at last.</target>"));
        QVERIFY(out.contains("<target>The mist lifted.</target>")); // the candidate stays
        // Sentences and segments that do not match: all of it in the first segment.
        s[0].corrected->text = QStringLiteral("The fog lifted and they came home.");
        out = exportProject(p.data, ExportFormat::Xliff);
        valid(m_dir, out);
        QVERIFY(out.contains("<target>The fog lifted and they came home.</target>"));
        QCOMPARE(pairsOf(m_dir, out, QStringLiteral("two-back.xlf"))[0].second,
                 QStringLiteral("The fog lifted and they came home."));
    }

    void newFiles_anyText_stayValid()
    {
        // Text as imports leave it: markup characters, form feeds and other controls from
        // old text files, a lone surrogate, RTL marks, astral characters.
        ProjectData data;
        data.document.sourceLanguage = QStringLiteral("zh");
        data.document.targetLanguage = QStringLiteral("en");
        const QStringList pieces { QStringLiteral("<b>&amp;</b>"),
                                   QStringLiteral("]]>"),
                                   QString(QChar(0x0c)),
                                   QString(QChar(0x01)),
                                   QString(QChar(0xd800)),
                                   QString(QChar(0x200f)),
                                   QString::fromUcs4(U"\U0001F600"),
                                   QStringLiteral("\"'"),
                                   QStringLiteral("灯塔"),
                                   QString(QChar(0xfffe)),
                                   QStringLiteral("\t\r\n") };
        for (int i = 0; i < 40; ++i) {
            Segment s;
            s.source.text = pieces[i % pieces.size()] + QStringLiteral("源") + pieces[(i * 7) % pieces.size()];
            s.target.text = QStringLiteral("t ") + pieces[(i * 3) % pieces.size()];
            s.confirmed = i % 3 == 0;
            data.document.segments.append(s);
        }
        for (const ExportFormat format : { ExportFormat::Xliff, ExportFormat::Xliff2, ExportFormat::Tmx }) {
            const QByteArray out = exportProject(data, format);
            if (format == ExportFormat::Tmx) {
                xmlDocPtr doc = xmlReadMemory(out.constData(), int(out.size()), "out.tmx", nullptr, XML_PARSE_NONET);
                QVERIFY2(doc, "TMX output not well-formed");
                xmlFreeDoc(doc);
                continue;
            }
            valid(m_dir, out);
            QCOMPARE(pairsOf(m_dir, out, QStringLiteral("any.xlf")).size(), 40);
        }
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
            valid(m_dir, out);
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
