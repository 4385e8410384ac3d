#pragma once

#include "annotations/Annotation.h"
#include "error/Result.h"
#include "schema/Taxonomy.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QUndoStack;

namespace assay::gui {

class ItemDraft;

/// Turns what the annotator asks for (choose a label, mark a span, …) into undoable edits of
/// the draft, refusing what the field's rules forbid with a message that says what to do.
class AnswerEditor
{
    Q_DECLARE_TR_FUNCTIONS(AnswerEditor)

public:
    /// Looks up a field's taxonomy by id (nullptr for unknown fields).
    using TaxonomyLookup = std::function<std::shared_ptr<const core::Taxonomy>(std::int64_t)>;

    AnswerEditor(ItemDraft &draft, QUndoStack &stack, TaxonomyLookup taxonomies);

    /// The text being labelled, for span checks and messages.
    void setText(const QString &text) { m_text = text; }

    /// Single choice: makes `labelId` the answer. Multiple choice: adds or removes it.
    core::Status chooseLabel(std::int64_t fieldId, std::int64_t labelId);
    /// Removes `labelId` from a choice field's answer.
    core::Status removeLabel(std::int64_t fieldId, std::int64_t labelId);

    /// Marks code points [start, end) with `labelId`, trimmed of surrounding white space.
    /// The exact range of an existing span changes that span's label instead. Returns the
    /// index of the span in the answer.
    core::Result<int> markSpan(std::int64_t fieldId, std::int64_t start, std::int64_t end,
                               std::int64_t labelId);
    /// Gives span `index` the label `labelId`.
    core::Status relabelSpan(std::int64_t fieldId, int index, std::int64_t labelId);
    /// Removes span `index`.
    core::Status removeSpan(std::int64_t fieldId, int index);

private:
    core::Result<const core::Label *> selectableLabel(const core::Taxonomy &taxonomy,
                                                      std::int64_t labelId) const;
    QString spanText(std::int64_t start, std::int64_t end) const;
    void push(std::int64_t fieldId, core::AnnotationValue after, const QString &text);

    ItemDraft &m_draft;
    QUndoStack &m_stack;
    TaxonomyLookup m_taxonomies;
    QString m_text;
};

} // namespace assay::gui
