#pragma once

#include <QString>
#include <QVariant>
#include <Qt>
#include <cstdint>
#include <unordered_set>

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

/// Item-data roles shared by the label list and tree models and their delegate.
enum LabelRole {
    LabelIdRole = Qt::UserRole + 1, ///< qint64 label id
    ParentPathRole,                 ///< "城乡建设 › 物业管理": where the label sits
    ChosenRole,                     ///< bool: in the current answer
    SelectableRole,                 ///< bool: may be chosen (a leaf, not deprecated)
    DeprecatedRole,                 ///< bool
    HotkeyRole,                     ///< QString
};

/// What a label model shows for label `labelId` in `role` (display, tool tip and the
/// LabelRole values); `chosen` holds the labels of the current answer. Invalid for an
/// unknown label or role.
QVariant labelRoleData(const core::Taxonomy &taxonomy, std::int64_t labelId,
                       const std::unordered_set<std::int64_t> &chosen, int role);

/// "城乡建设 › 物业管理": the names of a label's ancestors, for showing where it sits.
QString parentPathText(const core::Taxonomy &taxonomy, std::int64_t labelId);

} // namespace assay::gui
