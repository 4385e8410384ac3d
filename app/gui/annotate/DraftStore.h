#pragma once

#include "annotate/ItemDraft.h"
#include "error/Result.h"

#include <optional>
#include <string>

namespace assay::core {
class Project;
}

namespace assay::gui {

/// Keeps the answers being edited, not yet submitted, in the project file after every edit,
/// so that nothing typed is lost when the window is closed or the program is killed. One
/// draft per user: the item on their screen.
class DraftStore
{
public:
    /// What was on the user's screen: the item, the answers so far and the time spent.
    struct Draft {
        std::int64_t itemId = 0;
        std::int64_t elapsedMs = 0;
        ItemDraft::Values values;
    };

    DraftStore(core::Project &project, std::int64_t userId);

    /// Replaces the saved draft with `draft`.
    core::Status save(const Draft &draft);
    /// The saved draft, if there is one and it can be read.
    std::optional<Draft> load();
    /// Forgets the saved draft (after a submit or skip).
    core::Status clear();

private:
    core::Project &m_project;
    std::string m_key;
    bool m_stored = false; ///< whether a draft may be in the file (saves a write when not)
};

} // namespace assay::gui
