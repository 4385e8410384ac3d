#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "model/ModelParams.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// One label of a prediction: its index in Classifier::labels() and its probability.
struct RankedLabel {
    int label = 0;
    float probability = 0;
};

/// Per-thread working memory for Classifier::predict, so predicting allocates nothing.
class PredictBuffer
{
public:
    ~PredictBuffer();
    PredictBuffer(const PredictBuffer &) = delete;
    PredictBuffer &operator=(const PredictBuffer &) = delete;

private:
    friend class Classifier;
    struct State;
    explicit PredictBuffer(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

/// A supervised fastText text classifier. Training reads a fastText training file (one
/// example a line: `__label__NAME ... tokens`); labels() lists the names in the model's own
/// order. A trained classifier is immutable: predict() may run on many threads at once.
/// fastText's own quirks stay inside: it is configured without parseArgs (which exits the
/// process on a bad argument), verbosely nothing, and its exceptions become Errors.
class Classifier
{
public:
    ~Classifier();
    Classifier(const Classifier &) = delete;
    Classifier &operator=(const Classifier &) = delete;

    /// Trains on the examples in `trainingFile` with resolved `params` (dim, lr, epoch,
    /// bucket and loss set). `progress` gets per-mille done; returning false cancels, which
    /// fails with ErrorCode::Cancelled. It is called on a training thread.
    static Result<std::unique_ptr<Classifier>> train(const std::string &trainingFile,
                                                     const ModelParams &params,
                                                     const ProgressCallback &progress = {});

    /// Keeps only the bigram rows that the examples in `trainingFile` (the file it was
    /// trained on) reach; unseen bigrams then count as zeros instead of random noise. The
    /// predictions for those examples stay exactly the same, and the model shrinks from
    /// every hash bucket to the bigrams it learnt. Call before the classifier is shared.
    Status dropUnusedBuckets(const std::string &trainingFile);

    /// Reads a model written by toBlob(). A damaged or foreign blob is an error, never a crash.
    static Result<std::unique_ptr<Classifier>> fromBlob(std::string_view blob);
    /// The model as bytes for the project file: a header with a checksum, then fastText's
    /// own model format (so `fasttext predict` can read the part after the header).
    Result<std::string> toBlob() const;
    /// fastText's own model format, as `fasttext` command-line tools read it.
    Status saveFastTextFile(const std::string &path) const;

    /// Label names without the `__label__` prefix, indexed by RankedLabel::label.
    const std::vector<std::string> &labels() const { return m_labels; }
    /// Number of distinct tokens (characters and Latin words) the model knows.
    std::int64_t vocabularySize() const;

    /// A buffer for predict(); use one per thread.
    std::unique_ptr<PredictBuffer> makeBuffer() const;
    /// The `k` most likely labels for a text given as Tokenizer tokens, most likely first.
    void predict(std::string_view tokens, int k, PredictBuffer &buffer,
                 std::vector<RankedLabel> &out) const;
    /// The input ids the model sees for `tokens`: token ids, the end-of-line token, then
    /// hashed bigrams — exactly what fastText reads from a line of a training file, with the
    /// bigrams moved to their kept rows once dropUnusedBuckets() has run.
    void encode(std::string_view tokens, std::vector<std::int32_t> &ids) const;
    /// The same, computed by fastText's own line reader (slower; for checks, and only
    /// before dropUnusedBuckets()).
    void encodeWithFastText(std::string_view tokens, std::vector<std::int32_t> &ids) const;

private:
    struct Impl;
    explicit Classifier(std::unique_ptr<Impl> impl);
    void cacheLabels();
    void encodeHashed(std::string_view tokens, std::vector<std::int32_t> &ids) const;

    std::unique_ptr<Impl> m_impl;
    std::vector<std::string> m_labels;
};

} // namespace assay::core
