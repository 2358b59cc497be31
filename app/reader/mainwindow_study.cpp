// MainWindow's study parts: the user's word list, the word status view, the known share.
#include "edit/projectdocument.h"
#include "glossary/lexicon.h"
#include "mainwindow.h"
#include "panels/knownwordslabel.h"
#include "project/session.h"
#include "readerlog.h"
#include "settings.h"
#include "study/worddatabase.h"
#include "view/readaloud.h"
#include "view/readerview.h"
#include "view/rubyview.h"
#include "view/segmentactions.h"
#include "view/speechengine.h"
#include "view/wordstatusview.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace bireader::reader {

void MainWindow::setUpStudy()
{
    const QString path = WordDatabase::defaultPath();
    m_words = std::make_unique<WordDatabase>();
    if (const Result<> opened = m_words->open(path); !opened) {
        qCWarning(lcReader) << opened.error();
        m_wordsError = opened.error();
        m_words.reset();
    }
    m_known = new KnownWordsLabel(m_view);
    m_known->setWordsPath(path);
    m_known->hide();
    statusBar()->addPermanentWidget(m_known);
    WordStatusView *words = m_view->wordStatus();
    words->setWords(m_words.get());
    m_actions->setWords(m_words.get()); // Add to Vocabulary marks the word learning
    connect(m_actions, &SegmentActions::wordsChanged, this, [this] {
        m_view->wordStatus()->forget();
        m_known->refresh();
        m_known->recountLater();
    });
    connect(words, &WordStatusView::message, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(words, &WordStatusView::statusChanged, this, [this] {
        m_known->refresh();
        m_known->recountLater();
    });
    connect(m_view, &ReaderView::currentChanged, m_known, [this] {
        if (m_known->isVisible())
            m_known->refresh();
    });
    m_view->ruby()->setWords(m_words.get());
    connect(m_lexicon, &Lexicon::dictionaryChanged, this, [this] {
        m_view->ruby()->setDictionary(m_lexicon->dictionary());
        m_view->wordStatus()->setDictionary(m_lexicon->dictionary());
        m_known->setDictionary(m_lexicon->sharedDictionary());
        if (m_known->isVisible())
            m_known->recountLater();
    });
}

void MainWindow::buildStudyActions(QMenu *view)
{
    QAction *status = view->addAction(tr("Word &Status"), this, [this](bool on) { setWordStatus(on); });
    status->setObjectName(QStringLiteral("wordStatusAction"));
    status->setCheckable(true);
    status->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    status->setStatusTip(tr("Tint new and learning words; 1-4, 5/K, I, 0 set the status of the word under the "
                            "pointer, N goes to the next one"));
    status->setChecked(Settings::instance().wordStatus() && m_words);
    if (status->isChecked())
        setWordStatus(true);
}

void MainWindow::buildPinyin(QMenu *view)
{
    RubyView *ruby = m_view->ruby();
    Settings &settings = Settings::instance();
    QAction *pinyin = view->addAction(tr("&Pinyin Above Words"), this, [this, ruby](bool on) {
        ruby->setPinyin(on);
        Settings::instance().setPinyin(on);
    });
    pinyin->setObjectName(QStringLiteral("pinyinAction"));
    pinyin->setCheckable(true);
    pinyin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pinyin->setChecked(settings.pinyin());
    ruby->setPinyin(settings.pinyin());
    QMenu *options = view->addMenu(tr("Pinyin and &Tones"));
    auto *notations = new QActionGroup(this);
    const QString currentNotation = settings.rubyNotation();
    for (const auto &[name, label, notation] :
         { std::tuple { QStringLiteral("marks"), tr("Pinyin with Tone &Marks"), RubyView::Notation::Marks },
           std::tuple { QStringLiteral("numbers"), tr("Pinyin with Tone &Numbers"), RubyView::Notation::Numbers },
           std::tuple { QStringLiteral("zhuyin"), tr("&Zhuyin (Bopomofo)"), RubyView::Notation::Zhuyin } }) {
        QAction *a = options->addAction(label, this, [ruby, name = name, notation = notation] {
            ruby->setNotation(notation);
            Settings::instance().setRubyNotation(name);
        });
        a->setObjectName(QStringLiteral("notation_") + name);
        a->setCheckable(true);
        a->setChecked(name == currentNotation);
        notations->addAction(a);
        if (name == currentNotation)
            ruby->setNotation(notation);
    }
    options->addSeparator();
    QAction *known = options->addAction(tr("Pinyin on &Known Words"), this, [ruby](bool on) {
        ruby->setHideKnown(!on);
        Settings::instance().setPinyinOnKnownWords(on);
    });
    known->setCheckable(true);
    known->setChecked(settings.pinyinOnKnownWords());
    ruby->setHideKnown(!settings.pinyinOnKnownWords());
    options->addSeparator();
    auto *schemes = new QActionGroup(this);
    const QString current = settings.toneColours();
    for (const auto &[name, label, scheme] :
         { std::tuple { QStringLiteral("off"), tr("No Tone &Colours"), ToneScheme::Off },
           std::tuple { QStringLiteral("pleco"), tr("Tone Colours: &Pleco"), ToneScheme::Pleco },
           std::tuple { QStringLiteral("dummitt"), tr("Tone Colours: &Dummitt"), ToneScheme::Dummitt } }) {
        QAction *a = options->addAction(label, this, [ruby, name = name, scheme = scheme] {
            ruby->setToneScheme(scheme);
            Settings::instance().setToneColours(name);
        });
        a->setObjectName(QStringLiteral("tones_") + name);
        a->setCheckable(true);
        a->setChecked(name == current);
        schemes->addAction(a);
        if (name == current)
            ruby->setToneScheme(scheme);
    }
}

void MainWindow::buildReadingModes(QMenu *view)
{
    // Both languages, one with the other's counterpart in a strip, or both interleaved in
    // one column (as Immersive Translate's and bilingual_book_maker's readers offer).
    QMenu *modes = view->addMenu(tr("&Reading Mode"));
    auto *group = new QActionGroup(this);
    Settings &settings = Settings::instance();
    const QString current = settings.readingMode();
    const struct {
        QString name, label;
        std::optional<Side> side;
        int key;
    } choices[] = { { QStringLiteral("both"), tr("&Both Languages"), std::nullopt, Qt::Key_1 },
                    { QStringLiteral("source"), tr("&Source Only (Translation Below)"), Side::Source, Qt::Key_2 },
                    { QStringLiteral("translation"), tr("&Translation Only (Source Below)"), Side::Target, Qt::Key_3 },
                    { QStringLiteral("interleaved"), tr("&Interleaved (Each Paragraph, Then Its Translation)"),
                      std::nullopt, Qt::Key_4 } };
    auto apply = [this](const QString &name, std::optional<Side> side) {
        const Settings &settings = Settings::instance();
        if (name == QLatin1String("interleaved"))
            m_view->setInterleaved(true, settings.interleavedSmaller(), settings.interleavedColoured());
        else {
            m_view->setInterleaved(false);
            m_view->setSingleSide(side);
        }
    };
    for (const auto &choice : choices) {
        QAction *a = modes->addAction(choice.label, this, [choice, apply] {
            apply(choice.name, choice.side);
            Settings::instance().setReadingMode(choice.name);
        });
        a->setObjectName(QStringLiteral("readingMode_") + choice.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | choice.key));
        group->addAction(a);
        if (choice.name == current) {
            a->setChecked(true);
            apply(choice.name, choice.side);
        }
    }
    modes->addSeparator();
    auto restyle = [this] {
        if (m_view->isInterleaved())
            m_view->setInterleaved(true, Settings::instance().interleavedSmaller(),
                                   Settings::instance().interleavedColoured());
    };
    QAction *smaller = modes->addAction(tr("Interleaved: S&maller Translation"), this, [restyle](bool on) {
        Settings::instance().setInterleavedSmaller(on);
        restyle();
    });
    smaller->setObjectName(QStringLiteral("interleavedSmaller"));
    smaller->setCheckable(true);
    smaller->setChecked(settings.interleavedSmaller());
    QAction *coloured = modes->addAction(tr("Interleaved: Translation in &Colour"), this, [restyle](bool on) {
        Settings::instance().setInterleavedColoured(on);
        restyle();
    });
    coloured->setObjectName(QStringLiteral("interleavedColoured"));
    coloured->setCheckable(true);
    coloured->setChecked(settings.interleavedColoured());
}

