#include "settings.h"

#include "readerlog.h"

#include <QSettings>

namespace bireader::reader {
namespace {

// Every key, once.
const QString kVersionKey = QStringLiteral("settings/version");
const QString kTheme = QStringLiteral("view/theme");
const QString kZoom = QStringLiteral("view/zoom");
const QString kSwapped = QStringLiteral("view/swapped");
const QString kDictionary = QStringLiteral("dictionary/path");
const QString kHoverPopup = QStringLiteral("hover/enabled");
const QString kHoverDelay = QStringLiteral("hover/delay");
const QString kWordStatus = QStringLiteral("study/wordStatus");
const QString kReadingMode = QStringLiteral("view/readingMode");
const QString kInterleavedSmaller = QStringLiteral("view/interleavedSmaller");
const QString kInterleavedColoured = QStringLiteral("view/interleavedColoured");
const QString kReadAloudSides = QStringLiteral("study/readAloudSides");
const QString kReadAloudRate = QStringLiteral("study/readAloudRate");
const QString kVoicePrefix = QStringLiteral("study/voice/");
const QString kRatePrefix = QStringLiteral("study/rate/");
const QString kPinyin = QStringLiteral("study/pinyin");
const QString kToneColours = QStringLiteral("study/toneColours");
const QString kPinyinOnKnown = QStringLiteral("study/pinyinOnKnownWords");
const QString kOldToneNumbers = QStringLiteral("study/toneNumbers"); // version 2
const QString kRubyNotation = QStringLiteral("study/rubyNotation");
const QString kFonts = QStringLiteral("fonts/");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kOldRecentFiles = QStringLiteral("recentFiles"); // version 1
const QString kRecentDocuments = QStringLiteral("recent/documents");

constexpr int kDefaultZoom = 100, kDefaultDelay = 200;

QString fontKey(const QString &language)
{
    return kFonts + (language.isEmpty() ? QStringLiteral("default") : language);
}

} // namespace

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

void Settings::set(const QString &key, const QVariant &value)
{
    QSettings s;
    if (s.value(key) == value)
        return;
    s.setValue(key, value);
    emit changed(key);
}

Theme Settings::theme() const
{
    return themeFromName(QSettings().value(kTheme).toString());
}

void Settings::setTheme(Theme theme)
{
    set(kTheme, themeName(theme));
}

int Settings::zoomPercent() const
{
    bool ok = false;
    const int z = QSettings().value(kZoom, kDefaultZoom).toInt(&ok);
    return ok ? std::clamp(z, 50, 300) : kDefaultZoom;
}

void Settings::setZoomPercent(int percent)
{
    set(kZoom, std::clamp(percent, 50, 300));
}

bool Settings::swapped() const
{
    return QSettings().value(kSwapped, false).toBool();
}

void Settings::setSwapped(bool swapped)
{
    set(kSwapped, swapped);
}

QString Settings::dictionaryPath() const
{
    return QSettings().value(kDictionary).toString();
}

void Settings::setDictionaryPath(const QString &path)
{
    set(kDictionary, path);
}

bool Settings::hoverPopup() const
{
    return QSettings().value(kHoverPopup, true).toBool();
}

void Settings::setHoverPopup(bool on)
{
    set(kHoverPopup, on);
}

QString Settings::readingMode() const
{
    const QString mode = QSettings().value(kReadingMode).toString();
    return mode == QLatin1String("source") || mode == QLatin1String("translation")
            || mode == QLatin1String("interleaved")
        ? mode
        : QStringLiteral("both");
}

void Settings::setReadingMode(const QString &mode)
{
    set(kReadingMode, mode);
}

bool Settings::interleavedSmaller() const
{
    return QSettings().value(kInterleavedSmaller, true).toBool();
}

void Settings::setInterleavedSmaller(bool on)
{
    set(kInterleavedSmaller, on);
}

bool Settings::interleavedColoured() const
{
    return QSettings().value(kInterleavedColoured, true).toBool();
}

void Settings::setInterleavedColoured(bool on)
{
    set(kInterleavedColoured, on);
}

QString Settings::readAloudSides() const
{
    const QString sides = QSettings().value(kReadAloudSides).toString();
    return sides == QLatin1String("translation") || sides == QLatin1String("both") ? sides : QStringLiteral("source");
}

void Settings::setReadAloudSides(const QString &sides)
{
    set(kReadAloudSides, sides);
}

double Settings::readAloudRate() const
{
    bool ok = false;
    const double rate = QSettings().value(kReadAloudRate, 0.0).toDouble(&ok);
    return ok ? std::clamp(rate, -1.0, 1.0) : 0.0;
}

void Settings::setReadAloudRate(double rate)
{
    set(kReadAloudRate, std::clamp(rate, -1.0, 1.0));
}

QString Settings::readAloudVoice(const QString &language) const
{
    return QSettings().value(kVoicePrefix + language).toString();
}

void Settings::setReadAloudVoice(const QString &language, const QString &voice)
{
    set(kVoicePrefix + language, voice);
}

double Settings::readAloudRate(const QString &language) const
{
    bool ok = false;
    const double rate = QSettings().value(kRatePrefix + language).toDouble(&ok);
    return ok ? std::clamp(rate, -1.0, 1.0) : readAloudRate();
}

void Settings::setReadAloudRate(const QString &language, double rate)
{
    set(kRatePrefix + language, rate);
}

QStringList Settings::readAloudLanguages() const
{
    QSettings s;
    QStringList out;
    for (const QString &group : { QStringLiteral("study/voice"), QStringLiteral("study/rate") }) {
        s.beginGroup(group);
        for (const QString &key : s.childKeys())
            if (!out.contains(key))
                out << key;
        s.endGroup();
    }
    return out;
}

bool Settings::pinyin() const
{
    return QSettings().value(kPinyin, false).toBool();
}

void Settings::setPinyin(bool on)
{
    set(kPinyin, on);
}

QString Settings::toneColours() const
{
    const QString scheme = QSettings().value(kToneColours).toString();
    return scheme == QLatin1String("pleco") || scheme == QLatin1String("dummitt") ? scheme : QStringLiteral("off");
}

void Settings::setToneColours(const QString &scheme)
{
    set(kToneColours, scheme);
}

bool Settings::pinyinOnKnownWords() const
{
    return QSettings().value(kPinyinOnKnown, true).toBool();
}

void Settings::setPinyinOnKnownWords(bool on)
{
    set(kPinyinOnKnown, on);
}

QString Settings::rubyNotation() const
{
    const QString notation = QSettings().value(kRubyNotation).toString();
    return notation == QLatin1String("numbers") || notation == QLatin1String("zhuyin") ? notation
                                                                                       : QStringLiteral("marks");
}

void Settings::setRubyNotation(const QString &notation)
{
    set(kRubyNotation, notation);
}

bool Settings::wordStatus() const
{
    return QSettings().value(kWordStatus, false).toBool();
}

void Settings::setWordStatus(bool on)
{
    set(kWordStatus, on);
}

int Settings::hoverDelayMs() const
{
    bool ok = false;
    const int ms = QSettings().value(kHoverDelay, kDefaultDelay).toInt(&ok);
    return ok ? std::clamp(ms, 0, 2000) : kDefaultDelay;
}

void Settings::setHoverDelayMs(int ms)
{
    set(kHoverDelay, std::clamp(ms, 0, 2000));
}

QString Settings::fontFor(const QString &language) const
{
    return QSettings().value(fontKey(language)).toString();
}

void Settings::setFontFor(const QString &language, const QString &font)
{
    set(fontKey(language), font);
}

int Settings::storedVersion() const
{
    const QSettings s;
    return s.contains(kVersionKey) ? s.value(kVersionKey).toInt() : (s.allKeys().isEmpty() ? kVersion : 1);
}

void Settings::migrate()
{
    QSettings s;
    if (s.status() != QSettings::NoError)
        qCWarning(lcReader) << "the settings file" << s.fileName() << "could not be read; defaults apply";
    const int from = storedVersion();
    if (from >= kVersion) {
        s.setValue(kVersionKey, kVersion);
        return;
    }
    if (from < 2 && s.contains(kOldRecentFiles)) { // one entry a file -> a document an entry
        if (!s.contains(kRecentDocuments))
            s.setValue(kRecentDocuments, s.value(kOldRecentFiles).toStringList());
        s.remove(kOldRecentFiles);
    }
    if (from < 3 && s.contains(kOldToneNumbers)) { // a bool -> one of three notations
        if (!s.contains(kRubyNotation))
            s.setValue(kRubyNotation, s.value(kOldToneNumbers).toBool() ? "numbers" : "marks");
        s.remove(kOldToneNumbers);
    }
    s.setValue(kVersionKey, kVersion);
    qCInfo(lcReader) << "settings moved from version" << from << "to" << kVersion;
}

void Settings::clear()
{
    QSettings().clear();
}

QByteArray WindowSession::geometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray WindowSession::state()
{
    return QSettings().value(kState).toByteArray();
}

void WindowSession::save(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(kGeometry, geometry);
    s.setValue(kState, state);
}

} // namespace bireader::reader
