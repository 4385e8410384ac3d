#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace assay::gui {

/// Asks for a file to open. Dialogs call it instead of QFileDialog directly so that tests can
/// answer in place of a person: with an answerer set, no dialog is shown.
class FilePrompt
{
public:
    /// Answers a prompt: gets the title and the filter, returns a path or "" for cancel.
    using Answerer = std::function<QString(const QString &title, const QString &filter)>;

    /// A file to open, chosen in a file dialog titled `title`, starting in `directory`,
    /// showing `filter`; empty when the person cancelled.
    static QString openFile(QWidget *parent, const QString &title, const QString &directory,
                            const QString &filter);

    /// Makes every prompt return `answerer`'s answer until it is reset with {}.
    static void setAnswerer(Answerer answerer);
};

} // namespace assay::gui
