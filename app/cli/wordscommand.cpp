// bireader-cli words: the learner's word list (issue 15).
#include "command.h"
#include "glossary/dictionary.h"
#include "study/studywords.h"
#include "study/worddatabase.h"
#include "study/wordlistcsv.h"
#include "text/safewrite.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bireader::cli {
namespace {

QString languageOption(const QCommandLineParser &p)
{
    const QString l = p.value(QStringLiteral("language"));
    return WordDatabase::languageKey(l.isEmpty() ? QStringLiteral("zh") : l);
}

Result<> openWords(const QCommandLineParser &p, WordDatabase &words)
{
    const QString path
        = p.isSet(QStringLiteral("words")) ? p.value(QStringLiteral("words")) : WordDatabase::defaultPath();
    return words.open(path);
}

// A project's vocabulary: each word learning1, unless the list has it already.
Result<QList<WordRecord>> vocabularyOf(const Context &ctx, const QString &path, const WordDatabase &words)
{
    ProjectStore store;
    ProjectData data;
    if (const Result<> r = openProject(ctx, store, path, data); !r)
        return Error { r.error() };
    const QString language = data.document.sourceLanguage;
    QList<WordRecord> out;
    for (const VocabularyItem &v : data.vocabulary)
        if (words.status(language, v.term) == WordStatus::New)
            out.append({ language, v.term, WordStatus::Learning1, v.reading, v.gloss, {} });
    return out;
}

int importWords(const QCommandLineParser &p, const Context &ctx, const QString &file)
{
    if (const QString e = checkInputs({ file }); !e.isEmpty())
        return ctx.fail(BadInput, e);
    WordDatabase words;
    if (const Result<> r = openWords(p, words); !r)
        return ctx.fail(BadInput, r.error());
    const Result<QList<WordRecord>> read = file.endsWith(QLatin1String(".bireader"), Qt::CaseInsensitive)
        ? vocabularyOf(ctx, file, words)
        : readWordList(file, languageOption(p));
    if (!read)
        return ctx.fail(BadInput, read.error());
    const Result<int> stored = words.setMany(read.value());
    if (!stored)
        return ctx.fail(BadInput, stored.error());
    ctx.out.write(tr("%1: %2 words into %3 (%4 in all)\n")
                      .arg(file)
                      .arg(stored.value())
                      .arg(words.path())
                      .arg(words.size())
                      .toUtf8());
    return Ok;
}

int exportWords(const QCommandLineParser &p, const Context &ctx, const QString &file)
{
    WordDatabase words;
    if (const Result<> r = openWords(p, words); !r)
        return ctx.fail(BadInput, r.error());
    const OutputGuard guard { { words.path() }, p.isSet(QStringLiteral("force")), false };
    if (const QString e = guard.check(file); !e.isEmpty())
        return ctx.fail(BadInput, e);
    const QList<WordRecord> list = words.words(languageOption(p));
    if (const Result<> r = writeFileSafely(file, writeWordList(list)); !r)
        return ctx.fail(BadInput, r.error());
    ctx.out.write(tr("%1: %2 words\n").arg(file).arg(list.size()).toUtf8());
    return Ok;
}

int wordStats(const QCommandLineParser &p, const Context &ctx, const QString &project)
{
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    WordDatabase words;
    if (const Result<> r = openWords(p, words); !r)
        return ctx.fail(BadInput, r.error());
    ProjectStore store;
    ProjectData data;
    if (const Result<> r = openProject(ctx, store, project, data); !r)
        return ctx.fail(BadInput, r.error());
    QStringList texts;
    for (const Segment &s : std::as_const(data.document.segments))
        if (!s.excluded)
            texts.append(s.source.text);
    const QString language = data.document.sourceLanguage;
    const WordCounts c = countWords(texts, language, dict.size() ? &dict : nullptr, words);
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        const QJsonObject o { { QStringLiteral("language"), WordDatabase::languageKey(language) },
                              { QStringLiteral("known"), c.known },
                              { QStringLiteral("learning"), c.learning },
                              { QStringLiteral("new"), c.fresh },
                              { QStringLiteral("ignored"), c.ignored },
                              { QStringLiteral("running_words"), c.running },
                              { QStringLiteral("known_share"), c.knownShare() } };
        ctx.out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        return Ok;
    }
    ctx.out.write(tr("%1: %2 known, %3 learning, %4 new words (%5 ignored); %6% of the running words known\n")
                      .arg(project)
                      .arg(c.known)
                      .arg(c.learning)
                      .arg(c.fresh)
                      .arg(c.ignored)
                      .arg(c.knownShare() * 100, 0, 'f', 1)
                      .toUtf8());
    return Ok;
}

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    const QString verb = args.value(1);
    if (args.size() != 3
        || (verb != QLatin1String("import") && verb != QLatin1String("export") && verb != QLatin1String("stats")))
        return ctx.fail(BadInput, tr("words needs import FILE, export FILE or stats PROJECT (see --help)"));
    const QString format = p.value(QStringLiteral("format"));
    if (p.isSet(QStringLiteral("format"))
        && (verb != QLatin1String("stats") || (format != QLatin1String("text") && format != QLatin1String("json"))))
        return ctx.fail(BadInput, tr("unknown format '%1' for words %2 (stats takes text or json)").arg(format, verb));
    if (verb == QLatin1String("import"))
        return importWords(p, ctx, args[2]);
    if (verb == QLatin1String("export"))
        return exportWords(p, ctx, args[2]);
    return wordStats(p, ctx, args[2]);
}

} // namespace

Command wordsCommand()
{
    return { QStringLiteral("words"),
             { QStringLiteral("words import FILE.csv|PROJECT.bireader [--language zh] [--words FILE]"),
               QStringLiteral("words export FILE.csv [--language zh] [--words FILE] [--force]"),
               QStringLiteral("words stats PROJECT [--format text|json] [--dict FILE] [--words FILE]") },
             "import: add words to your word list (shared by all projects and the\n"
             "reader): a .csv/.tsv of term,status,reading,gloss (status: new, learning1-4,\n"
             "known, ignored, or Lute's 0-5/98/99), or a project's vocabulary (as\n"
             "learning1). export: the word list as CSV. stats: known, learning and new\n"
             "words of the project's source text, and the share of its running words\n"
             "that you know (Chinese words by --dict's longest match). --words FILE:\n"
             "another word list than ~/.local/share/bireader/words.sqlite.",
             { QStringLiteral("language"), QStringLiteral("words"), QStringLiteral("format"), QStringLiteral("dict"),
               QStringLiteral("force") },
             &run };
}

} // namespace bireader::cli
