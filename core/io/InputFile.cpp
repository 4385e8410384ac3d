#include "io/InputFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iconv.h>
#include <system_error>

namespace assay::core {
namespace {

constexpr std::size_t kSniffBytes = 4096;

// UTF-16 without a byte-order mark shows as many zero bytes on one side of each pair.
TextEncoding sniffUtf16(std::string_view bytes)
{
    std::size_t evenZeros = 0;
    std::size_t oddZeros = 0;
    const std::size_t pairs = bytes.size() / 2;
    if (pairs < 2)
        return TextEncoding::Utf8;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    if (oddZeros * 10 > pairs * 3 && evenZeros * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 > pairs * 3 && oddZeros * 10 < pairs)
        return TextEncoding::Utf16BE;
    return TextEncoding::Utf8;
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

} // namespace

Result<std::unique_ptr<InputFile>> InputFile::open(const std::string &path,
                                                   const std::string &encoding)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Error(ErrorCode::Io, "is a directory, not a file", path);
    std::unique_ptr<InputFile> input(new InputFile);
    input->m_path = path;
    input->m_file = std::fopen(path.c_str(), "rb");
    if (!input->m_file)
        return Error(ErrorCode::Io, std::string("cannot open: ") + std::strerror(errno), path);
    const auto size = std::filesystem::file_size(path, ec);
    input->m_size = ec ? 0 : size;

    // Sniff the start of the file for a byte-order mark or UTF-16.
    std::string head(kSniffBytes, '\0');
    auto got = input->readRaw(head.data(), head.size());
    if (!got)
        return got.error();
    head.resize(*got);
    const std::string wanted = upper(encoding);
    std::string_view view(head);
    std::string from;
    if (view.substr(0, 3) == "\xEF\xBB\xBF") {
        input->m_encodingName = "UTF-8 with BOM";
        head.erase(0, 3);
    } else if (view.substr(0, 2) == "\xFF\xFE") {
        input->m_encoding = TextEncoding::Utf16LE;
        from = "UTF-16LE";
        head.erase(0, 2);
    } else if (view.substr(0, 2) == "\xFE\xFF") {
        input->m_encoding = TextEncoding::Utf16BE;
        from = "UTF-16BE";
        head.erase(0, 2);
    } else if (wanted == "AUTO" || wanted.empty()) {
        input->m_encoding = sniffUtf16(view);
        if (input->m_encoding == TextEncoding::Utf16LE)
            from = "UTF-16LE";
        else if (input->m_encoding == TextEncoding::Utf16BE)
            from = "UTF-16BE";
    } else if (wanted != "UTF-8" && wanted != "UTF8") {
        input->m_encoding = TextEncoding::Other;
        from = wanted;
    }
    if (!from.empty()) {
        input->m_encodingName = from;
        ASSAY_TRY(input->startConversion(from));
    }
    input->m_pending = std::move(head);
    return input;
}

InputFile::~InputFile()
{
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
    if (m_file)
        std::fclose(m_file);
}

Status InputFile::startConversion(const std::string &from)
{
    iconv_t cd = iconv_open("UTF-8", from.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return Error(ErrorCode::Encoding, "unknown encoding '" + from + "'", m_path);
    m_iconv = cd;
    return {};
}

std::string InputFile::encodingName() const
{
    return m_encodingName;
}

Result<std::size_t> InputFile::readRaw(char *buffer, std::size_t capacity)
{
    const std::size_t got = std::fread(buffer, 1, capacity, m_file);
    if (got < capacity && std::ferror(m_file))
        return Error(ErrorCode::Io, std::string("read failed: ") + std::strerror(errno), m_path);
    m_hash.update(std::string_view(buffer, got));
    m_bytesRead += got;
    return got;
}

Result<std::size_t> InputFile::read(char *buffer, std::size_t capacity)
{
    if (!m_iconv) {
        if (!m_pending.empty()) {
            const std::size_t n = std::min(capacity, m_pending.size());
            std::memcpy(buffer, m_pending.data(), n);
            m_pending.erase(0, n);
            return n;
        }
        return readRaw(buffer, capacity);
    }

    // Converting: raw bytes → m_rawCarry → iconv → buffer.
    std::size_t produced = 0;
    while (produced == 0) {
        bool atEnd = false;
        if (m_rawCarry.size() < 4096) {
            std::string chunk = std::move(m_pending);
            m_pending.clear();
            if (chunk.empty()) {
                chunk.resize(1 << 16);
                auto got = readRaw(chunk.data(), chunk.size());
                if (!got)
                    return got.error();
                chunk.resize(*got);
            }
            if (chunk.empty() && m_rawCarry.empty())
                return std::size_t{0};
            // At the end, what is left still converts unless it is a partial character.
            atEnd = chunk.empty();
            m_rawCarry += chunk;
        }
        const std::size_t carried = m_rawCarry.size();
        char *in = m_rawCarry.data();
        std::size_t inLeft = carried;
        char *out = buffer;
        std::size_t outLeft = capacity;
        const std::size_t rc = iconv(static_cast<iconv_t>(m_iconv), &in, &inLeft, &out, &outLeft);
        produced = capacity - outLeft;
        const int error = errno;
        m_rawCarry.erase(0, m_rawCarry.size() - inLeft);
        if (rc == static_cast<std::size_t>(-1) && error == EILSEQ && produced == 0)
            return Error(ErrorCode::Encoding,
                         "bytes that are not valid " + m_encodingName + " near byte " +
                             std::to_string(m_bytesRead - m_rawCarry.size()),
                         m_path);
        if (rc == static_cast<std::size_t>(-1) && error == E2BIG && produced == 0)
            return Error(ErrorCode::Io, "conversion buffer too small", m_path);
        if (atEnd && produced == 0 && inLeft == carried)
            return Error(ErrorCode::Encoding,
                         "the file ends inside a " + m_encodingName + " character", m_path);
    }
    return produced;
}

std::string InputFile::sha256()
{
    return m_hash.hexDigest();
}

} // namespace assay::core
