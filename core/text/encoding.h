#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace bireader {

// The result of decoding a file's bytes: the text, or an error message.
struct DecodedText {
    QString text;
    QString encoding; // ICU converter name, e.g. "UTF-8", "GB18030", "Big5"
    bool hadBom = false;
    QString error; // empty when decoding succeeded
    QStringList warnings; // decoded, but with something the user should know ("NAME: ...")

    bool ok() const { return error.isEmpty(); }
};

// Detects the encoding of raw bytes and converts with ICU: a byte-order mark; UTF-16
// without one; UTF-8; UTF-8 with a few lines in a legacy encoding (text pasted together);
// UTF-8 but for a few invalid bytes (a stray Latin-1 byte, a file cut inside a character),
// decoded with U+FFFD for them and a warning naming their lines; and only when UTF-8 clearly
// fails, ICU's charset detection. `name` is used in messages.
DecodedText decodeText(const QByteArray &bytes, const QString &name);

// Decodes as a declared charset (an HTML <meta>, an XML declaration) when the bytes are
// not UTF-8 and the charset converts them without error; else as decodeText().
DecodedText decodeTextDeclared(const QByteArray &bytes, const QString &name, const QByteArray &charset);

// Opens `device` for reading unless it is open: "" or "NAME: cannot be read: why".
QString openForReading(QIODevice &device, const QString &name);

// Reads up to `limit` + 1 bytes (one more tells the caller the input is over the limit),
// in steps of 1 MB: QIODevice::read(limit) would first allocate the whole limit.
QByteArray readAtMost(QIODevice &device, qint64 limit);

// Reads and decodes a file; errors name the file and the problem.
DecodedText readTextFile(const QString &path);

// Largest file readTextFile accepts, in bytes.
constexpr qint64 kMaxTextFileBytes = 256LL * 1024 * 1024;

} // namespace bireader
