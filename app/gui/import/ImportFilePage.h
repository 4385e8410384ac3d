#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace assay::gui {

class ImportWizard;

/// The import wizard's first step: the file, typed, browsed for, or dropped on the page.
/// Complete once the path names a readable file. Widgets: importPathEdit, importBrowseButton,
/// importDropArea, importFileInfo.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard &wizard);

    void setPath(const QString &path);
    QString path() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void updateInfo();

    ImportWizard &m_wizard;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_dropArea = nullptr;
    QLabel *m_info = nullptr;
};

} // namespace assay::gui
