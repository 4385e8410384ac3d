#include "io/TextItemSource.h"

#include "text/CjkSpacing.h"

namespace assay::core {
namespace {

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos ||
           line.find_first_not_of(" \t\r\f\v\xe3\x80\x80") == std::string_view::npos;
}

std::string_view trimView(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

} // namespace

TextItemSource::TextItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options)
    : ItemSource(std::move(input), options)
    , m_lines(*m_input, options.maxLineBytes)
{}

std::string TextItemSource::cleanLine(std::string_view line) const
{
    return m_options.removeCjkSpacing ? removeCjkSpacing(trimView(line))
                                      : std::string(trimView(line));
}

ReadStatus TextItemSource::next(ItemRecord &record, Error &error)
{
    record.text.clear();
    record.externalId.reset();
    record.line = 0;
    std::string_view line;
    bool badUtf8 = false;
    while (true) {
        auto got = m_lines.next(line);
        if (!got) {
            error = got.error();
            // One item a line: the next line is the next item, so reading can go on.
            if (m_lines.skippedLongLine() && m_options.split == TextSplit::Lines) {
                record.line = m_lines.lineNumber();
                return ReadStatus::RowError;
            }
            return ReadStatus::Fatal;
        }
        if (!*got)
            break;
        const std::int64_t lineNo = m_lines.lineNumber();
        if (isBlank(line)) {
            if (record.line > 0)
                break; // a blank line ends the paragraph (or is skipped in line mode)
            continue;
        }
        if (record.line == 0)
            record.line = lineNo;
        if (!badUtf8 && !checkUtf8(line, lineNo, error))
            badUtf8 = true;
        if (badUtf8) {
            if (m_options.split == TextSplit::Lines)
                return ReadStatus::RowError;
            continue; // skip to the paragraph's end, then report it
        }
        if (m_options.split == TextSplit::Lines) {
            record.text = cleanLine(line);
            break;
        }
        appendWrappedLine(record.text, cleanLine(line));
    }
    if (badUtf8)
        return ReadStatus::RowError;
    if (record.line == 0)
        return ReadStatus::End;
    record.meta = "{\"line\":" + std::to_string(record.line) + "}";
    return finishText(record, error) ? ReadStatus::Item : ReadStatus::RowError;
}

} // namespace assay::core
