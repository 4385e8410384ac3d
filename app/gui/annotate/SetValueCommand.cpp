#include "annotate/SetValueCommand.h"

#include "annotate/ItemDraft.h"

namespace assay::gui {

SetValueCommand::SetValueCommand(ItemDraft &draft, std::int64_t fieldId,
                                 core::AnnotationValue before, core::AnnotationValue after,
                                 const QString &text)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_fieldId(fieldId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetValueCommand::undo()
{
    m_draft.setValue(m_fieldId, m_before);
}

void SetValueCommand::redo()
{
    m_draft.setValue(m_fieldId, m_after);
}

} // namespace assay::gui
