#include "linkrealign.h"

#include "edit/projectdocument.h"
#include "project/projectimport.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace bireader::reader {

void realignLinksInBackground(QWidget *parent, ProjectDocument *document, const Dictionary *dictionary, int first,
                              int count, std::function<void(int)> done)
{
    using Links = QList<std::pair<int, Alignment>>;
    auto canceled = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(
        QCoreApplication::translate("bireader::reader::MainWindow", "Aligning the sentence links again…"),
        QCoreApplication::translate("bireader::reader::MainWindow", "Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    QObject::connect(progress, &QProgressDialog::canceled, [canceled] { *canceled = true; });
    auto *watcher = new QFutureWatcher<Links>(progress);
    QPointer<ProjectDocument> doc(document);
    QObject::connect(watcher, &QFutureWatcher<Links>::finished, progress, [=] {
        const Links links = watcher->result();
        const bool stopped = canceled->load();
        progress->deleteLater();
        if (stopped || !doc) {
            done(-1);
            return;
        }
        doc->setLinks(links, QCoreApplication::translate("bireader::Commands", "Re-align links"));
        done(int(links.size()));
    });
    watcher->setFuture(QtConcurrent::run([document = document->data().document, dictionary, first, count, canceled] {
        return realignedLinks(document, first, count, dictionary, [canceled] { return canceled->load(); });
    }));
}

} // namespace bireader::reader
