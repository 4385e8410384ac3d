#include "annotate/ItemDraft.h"

namespace assay::gui {

ItemDraft::ItemDraft(QObject *parent)
    : QObject(parent)
{}

void ItemDraft::reset(std::int64_t itemId, Values values)
{
    m_itemId = itemId;
    m_values = std::move(values);
    emit wasReset();
}

const core::AnnotationValue &ItemDraft::value(std::int64_t fieldId) const
{
    static const core::AnnotationValue empty;
    auto found = m_values.find(fieldId);
    return found == m_values.end() ? empty : found->second;
}

void ItemDraft::setValue(std::int64_t fieldId, core::AnnotationValue value)
{
    m_values[fieldId] = std::move(value);
    emit valueChanged(fieldId);
}

} // namespace assay::gui
