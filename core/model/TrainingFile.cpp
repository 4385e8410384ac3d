#include "model/TrainingFile.h"

#include "io/Sha256.h"
#include "model/Tokenizer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <set>

namespace assay::core {
namespace {

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t fnv1a(std::string_view bytes)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// Counts distinct values by linear counting over a bitmap: exact enough for sizing the
// bigram table, in fixed memory however many bigrams there are.
class DistinctCounter
{
public:
    void add(std::uint64_t hash)
    {
        const std::uint64_t bit = mix(hash) & (kBits - 1);
        std::uint64_t &word = m_bits[bit >> 6];
        const std::uint64_t mask = 1ULL << (bit & 63);
        if (!(word & mask)) {
            word |= mask;
            ++m_set;
        }
    }
    std::int64_t estimate() const
    {
        const double empty = static_cast<double>(kBits - m_set);
        if (empty < 1)
            return static_cast<std::int64_t>(kBits) * 8;
        return static_cast<std::int64_t>(std::llround(
            -static_cast<double>(kBits) * std::log(empty / static_cast<double>(kBits))));
    }

private:
    static constexpr std::uint64_t kBits = 1ULL << 25;
    std::vector<std::uint64_t> m_bits = std::vector<std::uint64_t>(kBits / 64);
    std::uint64_t m_set = 0;
};

} // namespace

Result<TrainingFileStats> TrainingFile::write(const std::string &path,
                                              const std::vector<const LabelledExample *> &examples,
                                              bool shuffle, std::uint32_t seed)
{
    std::vector<const LabelledExample *> order = examples;
    if (shuffle) {
        std::mt19937_64 random(seed);
        // Fisher–Yates with our own index draw: std::shuffle's sequence is not portable.
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[random() % i]);
    }
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return Error(ErrorCode::Io, "cannot write the training file " + path);
    TrainingFileStats stats;
    Sha256 hash;
    DistinctCounter bigrams;
    std::set<std::int64_t> labels;
    std::string line;
    bool failed = false;
    for (const LabelledExample *example : order) {
        line.clear();
        for (std::int64_t label : example->labels) {
            line += "__label__" + std::to_string(label) + ' ';
            labels.insert(label);
        }
        const std::size_t textStart = line.size();
        stats.tokens += static_cast<std::int64_t>(Tokenizer::append(example->text, line));
        std::uint64_t previous = fnv1a("</s>");
        bool first = true;
        std::size_t start = textStart;
        while (start < line.size()) {
            std::size_t end = line.find(' ', start);
            if (end == std::string::npos)
                end = line.size();
            const std::uint64_t h = fnv1a(std::string_view(line).substr(start, end - start));
            if (!first)
                bigrams.add(previous * 31 + h);
            previous = h;
            first = false;
            start = end + 1;
        }
        line += '\n';
        hash.update(line);
        if (std::fwrite(line.data(), 1, line.size(), file) != line.size()) {
            failed = true;
            break;
        }
        ++stats.examples;
    }
    failed = std::fclose(file) != 0 || failed;
    if (failed)
        return Error(ErrorCode::Io,
                     "cannot write the training file " + path + " (is the disk full?)");
    stats.labels = static_cast<int>(labels.size());
    stats.distinctBigrams = bigrams.estimate();
    stats.sha256 = hash.hexDigest();
    return stats;
}

void TrainingFile::split(const std::vector<LabelledExample> &examples, double holdout,
                         std::uint32_t seed, std::vector<const LabelledExample *> &train,
                         std::vector<const LabelledExample *> &test)
{
    train.clear();
    test.clear();
    std::vector<std::pair<std::uint64_t, const LabelledExample *>> keyed;
    keyed.reserve(examples.size());
    for (const LabelledExample &example : examples)
        keyed.emplace_back(
            mix(fnv1a(example.text) ^ (static_cast<std::uint64_t>(example.itemId) << 1) ^ seed),
            &example);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto held =
        static_cast<std::size_t>(std::llround(holdout * static_cast<double>(examples.size())));
    for (std::size_t i = 0; i < keyed.size(); ++i)
        (i < held ? test : train).push_back(keyed[i].second);
    // Keep the training order stable (by input order) so that shuffling decides alone.
    auto byPosition = [&](const LabelledExample *a, const LabelledExample *b) {
        return a < b;
    };
    std::sort(train.begin(), train.end(), byPosition);
    std::sort(test.begin(), test.end(), byPosition);
}

} // namespace assay::core
