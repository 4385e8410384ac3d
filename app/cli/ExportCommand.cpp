#include "Verbs.h"
#include "export/JsonlExporter.h"
#include "project/Project.h"

#include <cstdio>
#include <ostream>

namespace assay::cli {

int runExport(CommandContext &context)
{
    ArgParser parser("assay export FILE --format jsonl --output PATH",
                     "Exports the project in Assay's native JSONL: each item with all its "
                     "annotations (author, version, time) and gold values. Streaming; the same "
                     "project gives byte-identical files.");
    parser.positional("FILE", "the project file");
    parser.option("format", "FORMAT", "jsonl (the native format)", "jsonl");
    parser.option("output", "PATH", "where to write; '-' for standard output");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    if (*parser.value("format") != "jsonl")
        return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                         "unknown format '" + *parser.value("format") +
                                             "'; this version exports jsonl"));
    if (!parser.value("output"))
        return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                         "--output PATH is required ('-' for standard output)"));
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    const std::string output = *parser.value("output");
    core::JsonlExporter exporter(*project);
    const auto progress = progressPrinter(context, "exporting");
    auto report =
        output == "-" ? exporter.run(context.out, progress) : exporter.run(output, progress);
    if (!report)
        return fail(context, report.error());
    if (output != "-") {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.2f", report->seconds);
        context.out << "exported " << report->items << " items, " << report->annotations
                    << " annotations, " << report->gold << " gold values to " << output << " ("
                    << seconds << " s)\n";
    }
    return kExitOk;
}

} // namespace assay::cli
