#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace bireader::reader {

// Opens a source text and its translation: a picker for each, with the language and
// encoding detected in each file shown before the import starts.
class PairDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PairDialog(QWidget *parent = nullptr);

    QStringList paths() const;
    void setPaths(const QString &source, const QString &target);
    QString detected(int which) const; // what the dialog shows about file 0 or 1

    static QString describe(const QString &path);

private:
    void update(int which);

    QLineEdit *m_path[2];
    QLabel *m_info[2];
    QPushButton *m_ok = nullptr;
};

} // namespace bireader::reader
