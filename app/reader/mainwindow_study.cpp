// MainWindow's study parts: the user's word list, the word status view, the known share.
#include "glossary/lexicon.h"
#include "mainwindow.h"
#include "panels/knownwordslabel.h"
#include "readerlog.h"
#include "settings.h"
#include "study/worddatabase.h"
#include "view/readerview.h"
#include "view/wordstatusview.h"

#include <QAction>
#include <QActionGroup>
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
    connect(words, &WordStatusView::message, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(words, &WordStatusView::statusChanged, this, [this] {
        m_known->refresh();
        m_known->recountLater();
    });
    connect(m_view, &ReaderView::currentChanged, m_known, [this] {
        if (m_known->isVisible())
            m_known->refresh();
    });
    connect(m_lexicon, &Lexicon::dictionaryChanged, this, [this] {
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

void MainWindow::buildReadingModes(QMenu *view)
{
    // Both languages, or one with the other's counterpart in a strip (as Immersive
    // Translate's and bilingual_book_maker's readers offer).
    QMenu *modes = view->addMenu(tr("&Reading Mode"));
    auto *group = new QActionGroup(this);
    const QString current = Settings::instance().readingMode();
    const struct {
        QString name, label;
        std::optional<Side> side;
        int key;
    } choices[] = { { QStringLiteral("both"), tr("&Both Languages"), std::nullopt, Qt::Key_1 },
                    { QStringLiteral("source"), tr("&Source Only (Translation Below)"), Side::Source, Qt::Key_2 },
                    { QStringLiteral("translation"), tr("&Translation Only (Source Below)"), Side::Target, Qt::Key_3 } };
    for (const auto &choice : choices) {
        QAction *a = modes->addAction(choice.label, this, [this, choice] {
            m_view->setSingleSide(choice.side);
            Settings::instance().setReadingMode(choice.name);
        });
        a->setObjectName(QStringLiteral("readingMode_") + choice.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | choice.key));
        group->addAction(a);
        if (choice.name == current) {
            a->setChecked(true);
            m_view->setSingleSide(choice.side);
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
