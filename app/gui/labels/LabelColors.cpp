#include "labels/LabelColors.h"

#include "schema/Label.h"

#include <array>

namespace assay::gui {
namespace {

// Hues spread so that neighbours in a legend are easy to tell apart, at a saturation that
// stays calm on a white page.
constexpr std::array<QRgb, 12> kPalette = {
    0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x17becf,
    0xe377c2, 0x8c564b, 0xbcbd22, 0x393b79, 0xad494a, 0x637939,
};

} // namespace

QColor labelColor(const core::Label &label, int index)
{
    if (!label.color.empty()) {
        const QColor own(QString::fromStdString(label.color));
        if (own.isValid())
            return own;
    }
    const auto slot = static_cast<std::size_t>(index < 0 ? -index : index) % kPalette.size();
    return QColor::fromRgb(kPalette[slot]);
}

QColor highlightTint(const QColor &color, bool strong)
{
    QColor tint = color;
    tint.setAlphaF(strong ? 0.45f : 0.24f);
    return tint;
}

} // namespace assay::gui
