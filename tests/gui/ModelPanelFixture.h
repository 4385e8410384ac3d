#pragma once

#include "GuiTestSupport.h"
#include "ModelFixtures.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace assay::gui {
class MainWindow;
class ModelView;
} // namespace assay::gui

namespace assay::test {

/// A generated labelled project (field "topic", two levels, four leaves; see
/// makeLabelledRows) with `accepted` of its `items` items accepted, an administrator "boss"
/// who also annotates, and a main window on it showing the model page as boss (or as the
/// annotator "ann" when `asAdmin` is false).
class ModelPanelFixture
{
public:
    ModelPanelFixture(std::size_t items, std::size_t accepted, bool asAdmin = true);
    /// The same with the rows given (for projects with a single label, say) and the field
    /// named `fieldName`.
    ModelPanelFixture(const std::vector<LabelledRow> &rows, std::size_t accepted,
                      bool asAdmin = true, const std::string &fieldName = "topic");
    ~ModelPanelFixture();

    gui::MainWindow &window() { return *m_window; }
    gui::ModelView &view();
    const std::string &path() const { return m_path; }
    std::int64_t fieldId() const { return m_fieldId; }
    std::int64_t adminId() const { return m_adminId; }

    /// Presses the Train button and waits until training has ended; false when it did not
    /// end in time.
    bool trainFromPanel();
    /// Shows the pre-label form, presses its button and waits until the run has ended.
    bool prelabelFromPanel();
    /// Waits until the panel's work has ended.
    bool waitIdle(int timeoutMs = 60000);

    /// A single number from the project file, read on a connection of its own.
    std::int64_t queryInt(const std::string &sql) const;

private:
    void build(const std::vector<LabelledRow> &rows, std::size_t accepted, bool asAdmin,
               const std::string &fieldName);

    TempDir m_dir;
    std::string m_path;
    std::int64_t m_fieldId = 0;
    std::int64_t m_adminId = 0;
    std::unique_ptr<gui::MainWindow> m_window;
};

/// While alive, holds the model panel's worker at its first progress report of at least
/// `from` done (before the window hears of it) until release is set: tests press Cancel or
/// take a picture of the work under way.
class HeldWork
{
public:
    explicit HeldWork(std::uint64_t from = 1);
    ~HeldWork();
    HeldWork(const HeldWork &) = delete;
    HeldWork &operator=(const HeldWork &) = delete;

    /// Waits until the worker is held; false when it was not within `timeoutMs`.
    bool waitHeld(int timeoutMs = 30000) const;

    std::atomic<bool> reached{false};
    std::atomic<bool> release{false};
};

} // namespace assay::test
