#include "model/Classifier.h"

#include "io/Sha256.h"
#include "model/BucketMap.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fasttext/fasttext.h>
#include <fstream>
#include <mutex>
#include <sstream>
#include <streambuf>
#include <thread>

namespace assay::core {
namespace {

// A blob starts with this tag and the SHA-256 of what follows, so that a damaged blob is
// refused before fastText reads sizes out of it. Version 1 holds fastText's model alone;
// version 2 holds the bigram map (BucketMap) and then fastText's model with the kept rows.
constexpr char kBlobMagic[8] = {'A', 'S', 'Y', 'F', 'T', 'M', '0', '1'};
constexpr char kBlobMagicMapped[8] = {'A', 'S', 'Y', 'F', 'T', 'M', '0', '2'};
constexpr std::size_t kDigestSize = 32;
constexpr std::size_t kHeaderSize = sizeof kBlobMagic + kDigestSize;
const std::string kLabelPrefix = "__label__";

// fastText's protected parts, reached to save to and load from memory and to predict with
// a reusable state. Everything here is public API of the installed library's headers.
class FastTextModel : public fasttext::FastText
{
public:
    void saveTo(std::ostream &out)
    {
        signModel(out);
        args_->save(out);
        dict_->save(out);
        out.write(reinterpret_cast<const char *>(&quant_), sizeof(bool));
        input_->save(out);
        out.write(reinterpret_cast<const char *>(&args_->qout), sizeof(bool));
        output_->save(out);
    }
    bool loadFrom(std::istream &in)
    {
        if (!checkModel(in))
            return false;
        loadModel(in);
        return true;
    }
    // Replaces the input matrix with its word rows, the rows of the kept buckets, and a
    // zero row; fastText's bucket count becomes the number of kept rows.
    void keepRows(const BucketMap &map)
    {
        const auto full = getInputMatrix();
        const std::int64_t words = dict_->nwords();
        const std::int64_t dim = full->cols();
        auto kept = std::make_shared<fasttext::DenseMatrix>(words + map.rows(), dim);
        kept->zero();
        const auto rowBytes = static_cast<std::size_t>(dim) * sizeof(fasttext::real);
        std::memcpy(kept->data(), full->data(), static_cast<std::size_t>(words) * rowBytes);
        for (std::size_t i = 0; i < map.used().size(); ++i)
            std::memcpy(&kept->at(words + static_cast<std::int64_t>(i), 0),
                        &full->at(words + map.used()[i], 0), rowBytes);
        auto output = std::make_shared<fasttext::DenseMatrix>(*getOutputMatrix());
        args_->bucket = map.rows();
        setMatrices(kept, output);
    }
    const fasttext::Model &model() const { return *model_; }
    const fasttext::Args &args() const { return *args_; }
    const fasttext::Dictionary &dict() const { return *dict_; }
};

class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *data, std::size_t size)
    {
        char *begin = const_cast<char *>(data);
        setg(begin, begin, begin + size);
    }
};

fasttext::loss_name lossOf(ModelLoss loss)
{
    switch (loss) {
    case ModelLoss::HierarchicalSoftmax:
        return fasttext::loss_name::hs;
    case ModelLoss::OneVsAll:
        return fasttext::loss_name::ova;
    case ModelLoss::Auto:
    case ModelLoss::Softmax:
        break;
    }
    return fasttext::loss_name::softmax;
}

} // namespace

struct Classifier::Impl {
    FastTextModel model;
    BucketMap buckets;      ///< identity until dropUnusedBuckets()
    bool plainWords = true; ///< no character n-grams: encode() may skip fastText's reader
};

struct PredictBuffer::State {
    State(int dim, int labels)
        : model(dim, labels, 0)
    {}
    fasttext::Model::State model;
    std::vector<std::int32_t> ids;
    fasttext::Predictions heap;
};

