#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace assay::gui {

/// The labels a user chose most recently in each field of a project, newest first, kept in
/// the application's settings so that the suggestion strip can offer them again.
class RecentLabels
{
public:
    static constexpr int kMaxEntries = 9;

    RecentLabels(const QString &projectPath, std::int64_t userId);

    /// Recent labels of `fieldId`, newest first.
    std::vector<std::int64_t> list(std::int64_t fieldId) const;
    /// Moves `labelIds` to the front of the field's list.
    void note(std::int64_t fieldId, const std::vector<std::int64_t> &labelIds);

private:
    QString key(std::int64_t fieldId) const;

    QString m_prefix;
};

} // namespace assay::gui
