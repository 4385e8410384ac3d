#include "io/JsonLines.h"

#include "text/Utf8.h"

#include <algorithm>

namespace assay::core {

Error jsonParseError(const nlohmann::ordered_json::parse_error &e, std::string_view text,
                     const std::string &path, std::int64_t firstLine)
{
    const std::size_t offset = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    const auto before = text.substr(0, offset);
    const std::int64_t line = firstLine + std::count(before.begin(), before.end(), '\n');
    const std::size_t lineStart = before.rfind('\n');
    const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    const auto column = static_cast<std::int64_t>(utf8::length(before.substr(from)) + 1);
    std::string message = e.what();
    if (const auto pos = message.find("syntax error"); pos != std::string::npos)
        message = message.substr(pos);
    return Error(ErrorCode::ParseError, "invalid JSON: " + message, path, line, column);
}

Result<std::unique_ptr<JsonLines>> JsonLines::open(const std::string &path)
{
    auto input = InputFile::open(path);
    if (!input)
        return input.error();
    return std::unique_ptr<JsonLines>(new JsonLines(std::move(input).value()));
}

JsonLines::JsonLines(std::unique_ptr<InputFile> input)
    : m_input(std::move(input))
    , m_lines(*m_input)
{}

ReadStatus JsonLines::next(nlohmann::ordered_json &value, Error &error)
{
    std::string_view text;
    while (true) {
        auto got = m_lines.next(text);
        if (!got) {
            error = got.error();
            return ReadStatus::Fatal;
        }
        if (!*got)
            return ReadStatus::End;
        if (text.find_first_not_of(" \t\r") != std::string_view::npos)
            break;
    }
    std::size_t bad = 0;
    if (!utf8::isValid(text, &bad)) {
        error = Error(ErrorCode::Encoding, "invalid UTF-8", m_input->path(), line(),
                      static_cast<std::int64_t>(utf8::length(text.substr(0, bad))) + 1);
        return ReadStatus::RowError;
    }
    try {
        value = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::parse_error &e) {
        error = jsonParseError(e, text, m_input->path(), line());
        return ReadStatus::RowError;
    }
    if (!value.is_object()) {
        error = Error(ErrorCode::ParseError, "expected a JSON object", m_input->path(), line());
        return ReadStatus::RowError;
    }
    return ReadStatus::Item;
}

} // namespace assay::core
