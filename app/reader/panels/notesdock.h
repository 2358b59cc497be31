#pragma once

#include <QWidget>

class QListWidget;

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

// The Notes dock: highlights and notes, and the vocabulary list; click one to jump to
// its segment.
class NotesDock : public QWidget
{
    Q_OBJECT

public:
    explicit NotesDock(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QListWidget *notes() const { return m_notes; }
    QListWidget *vocabulary() const { return m_vocabulary; }

signals:
    void jumpTo(int segment);

private:
    void reload();

    ProjectDocument *m_doc = nullptr;
    QListWidget *m_notes, *m_vocabulary;
};

} // namespace bireader::reader
