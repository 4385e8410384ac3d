#include "io/TextItemSource.h"

#include "text/CjkSpacing.h"
#include "text/Utf8.h"

namespace assay::core {
namespace {

constexpr std::size_t kDetectionLines = 400;

bool isBlank(std::string_view line)
{
    std::size_t pos = 0;
    while (pos < line.size()) {
        const char32_t cp = utf8::decode(line, pos);
        if (cp != U' ' && cp != U'\t' && cp != U'\r' && cp != U'\f' && cp != U'\v' &&
            cp != 0x3000 && cp != 0x00A0)
            return false;
    }
    return true;
}

std::string_view trimView(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

bool endsSentence(std::string_view line)
{
    line = trimView(line);
    for (std::string_view end : {"。", "！", "？", "…", "。”", "！”", "？”", "!", "?", "."})
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end)
            return true;
    return false;
}

} // namespace

TextItemSource::TextItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options)
    : ItemSource(std::move(input), options)
    , m_lines(*m_input)
{}

Result<bool> TextItemSource::nextLine(Line &line)
{
    if (!m_lookahead.empty()) {
        line = std::move(m_lookahead.front());
        m_lookahead.pop_front();
        return true;
    }
    std::string_view view;
    auto got = m_lines.next(view);
    if (!got)
        return got.error();
    if (!*got)
        return false;
    line.text.assign(view);
    line.number = m_lines.lineNumber();
    return true;
}

Status TextItemSource::detectDoubleSpacing()
{
    m_detected = true;
    std::string_view view;
    while (m_lookahead.size() < kDetectionLines) {
        auto got = m_lines.next(view);
        if (!got)
            return got.error();
        if (!*got)
            break;
        m_lookahead.push_back({std::string(view), m_lines.lineNumber()});
    }
    // Double-spaced: nearly every text line is followed by exactly one blank line.
    std::size_t textLines = 0;
    std::size_t singleGaps = 0;
    for (std::size_t i = 0; i + 1 < m_lookahead.size(); ++i) {
        if (isBlank(m_lookahead[i].text))
            continue;
        ++textLines;
        const bool blankNext = isBlank(m_lookahead[i + 1].text);
        const bool textAfter = i + 2 < m_lookahead.size() && !isBlank(m_lookahead[i + 2].text);
        singleGaps += blankNext && textAfter;
    }
    m_doubleSpaced = textLines >= 10 && singleGaps * 10 >= textLines * 8;
    return {};
}

std::string TextItemSource::cleanLine(std::string_view line) const
{
    return m_options.removeCjkSpacing ? removeCjkSpacing(trimView(line))
                                      : std::string(trimView(line));
}

ReadStatus TextItemSource::next(ItemRecord &record, Error &error)
{
    if (!m_detected && m_options.split == TextSplit::Paragraphs) {
        if (auto status = detectDoubleSpacing(); !status) {
            error = status.error();
            return ReadStatus::Fatal;
        }
    }
    record.text.clear();
    record.externalId.reset();
    record.line = 0;
    bool badUtf8 = false;
    int blankRun = 0;
    Line line;
    while (true) {
        auto got = nextLine(line);
        if (!got) {
            error = got.error();
            return ReadStatus::Fatal;
        }
        if (!*got)
            break;
        if (isBlank(line.text)) {
            ++blankRun;
            // A blank line ends a paragraph, except in double-spaced text where it takes two.
            if (record.line > 0 && (!m_doubleSpaced || blankRun >= 2))
                break;
            continue;
        }
        blankRun = 0;
        if (record.line == 0)
            record.line = line.number;
        if (!badUtf8 && !checkUtf8(line.text, line.number, error))
            badUtf8 = true;
        if (badUtf8) {
            if (m_options.split == TextSplit::Lines)
                return ReadStatus::RowError;
            continue; // skip to the paragraph's end, then report it
        }
        if (m_options.split == TextSplit::Lines) {
            record.text = cleanLine(line.text);
            break;
        }
        appendWrappedLine(record.text, cleanLine(line.text));
        if (m_doubleSpaced && endsSentence(line.text))
            break;
    }
    if (badUtf8)
        return ReadStatus::RowError;
    if (record.line == 0)
        return ReadStatus::End;
    record.meta = "{\"line\":" + std::to_string(record.line) + "}";
    return finishText(record, error) ? ReadStatus::Item : ReadStatus::RowError;
}

} // namespace assay::core
