#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDesktop = QStringLiteral(BIREADER_SOURCE_DIR "/resources/desktop/io.github.bireader.Bireader");

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

} // namespace

// Installed software (issue 16): what `cmake --install` puts where a desktop looks, valid.
class TestInstallation : public QObject
{
    Q_OBJECT

private slots:
    void desktopFile_isValid()
    {
        const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validate.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        const Run r = run(validate, { kDesktop + QStringLiteral(".desktop") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void appStreamMetadata_isValid()
    {
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstream.isEmpty())
            QSKIP("appstreamcli is not installed (Debian: appstream)");
        const Run r = run(
            appstream,
            { QStringLiteral("validate"), QStringLiteral("--no-net"), kDesktop + QStringLiteral(".metainfo.xml") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void install_putsEverythingInPlace_andTheCliRuns()
    {
        QTemporaryDir root;
        const Run install = run(QStringLiteral("cmake"),
                                { QStringLiteral("--install"), QStringLiteral(BIREADER_BINARY_DIR),
                                  QStringLiteral("--prefix"), root.path() });
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        for (const char *path :
             { "bin/bireader", "bin/bireader-cli", "share/applications/io.github.bireader.Bireader.desktop",
               "share/metainfo/io.github.bireader.Bireader.metainfo.xml",
               "share/mime/packages/io.github.bireader.Bireader.xml",
               "share/icons/hicolor/scalable/apps/io.github.bireader.Bireader.svg",
               "share/icons/hicolor/48x48/apps/io.github.bireader.Bireader.png",
               "share/icons/hicolor/256x256/apps/io.github.bireader.Bireader.png", "share/man/man1/bireader.1.gz",
               "share/doc/bireader/copyright", "share/man/man1/bireader-cli.1.gz", "share/doc/bireader/changelog.gz" })
            QVERIFY2(QFile::exists(root.filePath(QLatin1String(path))), path);
        const Run version = run(root.filePath(QStringLiteral("bin/bireader-cli")), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.output.startsWith(QLatin1String("bireader-cli ")));
    }

    void debianPackage_hasComputedDepends_andTheCliRunsFromIt()
    {
        const QString cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
        const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (cpack.isEmpty() || dpkgDeb.isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        QTemporaryDir out;
        const Run pack = run(cpack,
                             { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out.path(),
                               QStringLiteral("--config"), QStringLiteral(BIREADER_BINARY_DIR "/CPackConfig.cmake") });
        QVERIFY2(pack.exitCode == 0, qPrintable(pack.output));
        const QStringList debs = QDir(out.path()).entryList({ QStringLiteral("*.deb") });
        QCOMPARE(debs.size(), 1);
        const QString deb = out.filePath(debs.front());
        const Run depends = run(dpkgDeb, { QStringLiteral("-f"), deb, QStringLiteral("Depends") });
        QVERIFY2(depends.output.contains(QLatin1String("libqt6core6"))
                     && depends.output.contains(QLatin1String("libicu")),
                 qPrintable(depends.output));
        const QString root = out.filePath(QStringLiteral("root"));
        QCOMPARE(run(dpkgDeb, { QStringLiteral("-x"), deb, root }).exitCode, 0);
        const Run version = run(root + QStringLiteral("/usr/bin/bireader-cli"), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(QFile::exists(root + QStringLiteral("/usr/share/applications/io.github.bireader.Bireader.desktop")));
        // Debian's own checks: no error and no warning (information tags only).
        const QString lintian = QStandardPaths::findExecutable(QStringLiteral("lintian"));
        if (lintian.isEmpty())
            QSKIP("lintian is not installed");
        const Run lint = run(lintian, { deb });
        for (const QString &line : lint.output.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1String("E: ")) && !line.startsWith(QLatin1String("W: ")),
                     qPrintable(lint.output));
        QCOMPARE(lint.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestInstallation)
#include "tst_installation.moc"
