#pragma once

#include <QColor>

namespace assay::core {
struct Label;
}

namespace assay::gui {

/// The colour that marks a label's spans: its own colour when the schema gives one, else a
/// colour from a palette of clearly distinct hues, chosen by `index` (its place in the field).
QColor labelColor(const core::Label &label, int index);

/// A light tint of `color` for highlight backgrounds, dark text staying readable on it.
QColor highlightTint(const QColor &color, bool strong = false);

} // namespace assay::gui
