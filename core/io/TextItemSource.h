#pragma once

#include "io/ItemSource.h"
#include "io/LineReader.h"

namespace assay::core {

/// Items from plain text: one per line, or one per paragraph (blank-line separated, wrapped
/// lines joined). Optionally removes the spaces print layout puts between CJK characters.
class TextItemSource : public ItemSource
{
public:
    TextItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options);
    ReadStatus next(ItemRecord &record, Error &error) override;

private:
    std::string cleanLine(std::string_view line) const;

    LineReader m_lines;
};

} // namespace assay::core
