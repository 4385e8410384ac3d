#include "workflow/Policy.h"

#include <nlohmann/json.hpp>

namespace assay::core {

std::string_view modelModeName(ModelMode mode)
{
    switch (mode) {
    case ModelMode::Suggest:
        return "suggest";
    case ModelMode::Blind:
        return "blind";
    case ModelMode::Off:
        return "off";
    }
    return "suggest";
}

std::optional<ModelMode> parseModelMode(std::string_view name)
{
    for (ModelMode mode : {ModelMode::Suggest, ModelMode::Blind, ModelMode::Off})
        if (modelModeName(mode) == name)
            return mode;
    return std::nullopt;
}

std::string Policy::toJson() const
{
    nlohmann::ordered_json json;
    json["annotators_per_item"] = annotatorsPerItem;
    json["model"] = modelModeName(modelMode);
    json["review_share"] = reviewShare;
    json["gold_share"] = goldShare;
    json["exam_pass_score"] = examPassScore;
    json["suggestions"] = suggestionCount;
    return json.dump();
}

Result<Policy> Policy::fromJson(std::string_view text)
{
    Policy policy;
    if (text.empty())
        return policy;
    try {
        const auto json = nlohmann::json::parse(text);
        policy.annotatorsPerItem = json.value("annotators_per_item", policy.annotatorsPerItem);
        const auto mode = parseModelMode(json.value("model", std::string("suggest")));
        if (!mode)
            return Error(ErrorCode::Validation, "policy: model must be suggest, blind or off");
        policy.modelMode = *mode;
        policy.reviewShare = json.value("review_share", policy.reviewShare);
        policy.goldShare = json.value("gold_share", policy.goldShare);
        policy.examPassScore = json.value("exam_pass_score", policy.examPassScore);
        policy.suggestionCount = json.value("suggestions", policy.suggestionCount);
    } catch (const nlohmann::json::exception &e) {
        return Error(ErrorCode::ParseError, std::string("policy: ") + e.what());
    }
    if (policy.annotatorsPerItem < 1 || policy.annotatorsPerItem > 20)
        return Error(ErrorCode::Validation, "policy: annotators per item must be 1 to 20");
    auto isShare = [](double v) {
        return v >= 0.0 && v <= 1.0;
    };
    if (!isShare(policy.reviewShare) || !isShare(policy.goldShare) ||
        !isShare(policy.examPassScore))
        return Error(ErrorCode::Validation, "policy: shares and scores lie between 0 and 1");
    return policy;
}

} // namespace assay::core
