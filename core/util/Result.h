#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace onco {

/** What went wrong, coarse enough to pick an exit code (product.md §11). */
enum class ErrorKind {
    InvalidInput,    ///< bad arguments, a bad case file, a validation failure (exit 2)
    NotFound,        ///< unknown MRN or record (exit 2)
    NotOurDatabase,  ///< not an OncoCase database (exit 2)
    NewerSchema,     ///< written by a newer OncoCase (exit 2)
    Locked,          ///< locked by another process (exit 1)
    ReadOnly,        ///< the file cannot be written (exit 1)
    Io,              ///< any other I/O or SQL failure (exit 1)
    Corrupt,         ///< corruption found while reading (exit 1)
    Conflict,        ///< another workstation changed the record since it was shown (exit 1)
};

struct Error
{
    ErrorKind kind = ErrorKind::Io;
    QString message;
};

/** The exit code product.md §11 assigns to an error. */
inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
    case ErrorKind::NotOurDatabase:
    case ErrorKind::NewerSchema:
        return 2;
    default:
        return 1;
    }
}

/** A value or an error (std::expected is C++23). */
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Success or an error, no value. */
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

}  // namespace onco
