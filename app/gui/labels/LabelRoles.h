#pragma once

#include <Qt>

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

} // namespace assay::gui
