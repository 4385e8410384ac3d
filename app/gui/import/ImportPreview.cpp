#include "import/ImportPreview.h"

#include "import/ImportMessages.h"
#include "io/ItemSource.h"
#include "project/CoreStrings.h"

namespace assay::gui {

core::Result<ImportPreview> ImportPreview::read(const core::ImportOptions &options, int maxRows)
{
    auto opened = core::ItemSource::open(options);
    if (!opened)
        return opened.error();
    core::ItemSource &source = **opened;
    ImportPreview preview;
    const core::ItemFormat format = options.format == core::ItemFormat::Auto
                                        ? core::guessItemFormat(options.path)
                                        : options.format;
    preview.format = QString::fromLatin1(core::itemFormatName(format));
    preview.encoding = qstr(source.input().encodingName());
    core::ItemRecord record;
    core::Error error;
    while (static_cast<int>(preview.rows.size()) < maxRows) {
        const core::ReadStatus status = source.next(record, error);
        if (status == core::ReadStatus::End) {
            preview.complete = true;
            break;
        }
        PreviewRow row;
        if (status == core::ReadStatus::Item) {
            row.line = record.line;
            row.text = qstr(record.text);
            row.id = record.externalId ? qstr(*record.externalId) : QString();
            row.metadata = qstr(record.meta);
        } else {
            row.line = error.line;
            row.error = ImportMessages::rowError(error);
        }
        preview.rows.push_back(std::move(row));
        if (status == core::ReadStatus::Fatal) {
            preview.complete = true;
            break;
        }
    }
    return preview;
}

} // namespace assay::gui
