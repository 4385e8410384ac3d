#include "model/ModelView.h"

#include "model/EvaluationView.h"
#include "model/ModelFormat.h"
#include "model/ModelJob.h"
#include "model/ModelMessages.h"
#include "model/ModelVersionModel.h"
#include "model/PrelabelForm.h"
#include "model/TaskProgress.h"
#include "model/TrainForm.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "window/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace assay::gui {

ModelView::ModelView(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new ModelJob(this))
{
    setObjectName(QStringLiteral("modelView"));
    buildLayout();
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_banner->dismiss();
        reloadVersions();
    });
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelView::showSelected);
    connect(m_train, &TrainForm::trainRequested, this, &ModelView::train);
    connect(m_prelabel, &PrelabelForm::prelabelRequested, this, &ModelView::prelabel);
    connect(m_progress, &TaskProgress::cancelRequested, this, &ModelView::cancel);
    connect(m_job, &ModelJob::progressChanged, m_progress, &TaskProgress::setProgress);
    connect(m_job, &ModelJob::finished, this, &ModelView::jobEnded);

    const auto stale = [this] {
        m_stale = true;
        if (isVisible())
            activate();
    };
    for (auto signal : {&ProjectSession::projectOpened, &ProjectSession::userChanged,
                        &ProjectSession::schemaChanged, &ProjectSession::itemsChanged})
        connect(&session, signal, this, stale);
    // Submissions do not change the models; they only make the counts of items older.
    connect(&session, &ProjectSession::itemAnnotated, this, [this] { m_stale = true; });
    connect(&session, &ProjectSession::projectClosed, this, &ModelView::projectClosed);
}

ModelView::~ModelView() = default;

void ModelView::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("modelFieldCombo"));
    m_field->setMinimumWidth(180);
    auto *fieldLabel = new QLabel(tr("F&ield:"), this);
    fieldLabel->setBuddy(m_field);
    top->addWidget(fieldLabel);
    top->addWidget(m_field);
    top->addStretch(1);
    m_readOnly = new QLabel(
        tr("Only administrators can train and pre-label; you can look at the models."), this);
    m_readOnly->setObjectName(QStringLiteral("hintText"));
    top->addWidget(m_readOnly);
    layout->addLayout(top);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("modelBanner"));
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("modelSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildLeft());
    m_evaluation = new EvaluationView(splitter);
    splitter->addWidget(m_evaluation);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 780});
    layout->addWidget(splitter, 1);
}

QWidget *ModelView::buildLeft()
{
    auto *left = new QWidget(this);
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 8, 0);
    auto *caption = new QLabel(tr("Versions"), left);
    caption->setObjectName(QStringLiteral("sectionCaption"));
    layout->addWidget(caption);
    m_versions = new ModelVersionModel(this);
    m_versionTable = new QTableView(left);
    m_versionTable->setObjectName(QStringLiteral("modelVersionTable"));
    m_versionTable->setModel(m_versions);
    m_versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionTable->setAlternatingRowColors(true);
    m_versionTable->setShowGrid(false);
    m_versionTable->setWordWrap(false);
    m_versionTable->verticalHeader()->hide();
    m_versionTable->horizontalHeader()->setStretchLastSection(true);
    m_versionTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_versionTable, 1);

    m_forms = new QTabWidget(left);
    m_forms->setObjectName(QStringLiteral("modelForms"));
    m_train = new TrainForm(m_forms);
    m_prelabel = new PrelabelForm(m_forms);
    m_forms->addTab(m_train, tr("Train"));
    m_forms->addTab(m_prelabel, tr("Pre-label"));
    layout->addWidget(m_forms);
    m_progress = new TaskProgress(left);
    layout->addWidget(m_progress);
    return left;
}

void ModelView::activate()
{
    if (m_stale)
        reload();
}

bool ModelView::canChange() const
{
    return m_session.isOpen() && m_session.hasUser() && m_session.user().hasRole(core::Role::Admin);
}

bool ModelView::isBusy() const
{
    return m_busy;
}

