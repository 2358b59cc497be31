#include "colours.h"

#include <array>

namespace bireader::reader {
namespace {

struct Variants {
    QColor light, dark;
};

Variants variants(Colour role)
{
    switch (role) {
    case Colour::PointedSentence:
        return { QColor(0xbb, 0xde, 0xfb, 200), QColor(0x42, 0x7a, 0xc2, 110) };
    case Colour::SearchHit:
        return { QColor(0xff, 0x98, 0x00, 115), QColor(0xff, 0x98, 0x00, 115) };
    case Colour::StretchMark:
        return { QColor(0xef, 0x6c, 0x00), QColor(0xff, 0x98, 0x00) };
    case Colour::GlossaryTerm:
        return { QColor(0x15, 0x65, 0xc0), QColor(0x64, 0xb5, 0xf6) };
    case Colour::TermApproved:
        return { QColor(0x66, 0xbb, 0x6a, 150), QColor(0x66, 0xbb, 0x6a, 150) };
    case Colour::TermWrong:
        return { QColor(0xef, 0x53, 0x50, 150), QColor(0xef, 0x53, 0x50, 150) };
    case Colour::Finding:
        return { QColor(0xe5, 0x39, 0x35), QColor(0xef, 0x53, 0x50) };
    case Colour::UnlinkedSentence:
        return { QColor(0xe6, 0x51, 0x00), QColor(0xff, 0xb7, 0x4d) };
    case Colour::ConfirmedLink:
        return { QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84) };
    case Colour::Corrected:
        return { QColor(0x43, 0xa0, 0x47), QColor(0x66, 0xbb, 0x6a) };
    case Colour::Unpaired:
        return { QColor(0xfb, 0x8c, 0x00), QColor(0xfb, 0x8c, 0x00) };
    case Colour::LowConfidence:
        return { QColor(0xfd, 0xd8, 0x35), QColor(0xfd, 0xd8, 0x35) };
    case Colour::Excluded:
        return { QColor(0x9e, 0x9e, 0x9e), QColor(0x75, 0x75, 0x75) };
    case Colour::Reading:
        return { QColor(0x1e, 0x88, 0xe5), QColor(0x64, 0xb5, 0xf6) };
    case Colour::GlossaryLabel:
        return { QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84) };
    case Colour::Warning:
        return { QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x9a, 0x9a) };
    case Colour::DeletedBackground:
        return { QColor(0xff, 0xcd, 0xd2), QColor(0xff, 0xcd, 0xd2) };
    case Colour::DeletedText:
        return { QColor(0xb7, 0x1c, 0x1c), QColor(0xb7, 0x1c, 0x1c) };
    case Colour::InsertedBackground:
        return { QColor(0xc8, 0xe6, 0xc9), QColor(0xc8, 0xe6, 0xc9) };
    case Colour::InsertedText:
        return { QColor(0x1b, 0x5e, 0x20), QColor(0x1b, 0x5e, 0x20) };
    case Colour::WordNew:
        return { QColor(0x90, 0xca, 0xf9, 110), QColor(0x42, 0x7a, 0xc2, 120) };
    case Colour::Spoken:
        return { QColor(0xc5, 0xe1, 0xa5, 200), QColor(0x55, 0x8b, 0x2f, 140) };
    case Colour::WordLearning:
        return { QColor(0xff, 0xd5, 0x4f, 170), QColor(0xc7, 0x9a, 0x00, 150) };
    case Colour::Companion:
        return { QColor(0x00, 0x5b, 0x70), QColor(0x80, 0xcb, 0xc4) };
    case Colour::Confirmed: // apart from the current segment's highlight (blue) and a draft's green
        return { QColor(0x8e, 0x24, 0xaa), QColor(0xce, 0x93, 0xd8) };
    }
    return { Qt::black, Qt::white };
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor colour(Colour role, const QPalette &palette)
{
    const Variants v = variants(role);
    return isDark(palette) ? v.dark : v.light;
}

QString colourName(Colour role, const QPalette &palette)
{
    return colour(role, palette).name(QColor::HexRgb);
}

QColor linkColour(int index, const QPalette &palette)
{
    static constexpr std::array<int, 6> hues { 200, 30, 120, 280, 350, 60 };
    const bool dark = isDark(palette);
    QColor c = QColor::fromHsv(hues[size_t(index) % hues.size()], dark ? 150 : 90, dark ? 150 : 250);
    c.setAlpha(dark ? 150 : 200);
    return c;
}

QColor toneColour(ToneScheme scheme, int tone, const QPalette &palette)
{
    static const QColor pleco[] = { QColor(0xe5, 0x39, 0x35), QColor(0x2e, 0x9d, 0x32), QColor(0x1e, 0x6f, 0xe5),
                                    QColor(0x8e, 0x24, 0xaa), QColor(0x75, 0x75, 0x75) };
    static const QColor dummitt[] = { QColor(0xe5, 0x39, 0x35), QColor(0xef, 0x6c, 0x00), QColor(0x2e, 0x9d, 0x32),
                                      QColor(0x1e, 0x6f, 0xe5), QColor(0x75, 0x75, 0x75) };
    if (scheme == ToneScheme::Off || tone < 1 || tone > 5)
        return palette.color(QPalette::Text);
    QColor c = (scheme == ToneScheme::Pleco ? pleco : dummitt)[tone - 1];
    return isDark(palette) ? c.lighter(150) : c;
}

QString defaultHighlightColour()
{
    return QStringLiteral("#fff59d");
}

QColor highlightColour(const QString &stored)
{
    const QColor c(stored);
    return c.isValid() ? c : QColor(defaultHighlightColour());
}

} // namespace bireader::reader
