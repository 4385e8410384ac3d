#pragma once

#include "storage/Statement.h"

#include <optional>
#include <type_traits>
#include <vector>

namespace assay::core {

/// Steps `stmt` to its end and returns what `read` makes of each row, in order.
template <typename Read>
auto collectRows(Statement &stmt, Read read)
    -> Result<std::vector<std::invoke_result_t<Read, const Statement &>>>
{
    std::vector<std::invoke_result_t<Read, const Statement &>> rows;
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.push_back(read(std::as_const(stmt)));
    }
}

/// What `read` makes of the first row of `stmt`, or nullopt when there is none. Resets the
/// statement, so a cached one holds no read snapshot open afterwards.
template <typename Read>
auto firstRow(Statement &stmt, Read read)
    -> Result<std::optional<std::invoke_result_t<Read, const Statement &>>>
{
    auto row = stmt.step();
    if (!row)
        return row.error();
    std::optional<std::invoke_result_t<Read, const Statement &>> value;
    if (*row)
        value = read(std::as_const(stmt));
    stmt.reset();
    return value;
}

} // namespace assay::core
