#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assay::core {

/// A label chosen for a choice field; the model adds its probability.
struct Choice {
    std::int64_t labelId = 0;
    std::optional<double> confidence;

    bool operator==(const Choice &) const = default;
};

/// A labelled range of an item's text, in code points, end exclusive.
struct Span {
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::int64_t labelId = 0;

    bool operator==(const Span &) const = default;
};

/// What an annotation says: choices for choice fields, spans for span fields.
struct AnnotationValue {
    std::vector<Choice> choices;
    std::vector<Span> spans;

    bool operator==(const AnnotationValue &) const = default;
    /// Same labels (and spans) regardless of order and confidence: what agreement compares.
    bool sameAnswer(const AnnotationValue &other) const;
    /// Compact JSON with label ids, as stored: {"labels":[..],"scores":[..]} or
    /// {"spans":[[s,e,id],..]}.
    std::string toStorageJson() const;
    static std::optional<AnnotationValue> fromStorageJson(std::string_view json);
};

/// Who made an annotation: a person or a model version.
struct Author {
    std::optional<std::int64_t> userId;
    std::optional<std::int64_t> modelId;

    static Author user(std::int64_t id) { return {id, std::nullopt}; }
    static Author model(std::int64_t id) { return {std::nullopt, id}; }
    bool isModel() const { return modelId.has_value(); }
    bool operator==(const Author &) const = default;
};

/// One stored version of one author's answer for one item and field. Versions are never
/// changed; a new version supersedes the previous one (which then has current == false).
struct Annotation {
    std::int64_t id = 0;
    std::int64_t itemId = 0;
    std::int64_t fieldId = 0;
    Author author;
    int version = 1;
    bool current = true;
    std::int64_t createdAt = 0;              ///< Unix milliseconds
    std::optional<std::int64_t> timeSpentMs; ///< a person's time on the item
    AnnotationValue value;
};

/// An annotation to add.
struct NewAnnotation {
    std::int64_t itemId = 0;
    std::int64_t fieldId = 0;
    Author author;
    AnnotationValue value;
    std::optional<std::int64_t> timeSpentMs;
    std::optional<std::int64_t> createdAt; ///< keeps the original time when re-importing
};

} // namespace assay::core
