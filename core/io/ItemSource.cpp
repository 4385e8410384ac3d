#include "io/ItemSource.h"

#include "io/CsvItemSource.h"
#include "io/JsonlItemSource.h"
#include "io/TextItemSource.h"
#include "text/CjkSpacing.h"
#include "text/Utf8.h"

namespace assay::core {

Result<std::unique_ptr<ItemSource>> ItemSource::open(const ImportOptions &options)
{
    auto input = InputFile::open(options.path, options.encoding);
    if (!input)
        return input.error();
    const ItemFormat format =
        options.format == ItemFormat::Auto ? guessItemFormat(options.path) : options.format;
    switch (format) {
    case ItemFormat::Csv:
    case ItemFormat::Tsv: {
        auto csv = std::make_unique<CsvItemSource>(std::move(input).value(), options,
                                                   format == ItemFormat::Tsv ? '\t' : ',');
        ASSAY_TRY(csv->start());
        return std::unique_ptr<ItemSource>(std::move(csv));
    }
    case ItemFormat::Text:
        return std::unique_ptr<ItemSource>(
            std::make_unique<TextItemSource>(std::move(input).value(), options));
    case ItemFormat::Auto:
    case ItemFormat::Jsonl:
        break;
    }
    return std::unique_ptr<ItemSource>(
        std::make_unique<JsonlItemSource>(std::move(input).value(), options));
}

bool ItemSource::checkUtf8(std::string_view text, std::int64_t line, Error &error)
{
    std::size_t bad = 0;
    if (utf8::isValid(text, &bad))
        return true;
    std::string hint;
    if (m_input->encoding() == TextEncoding::Utf8)
        hint = "; if the file is in a Chinese legacy encoding, import it with --encoding GB18030";
    error = Error(ErrorCode::Encoding, "invalid UTF-8" + hint, m_input->path(), line,
                  static_cast<std::int64_t>(utf8::length(text.substr(0, bad))) + 1);
    return false;
}

bool ItemSource::finishText(ItemRecord &record, Error &error)
{
    if (m_options.removeCjkSpacing && m_options.format != ItemFormat::Text)
        record.text = removeCjkSpacing(record.text);
    if (m_options.trim) {
        // Also the ideographic spaces (U+3000) that indent Chinese paragraphs.
        const std::string_view trimmed = utf8::trim(record.text);
        if (trimmed.size() != record.text.size())
            record.text = std::string(trimmed);
    }
    if (record.text.empty()) {
        error = Error(ErrorCode::Validation, "the text is empty", m_input->path(), record.line);
        return false;
    }
    return true;
}

} // namespace assay::core
