#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bireader {

// Why something failed, in words for the user: names the file and the problem
// ("notes.bireader: no space left on device").
struct Error {
    QString message;
};

// What a call that can fail returns: a value (nothing, for Result<>) or an Error. A result
// must be looked at ([[nodiscard]]); to ignore one, say why and log it.
//
//   Result<ProjectData> r = store.open(path);
//   if (!r)
//       return Error { r.error() };
//   use(r.value());
template <typename T = void> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_value(value)
    {
    }
    Result(T &&value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(error.message.isEmpty() ? QStringLiteral("failed") : std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; } // empty when ok()

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(error.message.isEmpty() ? QStringLiteral("failed") : std::move(error.message))
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

} // namespace bireader
