#include "labels/LabelRoles.h"

#include "project/CoreStrings.h"
#include "schema/Taxonomy.h"

namespace assay::gui {

QVariant labelRoleData(const core::Taxonomy &taxonomy, std::int64_t labelId,
                       const std::unordered_set<std::int64_t> &chosen, int role)
{
    const core::Label *label = taxonomy.byId(labelId);
    if (!label)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return qstr(label->name);
    case Qt::ToolTipRole:
        return qstr(label->path);
    case LabelIdRole:
        return QVariant::fromValue<qint64>(labelId);
    case ParentPathRole:
        return parentPathText(taxonomy, labelId);
    case ChosenRole:
        return chosen.contains(labelId);
    case SelectableRole:
        return taxonomy.isSelectable(labelId) && !label->deprecated;
    case DeprecatedRole:
        return label->deprecated;
    case HotkeyRole:
        return qstr(label->hotkey);
    default:
        return {};
    }
}

QString parentPathText(const core::Taxonomy &taxonomy, std::int64_t labelId)
{
    QString text;
    const core::Label *label = taxonomy.byId(labelId);
    for (label = label ? taxonomy.byId(label->parentId) : nullptr; label;
         label = taxonomy.byId(label->parentId)) {
        text =
            text.isEmpty() ? qstr(label->name) : qstr(label->name) + QStringLiteral(" › ") + text;
    }
    return text;
}

} // namespace assay::gui
