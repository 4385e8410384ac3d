#include "model/TrainingData.h"

#include "annotations/Annotation.h"
#include "project/Project.h"
#include "schema/Taxonomy.h"

namespace assay::core {
namespace {

std::vector<std::int64_t> selectableLabels(const AnnotationValue &value, const Taxonomy &taxonomy)
{
    std::vector<std::int64_t> labels;
    for (const Choice &choice : value.choices)
        if (taxonomy.isSelectable(choice.labelId))
            labels.push_back(choice.labelId);
    return labels;
}

} // namespace

Result<TrainingData> TrainingData::fromProject(Project &project, const Field &field)
{
    auto taxonomy = project.schema().taxonomy(field.id);
    if (!taxonomy)
        return taxonomy.error();
    Database &db = project.database();
    TrainingData data;

    auto gold = db.prepare("SELECT g.item_id, i.text, g.value FROM gold g JOIN items i "
                           "ON i.id = g.item_id WHERE g.field_id = ? ORDER BY g.item_id");
    if (!gold)
        return gold.error();
    gold->bind(1, field.id);
    while (true) {
        auto row = gold->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto value = AnnotationValue::fromStorageJson(gold->columnText(2));
        if (!value)
            continue;
        auto labels = selectableLabels(*value, **taxonomy);
        if (labels.empty())
            continue;
        data.examples.push_back({gold->columnInt(0), gold->columnString(1), std::move(labels)});
        ++data.fromGold;
    }

    auto decided = db.prepare(
        "SELECT a.item_id, i.text, a.value FROM items i JOIN annotations a ON a.item_id = i.id "
        "WHERE i.state IN (3, 6) AND a.field_id = ?1 AND a.current = 1 AND a.user_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM gold g WHERE g.item_id = i.id AND g.field_id = ?1) "
        "ORDER BY a.item_id, a.id");
    if (!decided)
        return decided.error();
    decided->bind(1, field.id);
    std::int64_t currentItem = 0;
    std::string currentText;
    std::vector<AnnotationValue> votes;
    auto flush = [&] {
        if (votes.empty())
            return;
        bool agree = true;
        for (std::size_t i = 1; i < votes.size(); ++i)
            agree = agree && votes[i].sameAnswer(votes[0]);
        if (!agree) {
            ++data.conflicting;
        } else if (auto labels = selectableLabels(votes[0], **taxonomy); !labels.empty()) {
            data.examples.push_back({currentItem, currentText, std::move(labels)});
            ++data.fromAccepted;
        }
        votes.clear();
    };
    while (true) {
        auto row = decided->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t item = decided->columnInt(0);
        if (item != currentItem) {
            flush();
            currentItem = item;
            currentText = decided->columnString(1);
        }
        if (auto value = AnnotationValue::fromStorageJson(decided->columnText(2)))
            votes.push_back(std::move(*value));
    }
    flush();
    return data;
}

Status TrainingData::addLabelledFile(const LabelledFile &file, const Taxonomy &taxonomy)
{
    const std::string &path = file.path;
    auto rows = LabelledDataReader::read(file);
    if (!rows)
        return rows.error();
    std::vector<LabelledExample> added;
    for (LabelledText &row : *rows) {
        LabelledExample example;
        example.text = std::move(row.text);
        for (const std::string &name : row.labels) {
            auto label = taxonomy.resolve(name);
            if (!label)
                return Error(ErrorCode::Validation, label.error().message, path, row.line);
            if (!taxonomy.isSelectable((*label)->id))
                return Error(ErrorCode::Validation,
                             "label '" + (*label)->path +
                                 "' is not a leaf; give one of its sub-labels",
                             path, row.line);
            example.labels.push_back((*label)->id);
        }
        added.push_back(std::move(example));
    }
    fromFiles += static_cast<std::int64_t>(added.size());
    for (LabelledExample &example : added)
        examples.push_back(std::move(example));
    return {};
}

} // namespace assay::core
