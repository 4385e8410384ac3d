#pragma once

#include "io/CsvReader.h"
#include "io/ItemSource.h"

#include <vector>

namespace assay::core {

/// Items from CSV or TSV with a header row: the text and id columns are chosen by name;
/// every other column becomes a string in the item's metadata.
class CsvItemSource : public ItemSource
{
public:
    CsvItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options, char delimiter);
    /// Reads the header and finds the columns; call before next().
    Status start();
    ReadStatus next(ItemRecord &record, Error &error) override;
    const std::vector<std::string> &header() const { return m_header; }

private:
    LineReader m_lines;
    CsvReader m_csv;
    std::vector<std::string> m_header;
    std::vector<std::string> m_fields;
    int m_textColumn = -1;
    int m_idColumn = -1;
};

} // namespace assay::core
