#pragma once

#include "style/theme.h"

#include <QObject>
#include <QString>

namespace bireader::reader {

// The reader's preferences, every key in one place, typed (after Zeal's Core::Settings and
// qBittorrent's SettingValue). Stored with QSettings; a version and migrate() carry older
// files forward; changed() names what changed. Window geometry and the recent documents
// are the session, not preferences: WindowSession (below) and RecentDocuments.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kVersion = 3; // 1: before the version key (recent files one by one); 2: toneNumbers

    static Settings &instance(); // the process's; tests may clear() it

    Theme theme() const;
    void setTheme(Theme theme);
    int zoomPercent() const; // 50..300
    void setZoomPercent(int percent);
    bool swapped() const; // the translation on the left
    void setSwapped(bool swapped);
    QString dictionaryPath() const; // CC-CEDICT to load at start, "" for none
    void setDictionaryPath(const QString &path);
    bool hoverPopup() const;
    void setHoverPopup(bool on);
    QString readingMode() const; // "both", "source", "translation" or "interleaved"
    void setReadingMode(const QString &mode);
    bool interleavedSmaller() const; // interleaved reading: the translation smaller
    void setInterleavedSmaller(bool on);
    bool interleavedColoured() const; // and in its own ink
    void setInterleavedColoured(bool on);
    QString readAloudSides() const; // "source", "translation" or "both"
    void setReadAloudSides(const QString &sides);
    double readAloudRate() const; // -1 (slow) .. 1 (fast), 0 normal
    void setReadAloudRate(double rate);
    // A language's own voice ("" the engine's default) and speed (readAloudRate() if unset).
    QString readAloudVoice(const QString &language) const;
    void setReadAloudVoice(const QString &language, const QString &voice);
    double readAloudRate(const QString &language) const;
    void setReadAloudRate(const QString &language, double rate);
    QStringList readAloudLanguages() const; // those with a voice or speed of their own
    bool pinyin() const; // pinyin above Chinese words
    void setPinyin(bool on);
    QString toneColours() const; // "off", "pleco", "dummitt"
    void setToneColours(const QString &scheme);
    bool pinyinOnKnownWords() const;
    void setPinyinOnKnownWords(bool on);
    QString rubyNotation() const; // readings above words: "marks", "numbers" (pinyin) or "zhuyin"
    void setRubyNotation(const QString &notation);
    bool wordStatus() const; // the word status view (study)
    void setWordStatus(bool on);
    int hoverDelayMs() const; // 0..2000
    void setHoverDelayMs(int ms);
    QString fontFor(const QString &language) const; // QFont::toString(), "" for the default
    void setFontFor(const QString &language, const QString &font);

    // Brings a file written by an older version up to kVersion; run at start.
    void migrate();
    int storedVersion() const;
    // Back to defaults (tests).
    void clear();

signals:
    void changed(const QString &key);

private:
    Settings() = default;
    void set(const QString &key, const QVariant &value);
};

// The window's geometry and dock layout between runs.
struct WindowSession {
    static QByteArray geometry();
    static QByteArray state();
    static void save(const QByteArray &geometry, const QByteArray &state);
};

} // namespace bireader::reader
