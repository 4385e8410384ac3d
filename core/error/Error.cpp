#include "error/Error.h"

namespace assay::core {

std::string Error::toString() const
{
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0)
                out += ':' + std::to_string(column);
        }
        out += ": ";
    } else if (line > 0) {
        out += "line " + std::to_string(line) + ": ";
    }
    out += message;
    return out;
}

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::AlreadyExists:
        return "already-exists";
    case ErrorCode::ParseError:
        return "parse-error";
    case ErrorCode::Encoding:
        return "encoding";
    case ErrorCode::Validation:
        return "validation";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::DiskFull:
        return "disk-full";
    case ErrorCode::Database:
        return "database";
    case ErrorCode::NotAProject:
        return "not-a-project";
    case ErrorCode::NewerVersion:
        return "newer-version";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    }
    return "unknown";
}

} // namespace assay::core
