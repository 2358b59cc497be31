// The user reads about bireader-cli's commands in three places: its --help (made from each
// command's declaration, command.h), the README's command list and the man page. They say
// the same, or this test fails naming the line that differs.
#include "clirun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace clitest;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The usage lines of --help: the two-space lines between "Commands:" and "Common options:".
QStringList helpSynopses()
{
    QStringList out;
    bool inCommands = false;
    for (const QString &line : QString::fromUtf8(cli({ QStringLiteral("--help") }).out).split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:"))
            inCommands = true;
        else if (line == QLatin1String("Common options:"))
            break;
        else if (inCommands && line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
            out << line.mid(2);
    }
    return out;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private slots:
    void readmeCommandList_isTheHelp()
    {
        const QString readme = readText(QStringLiteral(BIREADER_SOURCE_DIR "/README.md"));
        QStringList listed;
        for (const QString &line : readme.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("bireader-cli "))
                && line != QLatin1String("bireader-cli --help | --version"))
                listed << line.mid(13);
        QCOMPARE(listed, helpSynopses());
    }

    void manPageCommands_areTheHelp()
    {
        const QString man = readText(QStringLiteral(BIREADER_SOURCE_DIR "/docs/man/bireader-cli.1"));
        const QString commands = man.section(QStringLiteral(".SH COMMANDS"), 1).section(QStringLiteral(".SH "), 0, 0);
        static const QRegularExpression font(QStringLiteral("\\\\f[IRB]"));
        QStringList listed;
        for (const QString &line : commands.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String(".B ")))
                listed << QString(line.mid(3)).remove(font).replace(QLatin1String("\\-"), QLatin1String("-"));
        QCOMPARE(listed, helpSynopses());
    }

    void everyCommand_hasUsageAndHelp()
    {
        const QString help = QString::fromUtf8(cli({ QStringLiteral("--help") }).out);
        const QStringList synopses = helpSynopses();
        QCOMPARE(synopses.size(), 16);
        for (const QString &s : synopses)
            QVERIFY2(s.size() > s.section(QLatin1Char(' '), 0, 0).size(), qPrintable(s));
        QVERIFY(!help.contains(QLatin1String("{kinds}")));
        QVERIFY(help.contains(QLatin1String("term, inconsistency, untranslated")));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
