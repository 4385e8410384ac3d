#pragma once

#include "error/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// Which of fastText's hashed bigram rows a trained model keeps. fastText allocates a row for
/// every hash bucket (hundreds of thousands), but only the buckets of bigrams seen in
/// training ever learn anything; the rest hold their random starting values. A model keeps
/// just the used rows plus one row of zeros, where every unused bucket goes, so a stored
/// model is the size of what it learnt. An empty map keeps every row (identity).
class BucketMap
{
public:
    BucketMap() = default;
    /// Keeps the buckets in `used` (any order, repeats allowed) of `buckets` in all.
    static BucketMap keep(std::vector<std::int32_t> used, std::int32_t buckets);

    /// Whether every row stays where it is.
    bool isIdentity() const { return m_buckets == 0; }
    /// The number of buckets hashing spreads bigrams over (0 for the identity).
    std::int32_t buckets() const { return m_buckets; }
    /// The kept buckets, ascending: kept row i holds bucket used()[i].
    const std::vector<std::int32_t> &used() const { return m_used; }
    /// The rows kept: one per used bucket and the zero row last.
    std::int32_t rows() const { return static_cast<std::int32_t>(m_used.size()) + 1; }
    /// The kept row of `bucket` (the zero row for an unused one).
    std::int32_t rowOf(std::int32_t bucket) const
    {
        return m_rowOf[static_cast<std::size_t>(bucket)];
    }

    /// Appends the map as bytes; read() takes them back from the front of `in`.
    void write(std::string &out) const;
    static Result<BucketMap> read(std::string_view &in);

private:
    void index();

    std::int32_t m_buckets = 0;
    std::vector<std::int32_t> m_used;
    std::vector<std::int32_t> m_rowOf;
};

} // namespace assay::core
