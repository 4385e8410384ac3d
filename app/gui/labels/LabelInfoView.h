#pragma once

#include <QTextBrowser>
#include <cstdint>

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

/// Shows the highlighted label beside the picker: where it sits, its English name and
/// aliases, its hotkey, and the guideline that says when to use it.
class LabelInfoView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LabelInfoView(QWidget *parent = nullptr);

    /// Shows label `labelId` of `taxonomy`, or a hint when there is none.
    void showLabel(const core::Taxonomy *taxonomy, std::int64_t labelId);
    /// The label shown (-1 before any).
    std::int64_t labelId() const { return m_labelId; }

private:
    std::int64_t m_labelId = -1;
};

} // namespace assay::gui
