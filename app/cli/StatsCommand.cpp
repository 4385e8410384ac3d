#include "Verbs.h"
#include "project/Project.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace assay::cli {

int runStats(CommandContext &context)
{
    ArgParser parser(
        "assay stats FILE [--json]",
        "Shows counts: items by state, fields and labels, annotations, users, batches.");
    parser.positional("FILE", "the project file");
    parser.flag("json", "print one JSON object");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    core::Database &db = project->database();
    auto counts = project->items().stateCounts();
    auto fields = project->schema().fields();
    auto human = db.queryInt("SELECT count(*) FROM annotations WHERE user_id IS NOT NULL");
    auto model = db.queryInt("SELECT count(*) FROM annotations WHERE model_id IS NOT NULL");
    auto users = db.queryInt("SELECT count(*) FROM users WHERE active = 1");
    auto batches = db.queryInt("SELECT count(*) FROM batches");
    auto gold = db.queryInt("SELECT count(*) FROM gold");
    for (const core::Error *error :
         {counts ? nullptr : &counts.error(), fields ? nullptr : &fields.error(),
          human ? nullptr : &human.error(), model ? nullptr : &model.error(),
          users ? nullptr : &users.error(), batches ? nullptr : &batches.error(),
          gold ? nullptr : &gold.error()})
        if (error)
            return fail(context, *error);

    nlohmann::ordered_json json;
    json["project"] = project->name().ok() ? *project->name() : "";
    std::int64_t total = 0;
    nlohmann::ordered_json states;
    for (core::ItemState state : core::kAllItemStates) {
        const auto n = (*counts)[static_cast<std::size_t>(state)];
        states[std::string(core::itemStateName(state))] = n;
        total += n;
    }
    json["items"] = total;
    json["states"] = states;
    json["fields"] = nlohmann::ordered_json::array();
    for (const core::Field &field : *fields) {
        auto taxonomy = project->schema().taxonomy(field.id);
        if (!taxonomy)
            return fail(context, taxonomy.error());
        json["fields"].push_back({{"name", field.name},
                                  {"kind", core::fieldKindName(field.kind)},
                                  {"labels", (*taxonomy)->size()},
                                  {"leaves", (*taxonomy)->leafCount()},
                                  {"top_level", (*taxonomy)->topLevelCount()},
                                  {"depth", (*taxonomy)->maxDepth()}});
    }
    json["annotations"] = {{"human", *human}, {"model", *model}};
    json["gold"] = *gold;
    json["users"] = *users;
    json["batches"] = *batches;

    if (parser.isSet("json")) {
        context.out << json.dump(2) << "\n";
        return kExitOk;
    }
    context.out << "project   " << json["project"].get<std::string>() << "\n";
    context.out << "items     " << total << "\n";
    for (const auto &[state, n] : states.items())
        if (n.get<std::int64_t>() > 0)
            context.out << "  " << state
                        << std::string(state.size() < 12 ? 12 - state.size() : 1, ' ')
                        << n.get<std::int64_t>() << "\n";
    for (const auto &field : json["fields"])
        context.out << "field     " << field["name"].get<std::string>() << " ("
                    << field["kind"].get<std::string>() << "): " << field["labels"] << " labels, "
                    << field["leaves"] << " leaves, " << field["top_level"] << " top-level\n";
    context.out << "annotations " << *human << " by people, " << *model << " by models\n";
    context.out << "gold      " << *gold << "\n";
    context.out << "users     " << *users << "\n";
    context.out << "batches   " << *batches << "\n";
    return kExitOk;
}

} // namespace assay::cli
