#include "schema/LabelPath.h"

namespace assay::core {

std::string joinLabelPath(const std::vector<std::string> &segments)
{
    std::string path;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i)
            path += '/';
        for (char c : segments[i]) {
            if (c == '/' || c == '\\')
                path += '\\';
            path += c;
        }
    }
    return path;
}

std::vector<std::string> splitLabelPath(std::string_view path)
{
    std::vector<std::string> segments(1);
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '\\' && i + 1 < path.size()) {
            segments.back() += path[++i];
        } else if (c == '/') {
            segments.emplace_back();
        } else {
            segments.back() += c;
        }
    }
    if (segments.size() == 1 && segments.front().empty())
        segments.clear();
    return segments;
}

std::string parentLabelPath(std::string_view path)
{
    auto segments = splitLabelPath(path);
    if (segments.size() <= 1)
        return {};
    segments.pop_back();
    return joinLabelPath(segments);
}

} // namespace assay::core
