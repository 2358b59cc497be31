#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTextToSpeech;

namespace bireader::reader {

// What reading aloud needs from a speech engine; tests use a fake one.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SpeechEngine() override;

    // Whether a voice for the language (a BCP 47 tag: "zh", "en") is there.
    virtual bool canSpeak(const QString &language) const = 0;
    // Speaks; finished() follows when it is done (or stopped), failed() when it cannot.
    virtual void say(const QString &text, const QString &language, double rate) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    virtual QString problem() const { return {}; } // why nothing can be spoken at all, or ""
    // The engine's voices for a language, by name; say() uses the one chosen for the
    // language (an empty name or one not there: the engine's default).
    virtual QStringList voices(const QString &language) const
    {
        Q_UNUSED(language);
        return {};
    }
    void setVoice(const QString &language, const QString &name) { m_voices.insert(language, name); }
    QString voice(const QString &language) const { return m_voices.value(language); }

signals:
    void finished();
    void failed(const QString &message);

private:
    QHash<QString, QString> m_voices;
};

// Qt TextToSpeech (speech-dispatcher with espeak-ng voices on Debian).
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    bool canSpeak(const QString &language) const override;
    void say(const QString &text, const QString &language, double rate) override;
    void pause() override;
    void resume() override;
    void stop() override;
    QString problem() const override;
    QStringList voices(const QString &language) const override;

private:
    std::unique_ptr<QTextToSpeech> m_speech;
    bool m_speaking = false;
};

} // namespace bireader::reader
