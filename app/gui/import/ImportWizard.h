#pragma once

#include "io/ImportOptions.h"

#include <QWizard>

namespace assay::gui {

class ImportFilePage;
class ImportFormatPage;
class ImportPreviewPage;
class ImportRunPage;
class ProjectSession;

/// Imports items into the open project, step by step: the file (browse or drop), its format
/// and encoding, the text and id columns, a preview of the first rows exactly as they will be
/// stored, then the import itself on a worker thread with a progress bar and Cancel, and its
/// report: counts, rejected rows as file:line: reason, duplicates as warnings. When rows are
/// rejected it offers to import the good ones and skip the bad.
///
/// Not modal by itself: open() or show() it (tests do), or exec() it.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, PreviewPageId, RunPageId };

    explicit ImportWizard(ProjectSession &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ProjectSession &session() { return m_session; }
    /// The options chosen so far; pages fill them in as the person goes along.
    core::ImportOptions &options() { return m_options; }
    const core::ImportOptions &options() const { return m_options; }

    /// Starts with `path` chosen, as if it had been dropped on the first page.
    void setFilePath(const QString &path);

    ImportRunPage *runPage() const { return m_run; }

    /// While an import runs, Cancel stops it first and closes once it has stopped.
    void reject() override;

signals:
    /// Items were imported as batch `batchId`.
    void itemsImported(qint64 batchId, qint64 count);

private:
    ProjectSession &m_session;
    core::ImportOptions m_options;
    ImportFilePage *m_file = nullptr;
    ImportFormatPage *m_format = nullptr;
    ImportPreviewPage *m_preview = nullptr;
    ImportRunPage *m_run = nullptr;
};

} // namespace assay::gui
