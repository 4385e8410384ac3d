#pragma once

#include <QWidget>
#include <cstdint>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace assay::gui {

class EvaluationView;
class MessageBanner;
class ModelJob;
class ModelVersionModel;
class PrelabelForm;
class ProjectSession;
class TaskProgress;
class TrainForm;

/// The model page beside Annotate and Data: for each choice field, the stored model
/// versions (when trained, on how many items, how accurate, how many items each labelled,
/// which one pre-labels); training a new version and pre-labelling the items, off the GUI
/// thread with progress and Cancel; and the evaluation of the selected version.
/// Administrators train and pre-label; everyone else may look.
class ModelView : public QWidget
{
    Q_OBJECT

public:
    explicit ModelView(ProjectSession &session, QWidget *parent = nullptr);
    ~ModelView() override;

    /// The view is shown: reads fields and models again when they changed since.
    void activate();

    /// The choice field whose models show (0 when the project has none), and choosing one.
    std::int64_t currentField() const;
    void setCurrentField(std::int64_t fieldId);
    /// Selects version `version` of the current field, showing its evaluation.
    void selectVersion(int version);

    /// Whether the user may train and pre-label (administrators), and whether work runs.
    bool canChange() const;
    bool isBusy() const;

    /// Parts, for the window and for tests.
    QComboBox *fieldCombo() const { return m_field; }
    QTableView *versionTable() const { return m_versionTable; }
    ModelVersionModel *versionModel() const { return m_versions; }
    TrainForm *trainForm() const { return m_train; }
    PrelabelForm *prelabelForm() const { return m_prelabel; }
    TaskProgress *progress() const { return m_progress; }
    EvaluationView *evaluationView() const { return m_evaluation; }
    MessageBanner *banner() const { return m_banner; }
    ModelJob *job() const { return m_job; }

public slots:
    /// Trains a new version of the current field with the train form's settings.
    void train();
    /// Pre-labels the items with the pre-label form's settings.
    void prelabel();
    /// Stops the running work.
    void cancel();

signals:
    /// Training or pre-labelling ended (done, failed or cancelled) and the view shows how.
    void jobFinished();

private:
    void buildLayout();
    QWidget *buildLeft();
    void reload();
    void reloadVersions();
    void showSelected();
    void updateControls();
    void startJob(const QString &what, bool countsItems);
    void jobEnded();
    void trainEnded();
    void prelabelEnded();
    void projectClosed();
    QString fieldName() const;

    ProjectSession &m_session;
    bool m_stale = true;
    bool m_busy = false;
    QString m_jobPath;
    std::int64_t m_jobField = 0;

    QComboBox *m_field = nullptr;
    QLabel *m_readOnly = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_versionTable = nullptr;
    ModelVersionModel *m_versions = nullptr;
    QTabWidget *m_forms = nullptr;
    TrainForm *m_train = nullptr;
    PrelabelForm *m_prelabel = nullptr;
    TaskProgress *m_progress = nullptr;
    EvaluationView *m_evaluation = nullptr;
    ModelJob *m_job = nullptr;
};

} // namespace assay::gui
