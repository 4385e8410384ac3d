#pragma once

#include <cstdint>
#include <string>

namespace assay::core {

/// What kind of failure an Error reports; callers branch on this, people read the message.
enum class ErrorCode {
    InvalidArgument, ///< the caller asked for something that makes no sense
    NotFound,        ///< a named thing (file, field, label, item, user) does not exist
    AlreadyExists,   ///< a unique name or id is taken
    ParseError,      ///< input text is malformed (file, line and column say where)
    Encoding,        ///< input bytes are not valid in the expected encoding
    Validation,      ///< well-formed input that breaks the project's schema or rules
    Io,              ///< reading or writing a file failed
    DiskFull,        ///< the disk or quota is full; nothing was written
    Database,        ///< SQLite reported an error
    NotAProject,     ///< the file is not an Assay project
    NewerVersion,    ///< the project was written by a newer Assay
    Cancelled,       ///< the user stopped a long operation; nothing was changed
    PermissionDenied ///< the user's roles do not allow this
};

/// A failure with a message a person can act on, and where in which input it happened.
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string message;
    std::string file;        ///< input file, when the error is about one
    std::int64_t line = 0;   ///< 1-based line in `file`, 0 when unknown
    std::int64_t column = 0; ///< 1-based column (code points), 0 when unknown

    Error() = default;
    Error(ErrorCode c, std::string msg)
        : code(c)
        , message(std::move(msg))
    {}
    Error(ErrorCode c, std::string msg, std::string inFile, std::int64_t atLine = 0,
          std::int64_t atColumn = 0)
        : code(c)
        , message(std::move(msg))
        , file(std::move(inFile))
        , line(atLine)
        , column(atColumn)
    {}

    /// "file:line:column: message", leaving out the parts that are unknown.
    std::string toString() const;
};

/// Short English name of an error code, for logs and JSON output.
const char *errorCodeName(ErrorCode code);

} // namespace assay::core
