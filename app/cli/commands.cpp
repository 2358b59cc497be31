#include "commands.h"

#include "command.h"
#include "qa/finding.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <exception>

namespace bireader::cli {
namespace {

void addCommonOptions(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("dict"), QString(), QStringLiteral("file") });
    p.addOption({ QStringLiteral("format"), QString(), QStringLiteral("format") });
    p.addOption({ QStringLiteral("source-lang"), QString(), QStringLiteral("code") });
    p.addOption({ QStringLiteral("target-lang"), QString(), QStringLiteral("code") });
    p.addOption({ QStringLiteral("presplit"), QString() });
    p.addOption({ QStringLiteral("from"), QString(), QStringLiteral("file") });
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file") });
    p.addOption({ QStringLiteral("accept"), QString(), QStringLiteral("key") });
    p.addOption({ QStringLiteral("kind"), QString(), QStringLiteral("kinds") });
    p.addOption({ QStringLiteral("force"), QString() });
    p.addOption({ QStringLiteral("dry-run"), QString() });
    p.addOption({ QStringLiteral("to"), QString(), QStringLiteral("n") });
    p.addOption({ QStringLiteral("language"), QString(), QStringLiteral("code") });
    p.addOption({ QStringLiteral("words"), QString(), QStringLiteral("file") });
    p.addOption({ QStringLiteral("ruby"), QString() });
    p.addOption({ QStringLiteral("confirmed"), QString() });
}

// The help: each command's usage lines and help from its declaration, then the options all
// commands share.
QString helpText()
{
    QStringList kinds; // from the one table of finding kinds
    for (const FindingKindInfo &info : allFindingKinds())
        kinds << QString::fromLatin1(info.name);
    QString out = QStringLiteral("Usage: bireader-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &c : allCommands()) {
        for (const QString &synopsis : c.synopses)
            out += QStringLiteral("  ") + synopsis + QLatin1Char('\n');
        for (const QString &line : QString::fromUtf8(c.help).split(QLatin1Char('\n')))
            out += QStringLiteral("        ")
                + QString(line).replace(QLatin1String("{kinds}"), kinds.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    out += QStringLiteral("\n"
                          "Common options:\n"
                          "  --dict FILE            dictionary in CC-CEDICT format (lexical evidence)\n"
                          "  --source-lang CODE     override the detected source language (e.g. zh)\n"
                          "  --target-lang CODE     override the detected target language (e.g. en)\n"
                          "  -o, --output FILE      where a command writes (written atomically)\n"
                          "  --force                replace an existing project or database\n"
                          "  -h, --help             show this help\n"
                          "  -v, --version          show the version\n"
                          "\n"
                          "Exit status: 0 success, 2 bad input or usage, 1 internal failure.\n");
    return out;
}

// "" when every option given is one `command` takes, else the error with its usage.
QString unknownOption(const QCommandLineParser &p, const Command &command)
{
    for (const QString &name : p.optionNames()) {
        const QString option = name == QLatin1String("o") ? QStringLiteral("output") : name;
        if (!command.options.contains(option))
            return tr("%1 does not take the option %2%3 (see --help)\n%4")
                .arg(command.name, name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name,
                     usageOf(command));
    }
    return {};
}

} // namespace

const QList<Command> &allCommands()
{
    static const QList<Command> commands { alignCommand(), importCommand(), projectCommand(), glossaryCommand(),
                                           qaCommand(),    exportCommand(), editCommand(),    applyTermCommand(),
                                           linksCommand(), linkCommand(),   realignCommand(), wordsCommand() };
    return commands;
}

QString usageOf(const Command &command)
{
    QStringList lines;
    for (const QString &synopsis : command.synopses)
        lines << QStringLiteral("usage: ") + synopsis;
    return lines.join(QLatin1Char('\n'));
}

int run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    const Context ctx { out, err };
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QString() });
    p.addOption({ { QStringLiteral("v"), QStringLiteral("version") }, QString() });
    addCommonOptions(p);
    if (!p.parse(QStringList { QStringLiteral("bireader-cli") } + arguments))
        return ctx.fail(BadInput, p.errorText() + tr(" (see --help)"));
    if (p.isSet(QStringLiteral("help"))) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out.write(("bireader-cli " + versionString() + '\n').toUtf8());
        return Ok;
    }
    const QString name = p.positionalArguments().value(0);
    if (name.isEmpty())
        return ctx.fail(BadInput, tr("no command given\n") + helpText());
    for (const Command &command : allCommands()) {
        if (command.name != name)
            continue;
        if (const QString e = unknownOption(p, command); !e.isEmpty())
            return ctx.fail(BadInput, e);
        try {
            return command.run(p, ctx);
        } catch (const std::exception &e) {
            return ctx.fail(InternalError, tr("internal error: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    return ctx.fail(BadInput, tr("unknown command '%1' (see --help)").arg(name));
}

} // namespace bireader::cli
