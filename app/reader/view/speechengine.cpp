#include "speechengine.h"

#include "readerlog.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

namespace bireader::reader {

SpeechEngine::~SpeechEngine() = default;

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty()) {
        qCInfo(lcReader) << "no text-to-speech engine";
        return;
    }
    m_speech = std::make_unique<QTextToSpeech>();
    connect(m_speech.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready && m_speaking) {
            m_speaking = false;
            emit finished();
        } else if (state == QTextToSpeech::Error) {
            m_speaking = false;
            emit failed(tr("the speech engine failed (%1)").arg(m_speech->engine()));
        }
    });
}

QtSpeechEngine::~QtSpeechEngine() = default;

QString QtSpeechEngine::problem() const
{
    if (!m_speech)
        return tr("no speech engine is installed (Debian: qt6-speech-speechd-plugin, speech-dispatcher, espeak-ng)");
    if (m_speech->state() == QTextToSpeech::Error)
        return tr("the speech engine %1 does not work").arg(m_speech->engine());
    return {};
}

bool QtSpeechEngine::canSpeak(const QString &language) const
{
    if (!m_speech)
        return false;
    const QLocale::Language wanted = QLocale(language).language();
    const QList<QLocale> locales = m_speech->availableLocales();
    return std::any_of(locales.begin(), locales.end(), [wanted](const QLocale &l) { return l.language() == wanted; });
}

QStringList QtSpeechEngine::voices(const QString &language) const
{
    QStringList out;
    if (!m_speech)
        return out;
    // Qt 6.4 lists the voices of the current locale only: look through a second engine.
    QTextToSpeech probe(m_speech->engine());
    const QLocale::Language wanted = QLocale(language).language();
    for (const QLocale &l : probe.availableLocales()) {
        if (l.language() != wanted)
            continue;
        probe.setLocale(l);
        for (const QVoice &v : probe.availableVoices())
            if (!out.contains(v.name()))
                out << v.name();
    }
    return out;
}

void QtSpeechEngine::say(const QString &text, const QString &language, double rate)
{
    if (!m_speech) {
        emit failed(problem());
        return;
    }
    const QLocale::Language wanted = QLocale(language).language();
    for (const QLocale &l : m_speech->availableLocales())
        if (l.language() == wanted) {
            if (m_speech->locale() != l)
                m_speech->setLocale(l);
            break;
        }
    if (const QString chosen = voice(language); !chosen.isEmpty())
        for (const QVoice &v : m_speech->availableVoices())
            if (v.name() == chosen) {
                if (m_speech->voice() != v)
                    m_speech->setVoice(v);
                break;
            }
    m_speech->setRate(rate);
    m_speaking = true;
    m_speech->say(text);
}

void QtSpeechEngine::pause()
{
    if (m_speech)
        m_speech->pause();
}

void QtSpeechEngine::resume()
{
    if (m_speech)
        m_speech->resume();
}

void QtSpeechEngine::stop()
{
    m_speaking = false;
    if (m_speech)
        m_speech->stop();
}

} // namespace bireader::reader
