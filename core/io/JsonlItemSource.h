#pragma once

#include "io/ItemSource.h"
#include "io/JsonScanner.h"
#include "io/LineReader.h"

#include <vector>

namespace assay::core {

/// Items from JSON Lines: one object per line; the text and id members are chosen by name
/// (a dotted name such as "data.text" reaches into nested objects); every other top-level
/// member is kept as the item's metadata.
class JsonlItemSource : public ItemSource
{
public:
    JsonlItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options);
    ReadStatus next(ItemRecord &record, Error &error) override;

private:
    LineReader m_lines;
    std::vector<JsonMember> m_members;
    std::string m_idField;
    bool m_idRequired;
};

} // namespace assay::core