ReadAloud *MainWindow::readAloud()
{
    if (!m_readAloud)
        setSpeechEngine(std::make_unique<QtSpeechEngine>());
    return m_readAloud;
}

void MainWindow::setSpeechEngine(std::unique_ptr<SpeechEngine> engine)
{
    delete m_readAloud;
    m_readAloud = new ReadAloud(m_view, std::move(engine), this);
    const QString sides = Settings::instance().readAloudSides();
    m_readAloud->setSides(sides == QLatin1String("both")              ? ReadSides::Both
                              : sides == QLatin1String("translation") ? ReadSides::Translation
                                                                      : ReadSides::Source);
    m_readAloud->setRate(Settings::instance().readAloudRate());
    for (const QString &language : Settings::instance().readAloudLanguages()) {
        m_readAloud->setRate(language, Settings::instance().readAloudRate(language));
        m_readAloud->engine()->setVoice(language, Settings::instance().readAloudVoice(language));
    }
    connect(m_readAloud, &ReadAloud::message, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_session, &Session::documentChanged, m_readAloud, &ReadAloud::stop);
}

void MainWindow::buildReadAloud(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Read &Aloud"));
    QAction *start = menu->addAction(tr("&Read from Here"), this, [this] { readAloud()->start(); });
    start->setObjectName(QStringLiteral("readAloudAction"));
    start->setShortcut(QKeySequence(Qt::Key_F5));
    start->setStatusTip(tr("Read on from the sentence under the pointer, or from the current segment"));
    menu->addAction(tr("&Pause or Resume"), QKeySequence(Qt::Key_F6), this, [this] { readAloud()->togglePause(); });
    menu->addAction(tr("&Stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this, [this] { readAloud()->stop(); });
    menu->addSeparator();
    auto *sides = new QActionGroup(this);
    const QString currentSides = Settings::instance().readAloudSides();
    const struct {
        QString name, label;
        ReadSides sides;
    } sideChoices[] = { { QStringLiteral("source"), tr("Read the S&ource"), ReadSides::Source },
                        { QStringLiteral("translation"), tr("Read the &Translation"), ReadSides::Translation },
                        { QStringLiteral("both"), tr("Read &Both, Sentence by Sentence"), ReadSides::Both } };
    for (const auto &choice : sideChoices) {
        QAction *a = menu->addAction(choice.label, this, [this, choice] {
            Settings::instance().setReadAloudSides(choice.name);
            if (m_readAloud)
                m_readAloud->setSides(choice.sides);
        });
        a->setCheckable(true);
        a->setChecked(choice.name == currentSides);
        a->setObjectName(QStringLiteral("readAloud_") + choice.name);
        sides->addAction(a);
    }
    menu->addSeparator();
    auto *speeds = new QActionGroup(this);
    const double currentRate = Settings::instance().readAloudRate();
    for (const auto &[rate, label] :
         { std::pair { -0.4, tr("S&low") }, std::pair { 0.0, tr("&Normal Speed") }, std::pair { 0.4, tr("&Fast") } }) {
        QAction *a = menu->addAction(label, this, [this, rate = rate] {
            Settings::instance().setReadAloudRate(rate);
            if (m_readAloud)
                m_readAloud->setRate(rate);
        });
        a->setCheckable(true);
        a->setChecked(std::abs(currentRate - rate) < 0.05);
        speeds->addAction(a);
    }
    menu->addSeparator();
    QMenu *perLanguage = menu->addMenu(tr("&Voice and Speed per Language"));
    perLanguage->setObjectName(QStringLiteral("voicesMenu"));
    connect(perLanguage, &QMenu::aboutToShow, this, [this, perLanguage] { fillVoicesMenu(perLanguage); });
}

// The document's two languages, each with the engine's voices and a speed of its own (a
// slower one for the language being learnt), remembered per language.
void MainWindow::fillVoicesMenu(QMenu *menu)
{
    menu->clear();
    const ProjectDocument *doc = m_session->document();
    if (!doc) {
        menu->addAction(tr("Open a document first"))->setEnabled(false);
        return;
    }
    ReadAloud *reader = readAloud();
    QStringList languages { doc->data().document.sourceLanguage, doc->data().document.targetLanguage };
    languages.removeDuplicates();
    for (const QString &language : std::as_const(languages)) {
        menu->addSection(QLocale(language).nativeLanguageName() + QStringLiteral(" (") + language + QLatin1Char(')'));
        auto *voices = new QActionGroup(menu);
        const QString chosen = Settings::instance().readAloudVoice(language);
        QStringList names = reader->engine()->voices(language);
        names.prepend(QString());
        for (const QString &name : std::as_const(names)) {
            QAction *a = menu->addAction(name.isEmpty() ? tr("Default Voice") : name, this, [this, language, name] {
                Settings::instance().setReadAloudVoice(language, name);
                readAloud()->engine()->setVoice(language, name);
            });
            a->setCheckable(true);
            a->setChecked(name == chosen);
            voices->addAction(a);
        }
        if (names.size() == 1)
            menu->addAction(tr("(no voice for this language)"))->setEnabled(false);
        auto *speeds = new QActionGroup(menu);
        const double rate = Settings::instance().readAloudRate(language);
        for (const auto &[value, label] :
             { std::pair { -0.4, tr("Slow") }, std::pair { 0.0, tr("Normal Speed") }, std::pair { 0.4, tr("Fast") } }) {
            QAction *a = menu->addAction(label, this, [this, language, value = value] {
                Settings::instance().setReadAloudRate(language, value);
                readAloud()->setRate(language, value);
            });
            a->setObjectName(QStringLiteral("rate_%1_%2").arg(language).arg(value));
            a->setCheckable(true);
            a->setChecked(std::abs(rate - value) < 0.05);
            speeds->addAction(a);
        }
    }
}

void MainWindow::setWordStatus(bool on)
{
    if (on && !m_words) {
        showError(tr("Word status"), tr("The word list cannot be opened: %1").arg(m_wordsError));
        on = false;
    }
    m_view->wordStatus()->setEnabled(on);
    m_known->setVisible(on);
    if (on) {
        m_known->refresh();
        m_known->recountLater();
    }
    Settings::instance().setWordStatus(on);
    if (auto *action = findChild<QAction *>(QStringLiteral("wordStatusAction")))
        action->setChecked(on);
}

} // namespace bireader::reader
