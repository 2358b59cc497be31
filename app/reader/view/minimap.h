#pragma once

#include <QWidget>

#include <vector>

namespace bireader::reader {

// A thin strip beside a pane with the whole document in it: where the alignment is
// unsure, where QA found something, what is corrected, and the part in view. A click
// jumps there.
class Minimap : public QWidget
{
    Q_OBJECT

public:
    // What a segment shows, the strongest first.
    enum Mark : unsigned char { None = 0, Excluded, Confirmed, Corrected, LowConfidence, Unpaired, Finding };

    explicit Minimap(QWidget *parent = nullptr);

    void setMarks(std::vector<unsigned char> marks);
    void setMark(int segment, unsigned char mark);
    const std::vector<unsigned char> &marks() const { return m_marks; }
    void setView(int first, int last);
    int segmentAt(int y) const;
    QSize sizeHint() const override { return { 12, 100 }; }

    static QColor colorOf(Mark mark, const QPalette &palette);

signals:
    void jumpTo(int segment);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    std::vector<unsigned char> m_marks;
    int m_first = 0, m_last = 0;
};

} // namespace bireader::reader
