#pragma once

#include "error/Result.h"
#include "io/Sha256.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace assay::core {

/// Text encodings an input file may be in.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Other };

/// A text file read in chunks and delivered as UTF-8, whatever it is stored as. Detects a
/// UTF-8 or UTF-16 byte-order mark, and UTF-16 without one; any other encoding can be named
/// (e.g. "GB18030") and is converted with iconv. Hashes the raw bytes with SHA-256 as it
/// reads, so an import can record what exactly it read.
class InputFile
{
public:
    /// Opens `path`. `encoding` is "auto" or an iconv name such as "GB18030" or "UTF-16".
    static Result<std::unique_ptr<InputFile>> open(const std::string &path,
                                                   const std::string &encoding = "auto");
    ~InputFile();

    /// Reads up to `capacity` bytes of UTF-8 into `buffer`; 0 at the end of the file.
    Result<std::size_t> read(char *buffer, std::size_t capacity);

    const std::string &path() const { return m_path; }
    std::uint64_t size() const { return m_size; }
    std::uint64_t bytesRead() const { return m_bytesRead; }
    TextEncoding encoding() const { return m_encoding; }
    /// "UTF-8", "UTF-8 with BOM", "UTF-16LE", … for reports.
    std::string encodingName() const;
    /// SHA-256 of the raw bytes; call once, after reading to the end.
    std::string sha256();

private:
    InputFile() = default;
    Result<std::size_t> readRaw(char *buffer, std::size_t capacity);
    Status startConversion(const std::string &from);

    std::string m_path;
    std::FILE *m_file = nullptr;
    std::uint64_t m_size = 0;
    std::uint64_t m_bytesRead = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::string m_encodingName = "UTF-8";
    Sha256 m_hash;
    std::string m_pending;   ///< raw bytes read ahead (the sniffed start of the file)
    void *m_iconv = nullptr; ///< iconv_t when converting
    std::string m_rawCarry;  ///< raw bytes not yet converted (a split multi-byte sequence)
};

} // namespace assay::core
