#pragma once

#include "annotations/Annotation.h"

#include <QUndoCommand>

namespace assay::gui {

class ItemDraft;

/// One edit of one field's answer (choose a label, mark or remove a span, …): undo puts the
/// answer back as it was before.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(ItemDraft &draft, std::int64_t fieldId, core::AnnotationValue before,
                    core::AnnotationValue after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ItemDraft &m_draft;
    std::int64_t m_fieldId;
    core::AnnotationValue m_before;
    core::AnnotationValue m_after;
};

} // namespace assay::gui
