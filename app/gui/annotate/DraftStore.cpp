#include "annotate/DraftStore.h"

#include "project/Project.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace assay::gui {

DraftStore::DraftStore(core::Project &project, std::int64_t userId)
    : m_project(project)
    , m_key("draft/user/" + std::to_string(userId))
    , m_stored(true)
{}

core::Status DraftStore::save(const Draft &draft)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto &[fieldId, value] : draft.values)
        fields[std::to_string(fieldId)] = nlohmann::json::parse(value.toStorageJson());
    const nlohmann::json json = {
        {"item", draft.itemId}, {"elapsed_ms", draft.elapsedMs}, {"fields", fields}};
    m_stored = true;
    return m_project.setSetting(m_key, json.dump());
}

std::optional<DraftStore::Draft> DraftStore::load()
{
    auto text = m_project.setting(m_key);
    if (!text || text->empty())
        return std::nullopt;
    const auto json = nlohmann::json::parse(*text, nullptr, false);
    if (!json.is_object() || !json.contains("item") || !json["item"].is_number_integer())
        return std::nullopt;
    Draft draft;
    draft.itemId = json["item"].get<std::int64_t>();
    draft.elapsedMs = json.value("elapsed_ms", std::int64_t{0});
    if (json.contains("fields") && json["fields"].is_object()) {
        for (const auto &[key, value] : json["fields"].items()) {
            std::int64_t fieldId = 0;
            const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), fieldId);
            auto parsed = core::AnnotationValue::fromStorageJson(value.dump());
            if (error == std::errc() && end == key.data() + key.size() && parsed)
                draft.values[fieldId] = std::move(*parsed);
        }
    }
    return draft;
}

core::Status DraftStore::clear()
{
    if (!m_stored)
        return {};
    m_stored = false;
    return m_project.setSetting(m_key, "");
}

} // namespace assay::gui
