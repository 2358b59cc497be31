// bireader: the reader window.
#include "glossary/lexicon.h"
#include "mainwindow.h"
#include "settings.h"
#include "style/theme.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bireader"));
    QApplication::setOrganizationName(QStringLiteral("Bireader"));
    QApplication::setApplicationVersion(bireader::versionString());

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("bireader"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Side-by-side bilingual reader: a bilingual page, a text and its translation, or a project."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project or bilingual file."),
                                 QStringLiteral("[FILE [TRANSLATION]]"));
    const QCommandLineOption dict(QStringLiteral("dict"),
                                  QApplication::translate("main", "Dictionary in CC-CEDICT format."),
                                  QStringLiteral("FILE"));
    parser.addOption(dict);
    parser.process(app);

    bireader::reader::Settings::instance().migrate(); // an older version's file carried forward
    bireader::reader::applyTheme(bireader::reader::Settings::instance().theme());
    bireader::reader::MainWindow window;
    const QString dictionary
        = parser.isSet(dict) ? parser.value(dict) : bireader::reader::Settings::instance().dictionaryPath();
    const QStringList files = parser.positionalArguments();
    const bireader::Result<> loaded
        = dictionary.isEmpty() ? bireader::Result<>() : window.startWithDictionary(dictionary, parser.isSet(dict));
    window.show();
    if (!loaded)
        QMessageBox::warning(&window, QApplication::translate("main", "Dictionary"), loaded.error());
    if (files.size() == 1)
        window.openPath(files[0]);
    else if (files.size() >= 2)
        window.openPair(files[0], files[1]);
    else if (!window.offerRecovery())
        window.reopenLast(); // where the user was, in what they read last
    return QApplication::exec();
}
