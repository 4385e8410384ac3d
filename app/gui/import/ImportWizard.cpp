#include "import/ImportWizard.h"

#include "import/ImportFilePage.h"
#include "import/ImportFormatPage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportRunPage.h"
#include "project/ProjectSession.h"

namespace assay::gui {

ImportWizard::ImportWizard(ProjectSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Items"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_options.userId =
        session.hasUser() ? std::optional<std::int64_t>(session.userId()) : std::nullopt;
    m_file = new ImportFilePage(*this);
    m_format = new ImportFormatPage(*this);
    m_preview = new ImportPreviewPage(*this);
    m_run = new ImportRunPage(*this);
    setPage(FilePageId, m_file);
    setPage(FormatPageId, m_format);
    setPage(PreviewPageId, m_preview);
    setPage(RunPageId, m_run);
    setStartId(FilePageId);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(920, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    m_file->setPath(path);
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancelAndClose();
        return;
    }
    QWizard::reject();
}

} // namespace assay::gui
