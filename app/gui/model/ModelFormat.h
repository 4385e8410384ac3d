#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <string>

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

/// How the model panel writes numbers, times and labels, the same way everywhere and in
/// the interface's language.
class ModelFormat
{
    Q_DECLARE_TR_FUNCTIONS(assay::gui::ModelFormat)

public:
    /// A share as a percentage with one decimal: "78.4 %" ("78.4%" in Chinese).
    static QString percent(double share);
    /// A count with the locale's digit grouping: "12,345".
    static QString count(std::int64_t n);
    /// Unix milliseconds as the locale's short date and time.
    static QString dateTime(std::int64_t millis);
    /// "v3".
    static QString version(int version);
    /// A label's own name, from its path; the path itself when the field no longer has it.
    static QString labelName(const core::Taxonomy *taxonomy, const std::string &path);
    /// Where the label sits: its ancestors' names, "城乡建设 › 物业管理".
    static QString labelParents(const core::Taxonomy *taxonomy, const std::string &path);
    /// The whole path with the same separators: "城乡建设 › 物业管理 › 物业服务".
    static QString labelPath(const std::string &path);
};

} // namespace assay::gui
