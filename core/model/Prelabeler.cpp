#include "model/Prelabeler.h"

#include "annotations/ModelAnnotationWriter.h"
#include "model/Classifier.h"
#include "model/ModelParams.h"
#include "model/Tokenizer.h"
#include "project/Project.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace assay::core {
namespace {

// One batch of items on its way from the database through a predicting thread and back.
struct Batch {
    std::vector<std::int64_t> ids;
    std::vector<std::string> texts;
    std::vector<ModelPrediction> predictions;
    bool done = false;
};

// Hands batches to the predicting threads and gives them back in the order they came.
class Pipeline
{
public:
    Pipeline(const Classifier &classifier, std::vector<std::int64_t> labelIds, int topK,
             UncertaintyMeasure measure, int threads)
        : m_classifier(classifier)
        , m_labelIds(std::move(labelIds))
        , m_topK(topK)
        , m_measure(measure)
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~Pipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }

    void push(std::shared_ptr<Batch> batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(batch);
            m_order.push_back(std::move(batch));
        }
        m_wake.notify_one();
    }
    std::size_t inFlight() const { return m_order.size(); }
    /// The oldest batch, once it is predicted.
    std::shared_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        std::shared_ptr<Batch> batch = m_order.front();
        m_done.wait(lock, [&] { return batch->done; });
        m_order.pop_front();
        return batch;
    }

private:
    void work()
    {
        auto buffer = m_classifier.makeBuffer();
        std::vector<RankedLabel> ranked;
        std::string tokens;
        while (true) {
            std::shared_ptr<Batch> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
                if (m_stop)
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            batch->predictions.resize(batch->ids.size());
            for (std::size_t i = 0; i < batch->ids.size(); ++i) {
                tokens.clear();
                Tokenizer::append(batch->texts[i], tokens);
                m_classifier.predict(tokens, m_topK, *buffer, ranked);
                ModelPrediction &prediction = batch->predictions[i];
                prediction.itemId = batch->ids[i];
                prediction.choices.clear();
                for (const RankedLabel &label : ranked) {
                    const std::int64_t id = m_labelIds[static_cast<std::size_t>(label.label)];
                    if (id > 0)
                        prediction.choices.push_back({id, static_cast<double>(label.probability)});
                }
                prediction.uncertainty = uncertaintyOf(ranked, m_measure, m_labelIds.size());
            }
            {
                std::lock_guard lock(m_mutex);
                batch->done = true;
            }
            m_done.notify_all();
        }
    }

    const Classifier &m_classifier;
    const std::vector<std::int64_t> m_labelIds;
    const int m_topK;
    const UncertaintyMeasure m_measure;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<std::shared_ptr<Batch>> m_queue;
    std::deque<std::shared_ptr<Batch>> m_order;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace

Prelabeler::Prelabeler(Project &project)
    : m_project(project)
{}

