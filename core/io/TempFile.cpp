#include "io/TempFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace assay::core {

Result<TempFile> TempFile::create(const std::string &suffix)
{
    std::error_code ec;
    const auto directory = std::filesystem::temp_directory_path(ec);
    if (ec)
        return Error(ErrorCode::Io, "no temporary directory: " + ec.message());
    std::string pattern = (directory / ("assay-XXXXXX" + suffix)).string();
    const int fd = mkstemps(pattern.data(), static_cast<int>(suffix.size()));
    if (fd < 0)
        return Error(ErrorCode::Io, "cannot create a temporary file in " + directory.string() +
                                        ": " + std::strerror(errno));
    ::close(fd);
    return TempFile(pattern);
}

TempFile::TempFile(TempFile &&other) noexcept
    : m_path(std::move(other.m_path))
{
    other.m_path.clear();
}

TempFile::~TempFile()
{
    if (!m_path.empty()) {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
    }
}

} // namespace assay::core
