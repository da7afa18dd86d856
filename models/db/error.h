#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

// Errors travel up as values: the message a person reads, plus the technical detail
// (SQL error, file offset...) that helps whoever has to fix it.
struct Error
{
    QString message;
    QString detail;
    // Machine-readable kind where callers must tell failures apart (e.g. "not-lodestar").
    QString code = QString();

    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail;
    }
};

// Success, or an Error.
class Status
{
public:
    Status() = default;
    Status(Error e) : m_error(std::move(e)) {}
    static Status fail(const QString &message, const QString &detail = QString())
    {
        return Status(Error{message, detail, QString()});
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// A value, or an Error.
template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error e) : m_data(std::move(e)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // From a temporary Result, the value itself: `for (x : store.list().value())` then owns
    // what it loops over instead of a reference into a Result already destroyed.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    Status status() const { return ok() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_data;
};
