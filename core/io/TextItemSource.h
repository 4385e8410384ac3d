#pragma once

#include "io/ItemSource.h"
#include "io/LineReader.h"

#include <deque>

namespace assay::core {

/// Items from plain text: one per line, or one per paragraph (wrapped lines joined).
/// Paragraphs are separated by blank lines; in double-spaced text (print layout where every
/// line is followed by a blank line, detected from the start of the file) a paragraph ends
/// at two blank lines or at a line that ends a sentence. Optionally removes the spaces print
/// layout puts between CJK characters.
class TextItemSource : public ItemSource
{
public:
    TextItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options);
    ReadStatus next(ItemRecord &record, Error &error) override;

private:
    struct Line {
        std::string text;
        std::int64_t number = 0;
    };
    /// The next raw line, from the look-ahead first; false at the end.
    Result<bool> nextLine(Line &line);
    Status detectDoubleSpacing();
    std::string cleanLine(std::string_view line) const;

    LineReader m_lines;
    std::deque<Line> m_lookahead;
    bool m_detected = false;
    bool m_doubleSpaced = false;
};

} // namespace assay::core
