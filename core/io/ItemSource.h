#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "io/InputFile.h"

#include <memory>
#include <optional>
#include <string>

namespace assay::core {

/// One item as read from an input file, before it is stored.
struct ItemRecord {
    std::string text;
    std::optional<std::string> externalId;
    std::string meta;      ///< JSON object text, or empty
    std::int64_t line = 0; ///< where it starts in the file
};

/// The outcome of asking a source for the next item.
enum class ReadStatus {
    Item,     ///< `record` holds an item
    RowError, ///< this row is bad (`error` says why); reading can go on
    End,      ///< no more input
    Fatal     ///< reading cannot go on (`error` says why)
};

/// Reads items from one input file, one at a time, in a single pass.
class ItemSource
{
public:
    virtual ~ItemSource() = default;
    virtual ReadStatus next(ItemRecord &record, Error &error) = 0;
    InputFile &input() { return *m_input; }

    /// A source for `options` (format chosen by extension when Auto).
    static Result<std::unique_ptr<ItemSource>> open(const ImportOptions &options);

protected:
    explicit ItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options)
        : m_input(std::move(input))
        , m_options(options)
    {}
    /// Applies trimming and CJK-spacing options; false (with `error`) when the text is empty.
    bool finishText(ItemRecord &record, Error &error);
    /// Checks that `text` is UTF-8, or fills `error` naming the line and column.
    bool checkUtf8(std::string_view text, std::int64_t line, Error &error);

    std::unique_ptr<InputFile> m_input;
    ImportOptions m_options;
};

} // namespace assay::core
