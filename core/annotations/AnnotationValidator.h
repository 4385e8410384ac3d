#pragma once

#include "annotations/Annotation.h"
#include "error/Result.h"

namespace assay::core {

class Taxonomy;

/// Checks an annotation against its field: known, selectable, not deprecated labels; the
/// right number of choices; spans inside the text (code points, end exclusive), non-empty,
/// and not overlapping unless the field allows it. A model's single-choice answer may rank
/// several labels with scores in [0, 1].
Status validateAnnotation(const Taxonomy &taxonomy, std::int64_t textLength,
                          const NewAnnotation &annotation);

} // namespace assay::core
