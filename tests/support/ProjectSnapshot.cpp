#include "ProjectSnapshot.h"

#include "io/Sha256.h"
#include "project/Project.h"

#include <gtest/gtest.h>
#include <ostream>

namespace assay::test {
namespace {

std::int64_t countRows(core::Database &db, const std::string &table)
{
    auto n = db.queryInt("SELECT count(*) FROM " + table);
    if (!n) {
        ADD_FAILURE() << table << ": " << n.error().toString();
        return -1;
    }
    return *n;
}

} // namespace

ProjectSnapshot snapshot(core::Project &project)
{
    core::Database &db = project.database();
    ProjectSnapshot s;
    s.items = countRows(db, "items");
    if (auto counts = project.items().stateCounts(); counts)
        s.storedCounts = *counts;
    else
        ADD_FAILURE() << counts.error().toString();

    auto actual =
        db.prepare("SELECT " + core::itemStateSql() + " AS s, count(*) FROM items GROUP BY s");
    if (!actual) {
        ADD_FAILURE() << actual.error().toString();
        return s;
    }
    while (true) {
        auto row = actual->step();
        if (!row || !*row)
            break;
        const auto state = static_cast<std::size_t>(actual->columnInt(0));
        if (state < s.actualCounts.size())
            s.actualCounts[state] = actual->columnInt(1);
    }

    s.batches = countRows(db, "batches");
    s.auditRows = countRows(db, "audit_log");
    s.annotations = countRows(db, "annotations");
    s.annotationLabels = countRows(db, "annotation_labels");
    s.labels = countRows(db, "labels");
    s.fields = countRows(db, "fields");
    s.users = countRows(db, "users");
    s.models = countRows(db, "models");
    s.gold = countRows(db, "gold");

    core::Sha256 digest;
    auto items =
        db.prepare("SELECT id, coalesce(external_id, '<null>'), text, " + core::itemStateSql() +
                   " FROM items "
                   "ORDER BY id");
    if (!items) {
        ADD_FAILURE() << items.error().toString();
        return s;
    }
    while (true) {
        auto row = items->step();
        if (!row || !*row)
            break;
        digest.update(std::to_string(items->columnInt(0)) + '\x1f');
        digest.update(items->columnText(1));
        digest.update("\x1f");
        digest.update(items->columnText(2));
        digest.update("\x1f" + std::to_string(items->columnInt(3)) + '\x1e');
    }
    s.itemDigest = digest.hexDigest();
    return s;
}

std::ostream &operator<<(std::ostream &out, const ProjectSnapshot &s)
{
    auto counts = [&](const core::StateCounts &c) {
        out << '[';
        for (std::size_t i = 0; i < c.size(); ++i)
            out << (i ? "," : "") << c[i];
        out << ']';
    };
    out << "{items " << s.items << ", stored states ";
    counts(s.storedCounts);
    out << ", actual states ";
    counts(s.actualCounts);
    out << ", batches " << s.batches << ", audit " << s.auditRows << ", annotations "
        << s.annotations << ", annotation_labels " << s.annotationLabels << ", labels " << s.labels
        << ", fields " << s.fields << ", users " << s.users << ", models " << s.models << ", gold "
        << s.gold << ", digest " << s.itemDigest.substr(0, 12) << "}";
    return out;
}

} // namespace assay::test
