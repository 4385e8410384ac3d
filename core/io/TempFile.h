#pragma once

#include "error/Result.h"

#include <string>

namespace assay::core {

/// A file in the system's temporary directory, with a name no one else uses, deleted when
/// the object goes away. For libraries that read only from a path.
class TempFile
{
public:
    /// Reserves a new, empty file whose name ends with `suffix`.
    static Result<TempFile> create(const std::string &suffix = ".tmp");
    TempFile(TempFile &&other) noexcept;
    TempFile &operator=(TempFile &&) = delete;
    TempFile(const TempFile &) = delete;
    ~TempFile();

    const std::string &path() const { return m_path; }

private:
    explicit TempFile(std::string path)
        : m_path(std::move(path))
    {}
    std::string m_path;
};

} // namespace assay::core
