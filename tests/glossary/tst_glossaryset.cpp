// Glossaries shared across projects: attached files and the user's glossary, the project's
// own entries winning.
#include "glossary/glossaryset.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
}

} // namespace

class TestGlossarySet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QFile::remove(userGlossaryPath()); }

    void merged_projectWins_thenAttachedInOrder_thenTheUsers()
    {
        const QString team = m_dir.filePath(QStringLiteral("team.csv"));
        const QString other = m_dir.filePath(QStringLiteral("other.tsv"));
        write(team, "term,translation\n灯塔,beacon\n记者,reporter\n");
        write(other, "term\ttranslation\n记者\tjournalist\n小梅\tXiaomei\n");
        write(userGlossaryPath(), "term,translation\n小梅,Little Mei\n海鸟,seabird\n");
        Glossary project;
        project.entries.append({ QStringLiteral("灯塔"), { QStringLiteral("lighthouse") }, {}, {}, {} });
        const QList<GlossaryLayer> layers = loadGlossaryLayers({ team, other });
        QCOMPARE(layers.size(), 3);
        QVERIFY(layers[2].user);
        QList<int> origin;
        const Glossary merged = mergedGlossary(project, layers, &origin);
        auto approved = [&](const QString &term) {
            const int i = merged.indexOf(term);
            return i < 0 ? QString() : merged.entries[i].approved.value(0);
        };
        QCOMPARE(approved(QStringLiteral("灯塔")), QStringLiteral("lighthouse")); // the project's
        QCOMPARE(approved(QStringLiteral("记者")), QStringLiteral("reporter")); // the first attached
        QCOMPARE(approved(QStringLiteral("小梅")), QStringLiteral("Xiaomei")); // attached before the user's
        QCOMPARE(approved(QStringLiteral("海鸟")), QStringLiteral("seabird")); // the user's
        QCOMPARE(merged.entries.size(), 4);
        QCOMPARE(origin, (QList<int> { -1, 0, 1, 2 }));
    }

    void unreadableFile_staysListed_withItsError()
    {
        const QList<GlossaryLayer> layers = loadGlossaryLayers({ m_dir.filePath(QStringLiteral("gone.csv")) }, false);
        QCOMPARE(layers.size(), 1);
        QVERIFY(!layers[0].error.isEmpty());
        QVERIFY(layers[0].glossary.entries.isEmpty());
        QVERIFY(loadGlossaryLayers({}).isEmpty()); // no user glossary file: no layer
    }
};

QTEST_GUILESS_MAIN(TestGlossarySet)
#include "tst_glossaryset.moc"
