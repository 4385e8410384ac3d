#include "io/CsvItemSource.h"

#include "io/JsonWriter.h"

namespace assay::core {
namespace {

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace

CsvItemSource::CsvItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options,
                             char delimiter)
    : ItemSource(std::move(input), options)
    , m_lines(*m_input, options.maxLineBytes)
    , m_csv(m_lines, delimiter)
{}

Status CsvItemSource::start()
{
    const std::string &path = m_input->path();
    auto got = m_csv.next(m_header);
    if (!got)
        return got.error();
    if (!*got)
        return Error(ErrorCode::ParseError, "the file is empty; expected a header row", path, 1);
    Error utf8Error;
    std::string columns;
    for (std::size_t i = 0; i < m_header.size(); ++i) {
        if (!checkUtf8(m_header[i], 1, utf8Error))
            return utf8Error;
        m_header[i] = trimmed(m_header[i]);
        columns += (i ? ", " : "") + m_header[i];
        if (m_header[i] == m_options.textField)
            m_textColumn = static_cast<int>(i);
        if (m_header[i] == (m_options.idField.empty() ? "id" : m_options.idField))
            m_idColumn = static_cast<int>(i);
    }
    if (m_textColumn < 0)
        return Error(ErrorCode::Validation,
                     "no column '" + m_options.textField + "' in the header (columns: " + columns +
                         "); choose the text column with --text-field",
                     path, 1);
    if (!m_options.idField.empty() && m_idColumn < 0)
        return Error(ErrorCode::Validation,
                     "no column '" + m_options.idField + "' in the header (columns: " + columns +
                         ")",
                     path, 1);
    return {};
}

ReadStatus CsvItemSource::next(ItemRecord &record, Error &error)
{
    const std::string &path = m_input->path();
    while (true) {
        auto got = m_csv.next(m_fields);
        if (!got) {
            error = got.error();
            return ReadStatus::Fatal; // an unclosed quote swallows the rest of the file
        }
        if (!*got)
            return ReadStatus::End;
        if (!(m_fields.size() == 1 && m_fields[0].empty()))
            break; // blank lines between records are not rows
    }
    const std::int64_t line = m_csv.recordLine();
    record.line = line;
    if (m_fields.size() != m_header.size()) {
        error =
            Error(ErrorCode::ParseError,
                  "expected " + std::to_string(m_header.size()) + " columns, found " +
                      std::to_string(m_fields.size()) + " (is a comma inside a value not quoted?)",
                  path, line);
        return ReadStatus::RowError;
    }
    for (const std::string &field : m_fields)
        if (!checkUtf8(field, line, error))
            return ReadStatus::RowError;

    record.text = std::move(m_fields[static_cast<std::size_t>(m_textColumn)]);
    record.externalId.reset();
    if (m_idColumn >= 0) {
        std::string id = trimmed(m_fields[static_cast<std::size_t>(m_idColumn)]);
        if (!id.empty())
            record.externalId = std::move(id);
        else if (!m_options.idField.empty()) {
            error = Error(ErrorCode::Validation,
                          "the id column '" + m_options.idField + "' is empty", path, line);
            return ReadStatus::RowError;
        }
    }
    record.meta.clear();
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (static_cast<int>(i) == m_textColumn || static_cast<int>(i) == m_idColumn)
            continue;
        record.meta += record.meta.empty() ? '{' : ',';
        appendJsonString(record.meta, m_header[i]);
        record.meta += ':';
        appendJsonString(record.meta, m_fields[i]);
    }
    if (!record.meta.empty())
        record.meta += '}';
    return finishText(record, error) ? ReadStatus::Item : ReadStatus::RowError;
}

} // namespace assay::core
