#pragma once

#include "items/ItemStore.h"

#include <cstdint>
#include <iosfwd>
#include <string>

namespace assay::core {
class Project;
}

namespace assay::test {

/// What a failed operation must leave untouched: row counts of every table that an import,
/// annotation or schema change writes, the stored state counts, the states recounted from
/// the items themselves, and a digest of the items' ids, texts and states.
struct ProjectSnapshot {
    std::int64_t items = 0;
    core::StateCounts storedCounts{}; ///< the state_counts table
    core::StateCounts actualCounts{}; ///< GROUP BY over the items table
    std::int64_t batches = 0;
    std::int64_t auditRows = 0;
    std::int64_t annotations = 0;
    std::int64_t annotationLabels = 0;
    std::int64_t labels = 0;
    std::int64_t fields = 0;
    std::int64_t users = 0;
    std::int64_t models = 0;
    std::int64_t gold = 0;
    std::string itemDigest; ///< SHA-256 over every item's id, external id, text and state

    bool operator==(const ProjectSnapshot &) const = default;
};

/// Takes a snapshot of `project`; fails the current test when a query fails.
ProjectSnapshot snapshot(core::Project &project);

/// Prints a snapshot, so that a failed comparison shows what changed.
std::ostream &operator<<(std::ostream &out, const ProjectSnapshot &s);

} // namespace assay::test
