#pragma once

#include "glossary/glossaryset.h"

#include <QWidget>

class QTreeWidget;

namespace bireader::reader {

// Below the project's own terms in the Glossary dock: the glossaries it uses besides them
// (files attached to the project, the user's glossary for every project), each with its
// terms, so that one sees where an entry comes from; Attach File… and Detach.
class OtherGlossaries : public QWidget
{
    Q_OBJECT

public:
    explicit OtherGlossaries(QWidget *parent = nullptr);

    void setLayers(const QList<GlossaryLayer> &layers);
    QTreeWidget *tree() const { return m_tree; }
    QString selectedFile() const; // an attached file selected (or one of its terms), or ""

signals:
    void attachRequested(); // asks for a file first
    void detachRequested(const QString &path);

private:
    QTreeWidget *m_tree;
};

} // namespace bireader::reader
