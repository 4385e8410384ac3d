#pragma once

#include <QString>
#include <cstdint>
#include <map>
#include <vector>

namespace assay::gui {

/// The labels a user chose most recently in each field of a project, newest first, so that
/// the suggestion strip can offer them again. Kept in memory while working and written to
/// the application's settings by save(): writing settings after every submit would cost
/// more than the rest of submitting.
class RecentLabels
{
public:
    static constexpr int kMaxEntries = 9;

    RecentLabels(const QString &projectPath, std::int64_t userId);
    /// Saves what changed.
    ~RecentLabels();
    RecentLabels(const RecentLabels &) = delete;
    RecentLabels &operator=(const RecentLabels &) = delete;

    /// Recent labels of `fieldId`, newest first.
    const std::vector<std::int64_t> &list(std::int64_t fieldId) const;
    /// Moves `labelIds` to the front of the field's list.
    void note(std::int64_t fieldId, const std::vector<std::int64_t> &labelIds);
    /// Writes the lists changed since the last save to the settings.
    void save();

private:
    QString key(std::int64_t fieldId) const;

    QString m_prefix;
    mutable std::map<std::int64_t, std::vector<std::int64_t>> m_lists;
    std::map<std::int64_t, bool> m_changed;
};

} // namespace assay::gui
