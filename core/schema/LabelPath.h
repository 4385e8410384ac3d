#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// Label paths join segment names with '/'. A '/' or '\' inside a name is escaped with '\',
/// so every list of names has exactly one path and back.
std::string joinLabelPath(const std::vector<std::string> &segments);
std::vector<std::string> splitLabelPath(std::string_view path);

/// The path of the parent ("a/b/c" → "a/b"); empty for a top-level label.
std::string parentLabelPath(std::string_view path);

} // namespace assay::core
