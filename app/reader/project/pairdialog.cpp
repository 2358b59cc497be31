#include "pairdialog.h"

#include "io/fileimport.h"
#include "text/encoding.h"
#include "text/filechecks.h"
#include "text/script.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace bireader::reader {

PairDialog::PairDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open source and translation"));
    auto *grid = new QGridLayout(this);
    const QString titles[2] = { tr("Source text"), tr("Translation") };
    for (int i = 0; i < 2; ++i) {
        m_path[i] = new QLineEdit;
        m_info[i] = new QLabel;
        m_info[i]->setTextFormat(Qt::PlainText);
        auto *browse = new QPushButton(tr("Browse…"));
        grid->addWidget(new QLabel(titles[i]), i * 2, 0);
        grid->addWidget(m_path[i], i * 2, 1);
        grid->addWidget(browse, i * 2, 2);
        grid->addWidget(m_info[i], i * 2 + 1, 1, 1, 2);
        connect(browse, &QPushButton::clicked, this, [this, i, titles] {
            const QString p = QFileDialog::getOpenFileName(this, titles[i], {}, importFileFilter());
            if (!p.isEmpty())
                m_path[i]->setText(p);
        });
        connect(m_path[i], &QLineEdit::textChanged, this, [this, i] { update(i); });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Open);
    m_ok->setEnabled(false);
    grid->addWidget(buttons, 4, 0, 1, 3);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, sizeHint().height());
}

QString PairDialog::describe(const QString &path)
{
    const QFileInfo info(path);
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return problem;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("epub"))
        return tr("EPUB book, %1").arg(QLocale().formattedDataSize(info.size()));
    const DecodedText text = readTextFile(path);
    if (!text.error.isEmpty())
        return text.error;
    const QString language = ScriptProfile::of(QStringView(text.text).left(20000)).language();
    const QString name = QLocale(language).nativeLanguageName();
    return tr("%1 (%2), %3, %4")
        .arg(name.isEmpty() ? language : name, language, text.encoding, QLocale().formattedDataSize(info.size()));
}

void PairDialog::update(int which)
{
    const QString p = m_path[which]->text().trimmed();
    m_info[which]->setText(p.isEmpty() ? QString() : describe(p));
    m_ok->setEnabled(QFileInfo(m_path[0]->text().trimmed()).isFile()
                     && QFileInfo(m_path[1]->text().trimmed()).isFile());
}

QStringList PairDialog::paths() const
{
    return { m_path[0]->text().trimmed(), m_path[1]->text().trimmed() };
}

void PairDialog::setPaths(const QString &source, const QString &target)
{
    m_path[0]->setText(source);
    m_path[1]->setText(target);
}

QString PairDialog::detected(int which) const
{
    return m_info[which]->text();
}

} // namespace bireader::reader
