#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sitesync {

// Why an operation failed; the command line maps each kind to its exit status.
enum class ErrorKind {
    BadInput,          // malformed JSON, unknown table or column, wrong value type, bad option
    Refused,           // the ownership rules forbid this change on this site
    Invalid,           // well-formed but breaks an invariant (sync settings, constraints)
    MissingReference,  // refers to a record that does not exist (yet: during sync it may arrive later)
    NotFound,          // the named record, store or site does not exist
    Database,          // the database could not be opened, read or written
    Incompatible,      // a database written by a newer version, or not a SiteSync database
    OutOfSequence,     // a site's push does not follow what the central holds for it (docs/reliability.md)
    Unreachable,       // the link to the central failed: no answer, or it stopped moving (timed out)
};

struct Error {
    ErrorKind kind = ErrorKind::Database;
    QString message;
    int ownerSiteId = 0;  // with Refused: the site that may make the change (0 when none may)
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error{kind, std::move(message), 0};
}

// A value or the reason there is none. A small stand-in for C++23 std::expected.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace sitesync
