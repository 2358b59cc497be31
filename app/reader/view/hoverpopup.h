#pragma once

#include "glossary/hoverlookup.h"

#include <QFrame>

class QLabel;

namespace bireader::reader {

// The dictionary popup of a hover, like the Zhongwen extension: the word, its pinyin with
// tone marks, its glosses, then the shorter words inside it; the user's glossary entries
// first, marked as such. It never takes focus or the mouse.
class HoverPopup : public QFrame
{
    Q_OBJECT

public:
    explicit HoverPopup(QWidget *parent = nullptr);

    // Fill it and size it to its text (the HoverController places and shows it).
    void setEntries(const QList<HoverEntry> &entries);
    const QList<HoverEntry> &entries() const { return m_entries; }
    QString html() const;

    static QString render(const QList<HoverEntry> &entries, const QPalette &palette);

private:
    QLabel *m_label;
    QList<HoverEntry> m_entries;
};

} // namespace bireader::reader
