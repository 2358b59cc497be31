#include "project/recentdocuments.h"
#include "settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bireader::reader;

// The reader's preferences (issue 17, item 1).
class TestSettings : public QObject
{
    Q_OBJECT

    Settings &settings() { return Settings::instance(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { settings().clear(); }

    void defaults()
    {
        QCOMPARE(settings().theme(), Theme::System);
        QCOMPARE(settings().zoomPercent(), 100);
        QVERIFY(!settings().swapped());
        QVERIFY(settings().dictionaryPath().isEmpty());
        QVERIFY(settings().hoverPopup());
        QCOMPARE(settings().hoverDelayMs(), 200);
        QVERIFY(!settings().wordStatus());
        QCOMPARE(settings().readingMode(), QStringLiteral("both"));
        QVERIFY(settings().fontFor(QStringLiteral("zh")).isEmpty());
    }

    void roundTrip_andChangedSaysWhat()
    {
        QSignalSpy changed(&settings(), &Settings::changed);
        settings().setTheme(Theme::Dark);
        settings().setZoomPercent(130);
        settings().setSwapped(true);
        settings().setDictionaryPath(QStringLiteral("/data/cedict_ts.u8"));
        settings().setHoverPopup(false);
        settings().setHoverDelayMs(400);
        settings().setFontFor(QStringLiteral("zh"), QStringLiteral("Noto Serif CJK SC,14,-1,5,400,0,0,0,0,0"));
        settings().setWordStatus(true);
        QCOMPARE(changed.size(), 8);
        QCOMPARE(changed[0][0].toString(), QStringLiteral("view/theme"));
        settings().setZoomPercent(130); // the same again: nothing changed
        QCOMPARE(changed.size(), 8);
        QVERIFY(settings().wordStatus());
        QCOMPARE(settings().theme(), Theme::Dark);
        QCOMPARE(settings().zoomPercent(), 130);
        QVERIFY(settings().swapped());
        QCOMPARE(settings().dictionaryPath(), QStringLiteral("/data/cedict_ts.u8"));
        QVERIFY(!settings().hoverPopup());
        QCOMPARE(settings().hoverDelayMs(), 400);
        QVERIFY(settings().fontFor(QStringLiteral("zh")).startsWith(QStringLiteral("Noto Serif CJK SC")));
        settings().setZoomPercent(9000); // out of range: bounded
        QCOMPARE(settings().zoomPercent(), 300);
    }

    void migration_ofAVersionOneFile()
    {
        { // what version 1 wrote: no version key, recent files one by one
            QSettings old;
            old.setValue(QStringLiteral("recentFiles"), QStringList { QStringLiteral("/books/a.bireader") });
            old.setValue(QStringLiteral("view/theme"), QStringLiteral("light"));
        }
        QCOMPARE(settings().storedVersion(), 1);
        settings().migrate();
        QCOMPARE(settings().storedVersion(), Settings::kVersion);
        QCOMPARE(RecentDocuments::entries().size(), 1);
        QCOMPARE(RecentDocuments::entries().front().paths, QStringList { QStringLiteral("/books/a.bireader") });
        QVERIFY(!QSettings().contains(QStringLiteral("recentFiles")));
        QCOMPARE(settings().theme(), Theme::Light); // the rest as it was
    }

    void migration_ofAVersionTwoFile_toneNumbersBecomeANotation()
    {
        {
            QSettings old;
            old.setValue(QStringLiteral("settings/version"), 2);
            old.setValue(QStringLiteral("study/toneNumbers"), true);
        }
        QCOMPARE(settings().storedVersion(), 2);
        settings().migrate();
        QCOMPARE(settings().storedVersion(), Settings::kVersion);
        QCOMPARE(settings().rubyNotation(), QStringLiteral("numbers"));
        QVERIFY(!QSettings().contains(QStringLiteral("study/toneNumbers")));
        settings().setRubyNotation(QStringLiteral("zhuyin"));
        QCOMPARE(settings().rubyNotation(), QStringLiteral("zhuyin"));
        settings().setRubyNotation(QStringLiteral("braille"));
        QCOMPARE(settings().rubyNotation(), QStringLiteral("marks")); // unknown: the default
    }

    void corruptFile_givesDefaults()
    {
        const QString file = QSettings().fileName();
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[view\nzoom=\x01\x02\xff\xfe\ntheme=purple\n[hover]\ndelay=soon\n=\n");
        }
        settings().migrate();
        QCOMPARE(settings().zoomPercent(), 100);
        QCOMPARE(settings().theme(), Theme::System);
        QCOMPARE(settings().hoverDelayMs(), 200);
        QVERIFY(!settings().wordStatus());
        QCOMPARE(settings().readingMode(), QStringLiteral("both"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
