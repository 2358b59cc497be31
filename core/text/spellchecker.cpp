#include "spellchecker.h"

#include "safewrite.h"
#include "words.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <hunspell.hxx>
#include <unicode/unistr.h>

namespace bireader {
namespace {

QStringList systemFolders()
{
    QStringList out;
    for (const QString &dir : qEnvironmentVariable("DICPATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        out << dir;
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        out << data + QStringLiteral("/hunspell");
    out << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
        << QStringLiteral("/usr/share/myspell/dicts");
    out.removeDuplicates();
    return out;
}

} // namespace

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QString SpellChecker::dictionaryFor(const QString &language, const QStringList &folders)
{
    // "en-GB" -> en_GB; "en" -> en_US, en_GB, then the first en_* there is.
    const QString tag = QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = tag.section(QLatin1Char('_'), 0, 0).toLower();
    QStringList wanted { tag };
    if (!tag.contains(QLatin1Char('_')))
        wanted << base + QStringLiteral("_US") << base + QStringLiteral("_GB") << base + QLatin1Char('_') << base;
    for (const QString &name : std::as_const(wanted))
        for (const QString &folder : folders.isEmpty() ? systemFolders() : folders) {
            const QDir dir(folder);
            QStringList candidates;
            if (name.endsWith(QLatin1Char('_')))
                candidates = dir.entryList({ name + QStringLiteral("*.aff") }, QDir::Files, QDir::Name);
            else
                candidates << name + QStringLiteral(".aff");
            for (const QString &aff : std::as_const(candidates)) {
                const QString path = dir.filePath(aff);
                if (QFileInfo::exists(path) && QFileInfo::exists(path.chopped(4) + QStringLiteral(".dic")))
                    return path;
            }
        }
    return {};
}

Result<> SpellChecker::load(const QString &language, const QString &userWords, const QStringList &folders)
{
    m_hunspell.reset();
    m_language = language;
    m_userWordsPath = userWords;
    m_userWords.clear();
    const QString aff = dictionaryFor(language, folders);
    if (aff.isEmpty())
        return Error { QCoreApplication::translate("bireader::SpellChecker",
                                                   "no spelling dictionary for %1 (Debian: apt install hunspell-%1)")
                           .arg(language) };
    const QByteArray affPath = QFile::encodeName(aff),
                     dicPath = QFile::encodeName(aff.chopped(4) + QStringLiteral(".dic"));
    m_hunspell = std::make_unique<Hunspell>(affPath.constData(), dicPath.constData());
    m_encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    if (!userWords.isEmpty()) {
        QFile f(userWords);
        if (f.open(QIODevice::ReadOnly))
            for (const QString &w : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!w.trimmed().isEmpty()) {
                    m_userWords << w.trimmed();
                    m_hunspell->add(encode(w.trimmed()));
                }
    }
    return {};
}

std::string SpellChecker::encode(const QString &word) const
{
    if (m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 || m_encoding.isEmpty())
        return word.toStdString();
    const icu::UnicodeString u(false, reinterpret_cast<const char16_t *>(word.utf16()), int32_t(word.size()));
    const QByteArray codepage = m_encoding.toLatin1();
    std::string out(size_t(word.size()) * 4 + 4, '\0');
    const int32_t n = u.extract(0, u.length(), out.data(), uint32_t(out.size()), codepage.constData());
    out.resize(size_t(std::max(0, n)));
    return out;
}

QString SpellChecker::decode(const std::string &bytes) const
{
    if (m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 || m_encoding.isEmpty())
        return QString::fromStdString(bytes);
    const icu::UnicodeString u(bytes.data(), int32_t(bytes.size()), m_encoding.toLatin1().constData());
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

bool SpellChecker::isCorrect(const QString &word) const
{
    return !m_hunspell || m_hunspell->spell(encode(word));
}

QList<TextRange> SpellChecker::misspelt(QStringView text, const QSet<QString> &accepted) const
{
    QList<TextRange> out;
    if (!m_hunspell)
        return out;
    for (const TextRange &r : wordsIn(text, m_language)) {
        const QString word = text.sliced(r.start, r.length).toString();
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); })
            || accepted.contains(word.toCaseFolded()))
            continue;
        if (!isCorrect(word))
            out.append(r);
    }
    return out;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList out;
    if (m_hunspell)
        for (const std::string &s : m_hunspell->suggest(encode(word)))
            out << decode(s);
    return out;
}

Result<> SpellChecker::addToUserWords(const QString &word)
{
    if (!m_hunspell || word.trimmed().isEmpty())
        return {};
    m_hunspell->add(encode(word.trimmed()));
    if (m_userWords.contains(word.trimmed()))
        return {};
    m_userWords << word.trimmed();
    if (m_userWordsPath.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(m_userWordsPath).absolutePath());
    return writeFileSafely(m_userWordsPath, (m_userWords.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

} // namespace bireader