std::int64_t ModelView::currentField() const
{
    return m_field->currentIndex() >= 0 ? m_field->currentData().toLongLong() : 0;
}

void ModelView::setCurrentField(std::int64_t fieldId)
{
    const int index = m_field->findData(static_cast<qlonglong>(fieldId));
    if (index >= 0)
        m_field->setCurrentIndex(index);
}

QString ModelView::fieldName() const
{
    const core::Field *field = m_session.field(currentField());
    return field ? qstr(field->name) : QString();
}

void ModelView::selectVersion(int version)
{
    const int row = m_versions->rowOf(version);
    if (row >= 0)
        m_versionTable->setCurrentIndex(m_versions->index(row, 0));
}

void ModelView::reload()
{
    m_stale = false;
    const std::int64_t before = currentField();
    m_field->blockSignals(true);
    m_field->clear();
    if (m_session.isOpen())
        for (const core::Field &field : m_session.fields())
            if (field.isChoice())
                m_field->addItem(qstr(field.name), static_cast<qlonglong>(field.id));
    const int index = m_field->findData(static_cast<qlonglong>(before));
    m_field->setCurrentIndex(index >= 0 ? index : 0);
    m_field->blockSignals(false);
    reloadVersions();
}

void ModelView::reloadVersions()
{
    const int selected = m_versionTable->currentIndex().isValid()
                             ? m_versions->at(m_versionTable->currentIndex().row()).info.version
                             : 0;
    std::vector<ModelVersion> versions;
    std::int64_t itemCount = 0;
    const std::int64_t fieldId = currentField();
    if (m_session.isOpen() && fieldId > 0) {
        core::ModelStore store(m_session.project().database());
        auto models = store.list(fieldId);
        auto latest = store.latest(fieldId);
        auto count = m_session.project().items().count();
        if (!models || !latest || !count) {
            const core::Error &error = !models   ? models.error()
                                       : !latest ? latest.error()
                                                 : count.error();
            m_banner->showMessage(errorText(error), MessageBanner::Kind::Error);
        } else {
            itemCount = *count;
            for (core::ModelInfo &info : *models) {
                ModelVersion v;
                v.trained = info.kind == "fasttext" && info.size > 0;
                v.current = *latest && (*latest)->id == info.id;
                if (auto labelled = store.labelledItems(info.id))
                    v.labelled = *labelled;
                if (auto evaluation = core::Evaluation::fromJson(info.evaluation);
                    evaluation && evaluation->testSize > 0) {
                    v.accuracy = evaluation->accuracy;
                    v.testSize = evaluation->testSize;
                }
                v.info = std::move(info);
                versions.push_back(std::move(v));
            }
        }
    }
    m_versions->setVersions(std::move(versions));
    m_prelabel->setVersions(m_versions->versions(), itemCount);
    for (int column : {ModelVersionModel::VersionColumn, ModelVersionModel::TrainedColumn,
                       ModelVersionModel::TrainSizeColumn, ModelVersionModel::AccuracyColumn,
                       ModelVersionModel::LabelledColumn})
        m_versionTable->resizeColumnToContents(column);
    int row = m_versions->rowOf(selected);
    if (row < 0 && m_versions->current())
        row = m_versions->rowOf(m_versions->current()->info.version);
    if (row < 0 && m_versions->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_versionTable->setCurrentIndex(m_versions->index(row, 0));
    else
        showSelected();
    updateControls();
}

void ModelView::showSelected()
{
    const QModelIndex current = m_versionTable->currentIndex();
    if (!m_session.isOpen()) {
        m_evaluation->showMessage(tr("No project is open."));
        return;
    }
    if (currentField() == 0) {
        m_evaluation->showMessage(tr("This project has no choice fields. The model labels single "
                                     "and multiple choice fields: add one in the schema."));
        return;
    }
    if (!current.isValid()) {
        m_evaluation->showMessage(
            canChange() ? tr("“%1” has no model yet. Train one: it learns from the items people "
                             "have labelled and accepted.")
                              .arg(fieldName())
                        : tr("“%1” has no model yet.").arg(fieldName()));
        return;
    }
    const ModelVersion &version = m_versions->at(current.row());
    m_evaluation->showModel(version.info, fieldName(), m_session.taxonomy(currentField()));
    if (version.trained)
        m_prelabel->setVersion(version.info.version);
}

void ModelView::updateControls()
{
    const bool admin = canChange();
    const bool hasField = currentField() > 0;
    m_readOnly->setVisible(m_session.hasUser() && !admin);
    m_field->setEnabled(!m_busy);
    m_train->setEnabled(admin && hasField && !m_busy);
    m_prelabel->setEnabled(admin && hasField && !m_busy);
}

void ModelView::startJob(const QString &what, bool countsItems)
{
    m_busy = true;
    m_jobPath = m_session.path();
    m_jobField = currentField();
    m_banner->dismiss();
    m_progress->start(what, countsItems);
    updateControls();
}

void ModelView::train()
{
    if (m_busy || !canChange() || currentField() == 0)
        return;
    if (const QString problem = m_train->problem(); !problem.isEmpty()) {
        m_banner->showMessage(problem, MessageBanner::Kind::Warning);
        return;
    }
    core::TrainOptions options = m_train->options();
    options.userId = m_session.userId();
    startJob(tr("Training a new version of “%1”…").arg(fieldName()), false);
    m_job->train(m_session.path(), fieldName(), options);
}

void ModelView::prelabel()
{
    if (m_busy || !canChange() || currentField() == 0 || !m_prelabel->version())
        return;
    core::PrelabelOptions options = m_prelabel->options();
    options.userId = m_session.userId();
    startJob(tr("Pre-labelling with %1 of “%2”…")
                 .arg(ModelFormat::version(*options.version), fieldName()),
             true);
    m_job->prelabel(m_session.path(), fieldName(), options);
}

void ModelView::cancel()
{
    if (!m_busy)
        return;
    m_job->cancel();
    m_progress->setCancelling();
}

void ModelView::projectClosed()
{
    if (m_busy)
        cancel();
    m_stale = true;
    m_field->clear();
    m_versions->setVersions({});
    m_evaluation->showMessage(tr("No project is open."));
    m_banner->dismiss();
    updateControls();
}

void ModelView::jobEnded()
{
    m_busy = false;
    m_progress->finish();
    // The work ended in another project than the one open now: nothing here to update.
    if (!m_session.isOpen() || m_session.path() != m_jobPath) {
        updateControls();
        emit jobFinished();
        return;
    }
    // The worker wrote through its own connection: reads on this one left open would still
    // see the project as it was before.
    m_session.project().database().resetBusyStatements();
    setCurrentField(m_jobField);
    if (m_job->kind() == ModelJob::Kind::Train)
        trainEnded();
    else
        prelabelEnded();
    updateControls();
    emit jobFinished();
}

void ModelView::trainEnded()
{
    const core::Status &status = m_job->status();
    if (!status.ok()) {
        const bool cancelled = status.error().code == core::ErrorCode::Cancelled;
        m_banner->showMessage(
            cancelled ? ModelMessages::trainingCancelled() : ModelMessages::text(status.error()),
            cancelled ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
        return;
    }
    const core::TrainReport &report = m_job->trainReport();
    reloadVersions();
    selectVersion(report.model.version);
    m_banner->showMessage(ModelMessages::trained(report));
}

void ModelView::prelabelEnded()
{
    const core::Status &status = m_job->status();
    if (!status.ok()) {
        m_banner->showMessage(ModelMessages::text(status.error()), MessageBanner::Kind::Error);
        return;
    }
    const core::PrelabelReport &report = m_job->prelabelReport();
    if (report.labelled > 0)
        m_session.notifyItemsChanged(); // the annotate and data views show the new labels
    reloadVersions();
    m_banner->showMessage(ModelMessages::prelabelled(report),
                          report.cancelled ? MessageBanner::Kind::Warning
                                           : MessageBanner::Kind::Information);
}

} // namespace assay::gui
