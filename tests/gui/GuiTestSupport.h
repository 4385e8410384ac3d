#pragma once

#include "TestSupport.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QApplication;
class QWidget;

namespace assay::test {

/// The QApplication of GUI tests, made on first use with the program's look and with its
/// settings in a fresh temporary directory, so tests never touch a user's settings.
QApplication &guiApp();

/// A small hotline project on disk: a 3-level complaint taxonomy (类别, single choice), an
/// entity span field (实体: 人名 p, 地名 l, 机构 o), two users (alice without a password,
/// bob with "secret") and `itemCount` imported complaint messages, the fifth of which starts
/// with a character outside the BMP.
struct HotlineProject {
    TempDir dir;
    std::string path;
    std::int64_t categoryField = 0;
    std::int64_t entityField = 0;
    std::int64_t alice = 0;
    std::int64_t bob = 0;
    std::vector<std::int64_t> itemIds;

    /// Builds the project (failing the test on any error).
    explicit HotlineProject(int itemCount = 12);

    /// The id of label `path` of field `fieldId`.
    std::int64_t labelId(std::int64_t fieldId, const std::string &path) const;
    /// Stores a model's ranked answer for the category field of `itemId`:
    /// (label path, confidence) pairs, best first.
    void addModelSuggestion(std::int64_t itemId,
                            const std::vector<std::pair<std::string, double>> &ranked) const;
    /// Opens the project file on a connection of its own, for checking what was stored.
    std::unique_ptr<core::Project> open() const;
};

/// The texts of the items HotlineProject imports, in order.
const std::vector<std::string> &hotlineTexts();

/// Sends a key press and release to the widget that has the keyboard focus (as a person's
/// typing would reach it), letting shortcuts fire first.
void pressKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
/// Types `text` into the focused widget: ASCII one key at a time, other characters as an
/// input method commits them. Types into `into` instead when it is given.
void typeText(const QString &text, QWidget *into = nullptr);
/// The focused widget's object name (empty when none has the focus).
QString focusName();
/// Shows `window`, makes it active and waits until it is.
bool showActive(QWidget &window);

/// Saves `widget` as the PNG `name` in `dir` (after letting it settle), and checks it holds
/// a real picture: more than `minColours` colours on a sparse grid of its pixels.
void saveScreenshot(QWidget &widget, const QString &dir, const QString &name, int minColours);

/// Runs `act` on the next modal dialog as soon as it is shown (for code that calls exec()).
/// The dialog must be shown within a few seconds.
void whenModalShown(std::function<void(QWidget *dialog)> act);

} // namespace assay::test