Result<PrelabelReport> Prelabeler::run(const std::string &fieldName, const PrelabelOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    auto field = m_project.schema().field(fieldName);
    if (!field)
        return field.error();
    ModelStore models(m_project.database());
    Result<ModelInfo> model = Error(ErrorCode::NotFound, "");
    if (options.version) {
        model = models.byVersion(field->id, *options.version);
    } else {
        auto latest = models.latest(field->id);
        if (!latest)
            return latest.error();
        if (!*latest)
            return Error(ErrorCode::NotFound, "field '" + field->name +
                                                  "' has no model yet; train one first "
                                                  "(assay model train)");
        model = std::move(**latest);
    }
    if (!model)
        return model.error();
    auto blob = models.data(model->id);
    if (!blob)
        return blob.error();
    auto classifier = Classifier::fromBlob(*blob);
    if (!classifier)
        return classifier.error();
    auto params = ModelParams::fromJson(model->params);
    if (!params)
        return params.error();
    auto taxonomy = m_project.schema().taxonomy(field->id);
    if (!taxonomy)
        return taxonomy.error();

    // The model's labels are label ids; any that the field no longer offers are left out.
    std::vector<std::int64_t> labelIds;
    for (const std::string &name : (*classifier)->labels()) {
        std::int64_t id = 0;
        try {
            id = std::stoll(name);
        } catch (const std::exception &) {
        }
        labelIds.push_back((*taxonomy)->isSelectable(id) ? id : 0);
    }

    Database &db = m_project.database();
    PrelabelReport report;
    report.model = *model;
    auto done = db.cached("SELECT count(*) FROM annotations WHERE model_id = ?");
    if (!done)
        return done.error();
    (*done)->bind(1, model->id);
    ASSAY_TRY((*done)->step());
    report.alreadyDone = (*done)->columnInt(0);
    (*done)->reset();
    auto total = m_project.items().count();
    if (!total)
        return total.error();
    const std::int64_t toDo = std::max<std::int64_t>(0, *total - report.alreadyDone);

    auto read = db.cached("SELECT id, text FROM items WHERE id > ?1 AND NOT EXISTS "
                          "(SELECT 1 FROM annotations a WHERE a.model_id = ?2 AND "
                          "a.item_id = items.id) ORDER BY id LIMIT ?3");
    if (!read)
        return read.error();
    Statement &readStmt = **read;

    const int threads = options.threads > 0
                            ? options.threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int topK = options.topK > 0 ? options.topK : params->topK;
    const int batchSize = std::max(1, options.batchSize);
    // A bigger page cache while writing keeps the scores' uncertainty index, which every
    // item touches at a random place, in memory; the old size comes back afterwards.
    auto cacheSize = db.queryInt("PRAGMA cache_size");
    if (!cacheSize)
        return cacheSize.error();
    struct RestoreCache {
        Database &db;
        std::int64_t size;
        ~RestoreCache() { (void)db.exec("PRAGMA cache_size = " + std::to_string(size)); }
    } restoreCache{db, *cacheSize};
    if (*cacheSize > -262144)
        ASSAY_TRY(db.exec("PRAGMA cache_size = -262144"));
    ModelAnnotationWriter writer(db, model->id, field->id);
    Pipeline pipeline(**classifier, labelIds, topK, options.measure, threads);
    std::int64_t lastId = 0;
    bool exhausted = false;
    // Batches are grouped into transactions of about half a second: fewer commits rewrite
    // each page of the scores' uncertainty index far less often, and an interruption loses
    // at most that much work.
    std::optional<Transaction> open;
    auto openedAt = std::chrono::steady_clock::now();
    auto commit = [&]() -> Status {
        if (!open)
            return {};
        Status status = open->commit();
        open.reset();
        return status;
    };
    if (options.progress && !options.progress(0, static_cast<std::uint64_t>(toDo)))
        exhausted = report.cancelled = true;
    while (true) {
        auto phase = std::chrono::steady_clock::now();
        auto lap = [&phase](double &into) {
            const auto now = std::chrono::steady_clock::now();
            into += std::chrono::duration<double>(now - phase).count();
            phase = now;
        };
        while (!exhausted && pipeline.inFlight() < static_cast<std::size_t>(2 * threads + 1)) {
            auto batch = std::make_shared<Batch>();
            readStmt.bind(1, lastId).bind(2, model->id).bind(3, batchSize);
            while (true) {
                auto row = readStmt.step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                batch->ids.push_back(readStmt.columnInt(0));
                batch->texts.emplace_back(readStmt.columnText(1));
            }
            readStmt.reset();
            if (batch->ids.empty()) {
                exhausted = true;
                break;
            }
            lastId = batch->ids.back();
            pipeline.push(std::move(batch));
        }
        lap(report.readSeconds);
        if (pipeline.inFlight() == 0)
            break;
        std::shared_ptr<Batch> batch = pipeline.pop();
        lap(report.waitSeconds);
        if (!open) {
            auto begun = Transaction::begin(db);
            if (!begun)
                return begun.error();
            open.emplace(std::move(begun).value());
            openedAt = std::chrono::steady_clock::now();
        }
        auto written = writer.write(batch->predictions);
        if (!written)
            return written.error();
        if (std::chrono::steady_clock::now() - openedAt > std::chrono::milliseconds(500))
            ASSAY_TRY(commit());
        lap(report.writeSeconds);
        report.labelled += written->written;
        report.suggested += written->suggested;
        if (options.progress && !options.progress(static_cast<std::uint64_t>(report.labelled),
                                                  static_cast<std::uint64_t>(toDo))) {
            report.cancelled = true;
            break;
        }
    }
    ASSAY_TRY(commit());
    report.remaining = std::max<std::int64_t>(0, toDo - report.labelled);
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSAY_TRY(m_project.audit().record(
        options.userId, "model.predict", "field:" + field->name,
        "{\"model_id\":" + std::to_string(model->id) + ",\"version\":" +
            std::to_string(model->version) + ",\"labelled\":" + std::to_string(report.labelled) +
            ",\"suggested\":" + std::to_string(report.suggested) +
            ",\"cancelled\":" + (report.cancelled ? "true" : "false") + "}"));
    return report;
}

} // namespace assay::core
