#include "model/ModelParams.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace assay::core {

std::string_view modelLossName(ModelLoss loss)
{
    switch (loss) {
    case ModelLoss::Auto:
        return "auto";
    case ModelLoss::Softmax:
        return "softmax";
    case ModelLoss::HierarchicalSoftmax:
        return "hs";
    case ModelLoss::OneVsAll:
        return "ova";
    }
    return "auto";
}

std::optional<ModelLoss> parseModelLoss(std::string_view name)
{
    for (ModelLoss loss :
         {ModelLoss::Auto, ModelLoss::Softmax, ModelLoss::HierarchicalSoftmax, ModelLoss::OneVsAll})
        if (modelLossName(loss) == name)
            return loss;
    return std::nullopt;
}

ModelParams ModelParams::resolved(std::int64_t examples, int labels, std::int64_t tokens,
                                  std::int64_t distinctBigrams, bool multiLabel) const
{
    (void)tokens;
    ModelParams p = *this;
    if (!p.dim)
        p.dim = 64;
    if (!p.lr)
        p.lr = 1.0;
    if (!p.epoch) {
        // Small and middle-sized sets need many passes (rare labels most of all); on big
        // ones a few passes see plenty of examples and keep training time in proportion.
        p.epoch = examples <= 200'000 ? 25 : examples <= 1'000'000 ? 10 : 5;
    }
    if (p.wordNgrams <= 1) {
        p.bucket = 0;
    } else if (!p.bucket) {
        // Colliding bigrams share a vector: about one bigram in (buckets / distinct) collides.
        // Sixteen buckets a bigram, and at least 200,000 (measured: 20,000 buckets for 2,900
        // bigrams cost 1.2 points of accuracy over 200,000), without fastText's 2,000,000
        // rows that make every model 800 MB.
        p.bucket =
            static_cast<int>(std::clamp<std::int64_t>(distinctBigrams * 16, 200'000, 2'000'000));
    }
    if (p.loss == ModelLoss::Auto) {
        if (multiLabel)
            p.loss = ModelLoss::OneVsAll;
        else
            p.loss =
                labels > kSoftmaxMaxLabels ? ModelLoss::HierarchicalSoftmax : ModelLoss::Softmax;
    }
    if (p.threads <= 0)
        p.threads = 0; // resolved against the machine when training starts
    return p;
}

Status ModelParams::validate() const
{
    if (dim && (*dim < 1 || *dim > 1000))
        return Error(ErrorCode::Validation, "dim must be between 1 and 1000");
    if (lr && (*lr <= 0 || *lr > 10))
        return Error(ErrorCode::Validation, "lr must be above 0 and at most 10");
    if (epoch && (*epoch < 1 || *epoch > 1000))
        return Error(ErrorCode::Validation, "epoch must be between 1 and 1000");
    if (wordNgrams < 1 || wordNgrams > 5)
        return Error(ErrorCode::Validation, "word_ngrams must be between 1 and 5");
    if (bucket && (*bucket < 0 || *bucket > 10'000'000))
        return Error(ErrorCode::Validation, "bucket must be between 0 and 10000000");
    if (holdout < 0 || holdout >= 1)
        return Error(ErrorCode::Validation, "holdout must be at least 0 and below 1");
    if (topK < 1 || topK > 100)
        return Error(ErrorCode::Validation, "top_k must be between 1 and 100");
    if (minCount < 1)
        return Error(ErrorCode::Validation, "min_count must be at least 1");
    return {};
}

std::string ModelParams::toJson() const
{
    nlohmann::json j;
    if (dim)
        j["dim"] = *dim;
    if (lr)
        j["lr"] = *lr;
    if (epoch)
        j["epoch"] = *epoch;
    j["word_ngrams"] = wordNgrams;
    if (bucket)
        j["bucket"] = *bucket;
    j["min_count"] = minCount;
    j["loss"] = std::string(modelLossName(loss));
    j["threads"] = threads;
    j["seed"] = seed;
    j["holdout"] = holdout;
    j["top_k"] = topK;
    j["shuffle"] = shuffle;
    return j.dump();
}

Result<ModelParams> ModelParams::fromJson(std::string_view json)
{
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object())
        return Error(ErrorCode::ParseError, "model parameters are not a JSON object");
    ModelParams p;
    try {
        if (j.contains("dim"))
            p.dim = j["dim"].get<int>();
        if (j.contains("lr"))
            p.lr = j["lr"].get<double>();
        if (j.contains("epoch"))
            p.epoch = j["epoch"].get<int>();
        p.wordNgrams = j.value("word_ngrams", p.wordNgrams);
        if (j.contains("bucket"))
            p.bucket = j["bucket"].get<int>();
        p.minCount = j.value("min_count", p.minCount);
        const std::string loss = j.value("loss", std::string("auto"));
        auto parsedLoss = parseModelLoss(loss);
        if (!parsedLoss)
            return Error(ErrorCode::Validation, "unknown model loss '" + loss + "'");
        p.loss = *parsedLoss;
        p.threads = j.value("threads", p.threads);
        p.seed = j.value("seed", p.seed);
        p.holdout = j.value("holdout", p.holdout);
        p.topK = j.value("top_k", p.topK);
        p.shuffle = j.value("shuffle", p.shuffle);
    } catch (const nlohmann::json::exception &e) {
        return Error(ErrorCode::ParseError, std::string("bad model parameters: ") + e.what());
    }
    ASSAY_TRY(p.validate());
    return p;
}

} // namespace assay::core
