#include "Verbs.h"
#include "io/ItemImporter.h"
#include "io/NativeImporter.h"
#include "project/Project.h"

#include <ostream>

namespace assay::cli {

int runImport(CommandContext &context)
{
    ArgParser parser(
        "assay import FILE INPUT [--format jsonl|csv|tsv|text|assay] [--text-field NAME] "
        "[--id-field NAME] [--skip-bad]",
        "Imports items from a file as one batch. All-or-nothing: if any row is bad, nothing is "
        "imported and every bad row is listed as file:line; --skip-bad imports the good rows.");
    parser.positional("FILE", "the project file").positional("INPUT", "the file to import");
    parser.option("format", "FORMAT",
                  "jsonl, csv, tsv, text, or assay (a file written by 'assay export')", "auto");
    parser.option("text-field", "NAME", "JSONL member or CSV column with the text", "text");
    parser.option("id-field", "NAME",
                  "member or column with the item's external id (default: id, if present)");
    parser.option("encoding", "NAME", "input encoding when not UTF-8/UTF-16, e.g. GB18030", "auto");
    parser.flag("paragraphs",
                "text: one item per blank-line-separated paragraph (default: per line)");
    parser.flag("remove-cjk-spaces", "remove print-layout spaces between Chinese characters");
    parser.flag("no-trim", "keep white space around texts");
    parser.flag("skip-bad", "import the good rows and skip (and list) the bad ones");
    parser.flag("skip-duplicates", "leave out texts already in the project or earlier in the file");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    core::ImportOptions options;
    options.path = parser.arg("INPUT");
    const std::string format = *parser.value("format");
    const bool native = format == "assay";
    if (!native) {
        const auto parsed = core::parseItemFormat(format);
        if (!parsed)
            return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                             "unknown format '" + format +
                                                 "'; use jsonl, csv, tsv, text or assay"));
        options.format = *parsed;
    }
    options.textField = *parser.value("text-field");
    options.idField = parser.valueOr("id-field", "");
    options.encoding = *parser.value("encoding");
    options.split =
        parser.isSet("paragraphs") ? core::TextSplit::Paragraphs : core::TextSplit::Lines;
    options.removeCjkSpacing = parser.isSet("remove-cjk-spaces");
    options.trim = !parser.isSet("no-trim");
    options.skipBad = parser.isSet("skip-bad");
    options.skipDuplicates = parser.isSet("skip-duplicates");

    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    const auto progress = progressPrinter(context, "importing");
    const core::ImportReport report = native ? core::NativeImporter(*project).run(options, progress)
                                             : core::ItemImporter(*project).run(options, progress);
    return reportImport(context, report, "items");
}

} // namespace assay::cli
