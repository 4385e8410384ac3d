#pragma once

#include "error/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assay::core {

class Database;

/// A trained model as the project stores it (without its bytes).
struct ModelInfo {
    std::int64_t id = 0;
    std::int64_t fieldId = 0;
    int version = 0;  ///< 1, 2, … per field; the highest is the current model
    std::string kind; ///< "fasttext", or the name of a model whose predictions were imported
    std::int64_t createdAt = 0; ///< Unix milliseconds: when training finished
    std::string params;         ///< ModelParams as JSON, resolved
    std::int64_t trainSize = 0;
    std::string trainHash;  ///< SHA-256 of the training data as the model read it
    std::string evaluation; ///< Evaluation as JSON ("{}" when nothing was held out)
    std::int64_t size = 0;  ///< bytes of the stored model
};

/// A model to store.
struct NewModel {
    std::int64_t fieldId = 0;
    std::string kind = "fasttext";
    std::string params = "{}";
    std::int64_t trainSize = 0;
    std::string trainHash;
    std::string evaluation = "{}";
    std::string data;
    std::optional<std::int64_t> createdAt;
};

/// The project's models table: every trained version is kept, numbered per field.
class ModelStore
{
public:
    explicit ModelStore(Database &db);

    /// Stores a model as the field's next version.
    Result<ModelInfo> add(const NewModel &model);
    /// Models of one field, or of every field, oldest first.
    Result<std::vector<ModelInfo>> list(std::optional<std::int64_t> fieldId = std::nullopt);
    /// The field's newest trained model (one with a stored classifier, not an entry for
    /// predictions imported from elsewhere), if it has one.
    Result<std::optional<ModelInfo>> latest(std::int64_t fieldId);
    Result<ModelInfo> get(std::int64_t id);
    Result<ModelInfo> byVersion(std::int64_t fieldId, int version);
    /// The stored bytes of a model; an error for a model without any (imported predictions).
    Result<std::string> data(std::int64_t id);
    /// How many annotations model `id` has made: pre-labelling writes one an item, so for a
    /// trained model this is the number of items it has labelled.
    Result<std::int64_t> labelledItems(std::int64_t id);

private:
    Result<std::vector<ModelInfo>> query(const std::string &where, std::int64_t a, std::int64_t b);

    Database &m_db;
};

} // namespace assay::core