PredictBuffer::PredictBuffer(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

PredictBuffer::~PredictBuffer() = default;

Classifier::Classifier(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
    cacheLabels();
}

Classifier::~Classifier() = default;

void Classifier::cacheLabels()
{
    const auto &dict = m_impl->model.dict();
    m_labels.clear();
    for (std::int32_t i = 0; i < dict.nlabels(); ++i) {
        std::string label = dict.getLabel(i);
        if (label.compare(0, kLabelPrefix.size(), kLabelPrefix) == 0)
            label.erase(0, kLabelPrefix.size());
        m_labels.push_back(std::move(label));
    }
    m_impl->plainWords = m_impl->model.args().maxn <= 0;
}

Result<std::unique_ptr<Classifier>> Classifier::train(const std::string &trainingFile,
                                                      const ModelParams &params,
                                                      const ProgressCallback &progress)
{
    if (!params.dim || !params.lr || !params.epoch || !params.bucket ||
        params.loss == ModelLoss::Auto)
        return Error(ErrorCode::InvalidArgument,
                     "model parameters must be resolved before training");
    // Args() starts as a skip-gram configuration; every member that matters is set here.
    fasttext::Args args;
    args.input = trainingFile;
    args.output.clear();
    args.model = fasttext::model_name::sup;
    args.loss = lossOf(params.loss);
    args.lr = *params.lr;
    args.lrUpdateRate = 100;
    args.dim = *params.dim;
    args.ws = 5;
    args.epoch = *params.epoch;
    args.minCount = params.minCount;
    args.minCountLabel = 0;
    args.neg = 5;
    args.wordNgrams = params.wordNgrams;
    // Only parseArgs resets the bucket count when there are no n-grams; do it here.
    args.bucket = params.wordNgrams > 1 ? *params.bucket : 0;
    args.minn = 0;
    args.maxn = 0;
    args.thread = params.threads > 0
                      ? params.threads
                      : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    args.t = 1e-4;
    args.label = kLabelPrefix;
    args.verbose = 0; // fastText prints progress to stderr otherwise
    args.pretrainedVectors.clear();
    args.saveOutput = false;
    args.seed = static_cast<int>(params.seed);
    args.qout = false;
    args.retrain = false;
    args.qnorm = false;
    args.cutoff = 0;
    args.dsub = 2;
    args.autotuneValidationFile.clear();

    auto impl = std::make_unique<Impl>();
    FastTextModel &model = impl->model;
    std::mutex progressMutex;
    int lastPermille = -1;
    bool cancelled = false;
    fasttext::FastText::TrainCallback callback;
    if (progress) {
        callback = [&](float done, float, double, double, std::int64_t) {
            std::lock_guard lock(progressMutex);
            const int permille = std::clamp(static_cast<int>(done * 1000.0f), 0, 999);
            if (permille <= lastPermille || cancelled)
                return;
            lastPermille = permille;
            if (!progress(static_cast<std::uint64_t>(permille), 1000)) {
                cancelled = true;
                model.abort();
            }
        };
    }
    try {
        model.train(args, callback);
    } catch (const fasttext::FastText::AbortError &) {
        return Error(ErrorCode::Cancelled, "training was cancelled");
    } catch (const std::bad_alloc &) {
        return Error(ErrorCode::InvalidArgument,
                     "not enough memory to train; lower the dimension or the bucket count");
    } catch (const std::exception &e) {
        std::string what = e.what();
        if (what.find("NaN") != std::string::npos)
            return Error(ErrorCode::InvalidArgument,
                         "training diverged (the loss became NaN); lower the learning rate");
        return Error(ErrorCode::InvalidArgument, "training failed: " + what);
    }
    if (cancelled)
        return Error(ErrorCode::Cancelled, "training was cancelled");
    if (progress)
        progress(1000, 1000);
    auto classifier = std::unique_ptr<Classifier>(new Classifier(std::move(impl)));
    if (classifier->labels().empty())
        return Error(ErrorCode::Validation, "the training data has no labels");
    return classifier;
}

Status Classifier::dropUnusedBuckets(const std::string &trainingFile)
{
    const fasttext::Args &args = m_impl->model.args();
    if (!m_impl->buckets.isIdentity() || args.wordNgrams <= 1 || args.bucket <= 0 ||
        !m_impl->plainWords)
        return {};
    std::ifstream in(trainingFile, std::ios::binary);
    if (!in)
        return Error(ErrorCode::Io, "cannot read the training file " + trainingFile);
    const std::int32_t words = m_impl->model.dict().nwords();
    std::vector<std::int32_t> used;
    std::vector<std::int32_t> ids;
    std::string line;
    while (std::getline(in, line)) {
        encodeHashed(line, ids); // labels are not words: they add no bigrams
        for (std::int32_t id : ids)
            if (id >= words)
                used.push_back(id - words);
    }
    if (in.bad())
        return Error(ErrorCode::Io, "cannot read the training file " + trainingFile);
    BucketMap map = BucketMap::keep(std::move(used), args.bucket);
    try {
        m_impl->model.keepRows(map);
    } catch (const std::exception &e) {
        return Error(ErrorCode::InvalidArgument,
                     std::string("cannot reduce the model to its bigrams: ") + e.what());
    }
    m_impl->buckets = std::move(map);
    return {};
}

Result<std::unique_ptr<Classifier>> Classifier::fromBlob(std::string_view blob)
{
    const auto damaged = [](const std::string &why) {
        return Error(ErrorCode::Validation,
                     "the stored model is damaged (" + why + "); train the model again");
    };
    if (blob.size() < kHeaderSize)
        return damaged("it is not an Assay model");
    const bool mapped = std::memcmp(blob.data(), kBlobMagicMapped, sizeof kBlobMagic) == 0;
    if (!mapped && std::memcmp(blob.data(), kBlobMagic, sizeof kBlobMagic) != 0)
        return damaged("it is not an Assay model");
    std::string_view payload = blob.substr(kHeaderSize);
    const auto digest = Sha256::digest(payload);
    if (std::memcmp(digest.data(), blob.data() + sizeof kBlobMagic, kDigestSize) != 0)
        return damaged("its checksum does not match");
    auto impl = std::make_unique<Impl>();
    if (mapped) {
        auto map = BucketMap::read(payload);
        if (!map)
            return damaged(map.error().message);
        impl->buckets = std::move(map).value();
    }
    try {
        MemoryBuffer buffer(payload.data(), payload.size());
        std::istream in(&buffer);
        if (!impl->model.loadFrom(in))
            return damaged("it is not in fastText's model format");
        if (!in)
            return damaged("it ends early");
    } catch (const std::exception &e) {
        return damaged(e.what());
    }
    if (impl->model.args().model != fasttext::model_name::sup)
        return damaged("it is not a classifier");
    if (!impl->buckets.isIdentity() &&
        (impl->model.args().maxn > 0 || impl->model.args().bucket != impl->buckets.rows()))
        return damaged("its bigram map does not fit its rows");
    return std::unique_ptr<Classifier>(new Classifier(std::move(impl)));
}

Result<std::string> Classifier::toBlob() const
{
    std::ostringstream out(std::ios::binary);
    try {
        const bool mapped = !m_impl->buckets.isIdentity();
        out.write(mapped ? kBlobMagicMapped : kBlobMagic, sizeof kBlobMagic);
        out.write(std::string(kDigestSize, '\0').data(), kDigestSize);
        if (mapped) {
            std::string map;
            m_impl->buckets.write(map);
            out.write(map.data(), static_cast<std::streamsize>(map.size()));
        }
        m_impl->model.saveTo(out);
    } catch (const std::exception &e) {
        return Error(ErrorCode::InvalidArgument, std::string("cannot save the model: ") + e.what());
    }
    std::string blob = std::move(out).str();
    const auto digest = Sha256::digest(std::string_view(blob).substr(kHeaderSize));
    std::memcpy(blob.data() + sizeof kBlobMagic, digest.data(), kDigestSize);
    return blob;
}

Status Classifier::saveFastTextFile(const std::string &path) const
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        return Error(ErrorCode::Io, "cannot write " + path);
    m_impl->model.saveTo(out);
    out.close();
    if (!out)
        return Error(ErrorCode::Io, "cannot write " + path + " (is the disk full?)");
    return {};
}

