#pragma once

#include "annotations/Annotation.h"

#include <QObject>
#include <cstdint>
#include <map>

namespace assay::gui {

/// The answers being edited for the item on screen, per field, before they are submitted.
/// Changed only through undo commands, so that every edit can be undone.
class ItemDraft : public QObject
{
    Q_OBJECT

public:
    using Values = std::map<std::int64_t, core::AnnotationValue>;

    explicit ItemDraft(QObject *parent = nullptr);

    /// Starts editing `itemId` from `values` (e.g. the user's earlier answer); emits reset().
    void reset(std::int64_t itemId, Values values);
    std::int64_t itemId() const { return m_itemId; }

    /// The answer for `fieldId` so far (empty when untouched).
    const core::AnnotationValue &value(std::int64_t fieldId) const;
    const Values &values() const { return m_values; }
    /// Replaces the answer for `fieldId`; emits valueChanged.
    void setValue(std::int64_t fieldId, core::AnnotationValue value);

signals:
    void valueChanged(qint64 fieldId);
    void wasReset();

private:
    std::int64_t m_itemId = 0;
    Values m_values;
};

} // namespace assay::gui
