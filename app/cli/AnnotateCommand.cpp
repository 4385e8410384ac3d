#include "Verbs.h"
#include "io/AnnotationImporter.h"
#include "project/Project.h"

#include <ostream>

namespace assay::cli {

int runAnnotate(CommandContext &context)
{
    ArgParser parser(
        "assay annotate FILE INPUT (--user NAME | --model NAME) [--field NAME] [--id-field NAME] "
        "[--label-field NAME] [--skip-bad]",
        "Loads existing labels from JSONL as a person's or a model's annotations. Each line "
        "names an item by its external id and gives labels by path (or unique name), e.g.\n"
        "  {\"id\": \"24\", \"label\": \"城乡建设/安全生产/安全隐患\"}\n"
        "  {\"id\": \"24\", \"label\": [\"a\", \"b\"], \"scores\": [0.9, 0.1]}\n"
        "  {\"id\": \"7\", \"spans\": [[0, 3, \"PER\"]]}   (code points, end exclusive)");
    parser.positional("FILE", "the project file").positional("INPUT", "a JSONL file of labels");
    parser.option("user", "NAME", "the annotations are this user's");
    parser.option("model", "NAME",
                  "the annotations are a model's predictions, registered under NAME");
    parser.option("field", "NAME", "the field (needed when the project has several)");
    parser.option("id-field", "NAME", "member with the item's external id", "id");
    parser.option("label-field", "NAME", "member with the labels (default: label, or spans)");
    parser.option("score-field", "NAME", "member with the labels' confidences", "scores");
    parser.flag("skip-bad", "load the good lines and skip (and list) the bad ones");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    if (parser.isSet("user") == parser.isSet("model"))
        return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                         "give exactly one of --user NAME and --model NAME"));
    core::AnnotationImportOptions options;
    options.path = parser.arg("INPUT");
    options.field = parser.valueOr("field", "");
    if (parser.isSet("user"))
        options.userName = *parser.value("user");
    else
        options.modelName = *parser.value("model");
    options.idField = *parser.value("id-field");
    options.labelField = parser.valueOr("label-field", "");
    options.scoreField = *parser.value("score-field");
    options.skipBad = parser.isSet("skip-bad");
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    const auto report =
        core::AnnotationImporter(*project).run(options, progressPrinter(context, "loading labels"));
    return reportImport(context, report, "annotations");
}

} // namespace assay::cli