std::int64_t Classifier::vocabularySize() const
{
    return m_impl->model.dict().nwords();
}

std::unique_ptr<PredictBuffer> Classifier::makeBuffer() const
{
    return std::unique_ptr<PredictBuffer>(new PredictBuffer(std::make_unique<PredictBuffer::State>(
        m_impl->model.args().dim, m_impl->model.dict().nlabels())));
}

void Classifier::encode(std::string_view tokens, std::vector<std::int32_t> &ids) const
{
    encodeHashed(tokens, ids);
    const BucketMap &map = m_impl->buckets;
    if (map.isIdentity())
        return;
    const std::int32_t words = m_impl->model.dict().nwords();
    for (std::int32_t &id : ids)
        if (id >= words)
            id = words + map.rowOf(id - words);
}

void Classifier::encodeHashed(std::string_view tokens, std::vector<std::int32_t> &ids) const
{
    if (!m_impl->plainWords) {
        encodeWithFastText(tokens, ids);
        return;
    }
    const fasttext::Dictionary &dict = m_impl->model.dict();
    const fasttext::Args &args = m_impl->model.args();
    thread_local std::vector<std::int32_t> hashes;
    thread_local std::string token;
    ids.clear();
    hashes.clear();
    auto add = [&](const std::string &word) {
        const std::uint32_t h = dict.hash(word);
        const std::int32_t id = dict.getId(word, h);
        const auto type = id < 0 ? dict.getType(word) : dict.getType(id);
        if (type != fasttext::entry_type::word)
            return;
        if (id >= 0)
            ids.push_back(id);
        // fastText keeps the hashes as int32 and widens them with sign extension.
        hashes.push_back(static_cast<std::int32_t>(h));
    };
    std::size_t start = 0;
    while (start < tokens.size()) {
        std::size_t end = tokens.find(' ', start);
        if (end == std::string_view::npos)
            end = tokens.size();
        if (end > start) {
            token.assign(tokens.data() + start, end - start);
            add(token);
        }
        start = end + 1;
    }
    add(fasttext::Dictionary::EOS);
    const BucketMap &map = m_impl->buckets;
    if (args.wordNgrams > 1 && args.bucket > 0) {
        const auto bucket =
            static_cast<std::uint64_t>(map.isIdentity() ? args.bucket : map.buckets());
        const std::int32_t words = dict.nwords();
        const std::size_t n = hashes.size();
        for (std::size_t i = 0; i < n; ++i) {
            auto h = static_cast<std::uint64_t>(static_cast<std::int64_t>(hashes[i]));
            for (std::size_t j = i + 1; j < n && j < i + static_cast<std::size_t>(args.wordNgrams);
                 ++j) {
                h = h * 116049371 +
                    static_cast<std::uint64_t>(static_cast<std::int64_t>(hashes[j]));
                ids.push_back(words + static_cast<std::int32_t>(h % bucket));
            }
        }
    }
}

void Classifier::encodeWithFastText(std::string_view tokens, std::vector<std::int32_t> &ids) const
{
    std::istringstream in(std::string(tokens) + "\n");
    std::vector<std::int32_t> labels;
    m_impl->model.dict().getLine(in, ids, labels);
}

void Classifier::predict(std::string_view tokens, int k, PredictBuffer &buffer,
                         std::vector<RankedLabel> &out) const
{
    out.clear();
    PredictBuffer::State &state = *buffer.m_state;
    encode(tokens, state.ids);
    if (state.ids.empty() || m_labels.empty())
        return;
    k = std::clamp(k, 1, static_cast<int>(m_labels.size()));
    state.heap.clear();
    m_impl->model.model().predict(state.ids, k, 0.0f, state.heap, state.model);
    for (const auto &[logProbability, label] : state.heap)
        out.push_back({label, std::exp(logProbability)});
    std::stable_sort(out.begin(), out.end(), [](const RankedLabel &a, const RankedLabel &b) {
        return a.probability > b.probability;
    });
}

} // namespace assay::core
