#include "model/TrainForm.h"

#include "project/CoreStrings.h"
#include "window/FilePrompt.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace assay::gui {

TrainForm::TrainForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainForm"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("trainDataEdit"));
    m_file->setPlaceholderText(tr("Optional: a labelled JSONL, CSV or TSV file"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Br&owse…"), this);
    m_browse->setObjectName(QStringLiteral("trainBrowseButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("Labelled &data:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_members = new QWidget(this);
    auto *members = new QHBoxLayout(m_members);
    members->setContentsMargins(0, 0, 0, 0);
    m_textMember = new QLineEdit(QStringLiteral("text"), m_members);
    m_textMember->setObjectName(QStringLiteral("trainTextMemberEdit"));
    m_labelMember = new QLineEdit(QStringLiteral("label"), m_members);
    m_labelMember->setObjectName(QStringLiteral("trainLabelMemberEdit"));
    members->addWidget(new QLabel(tr("text in"), m_members));
    members->addWidget(m_textMember, 1);
    members->addWidget(new QLabel(tr("label in"), m_members));
    members->addWidget(m_labelMember, 1);
    form->addRow(QString(), m_members);

    m_holdout = new QSpinBox(this);
    m_holdout->setObjectName(QStringLiteral("holdoutSpin"));
    m_holdout->setRange(0, 50);
    m_holdout->setValue(20);
    m_holdout->setSuffix(tr(" %", "a percentage after a number"));
    m_holdout->setToolTip(tr("The share of the labelled items kept out of training to measure "
                             "the model on. With fewer than 20 labelled items nothing is held "
                             "out."));
    auto *holdoutLabel = new QLabel(tr("Hold o&ut for evaluation:"), this);
    holdoutLabel->setBuddy(m_holdout);
    form->addRow(holdoutLabel, m_holdout);
    layout->addLayout(form);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedButton"));
    m_advancedToggle->setText(tr("Advan&ced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    layout->addWidget(m_advancedToggle);

    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advancedOptions"));
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(18, 0, 0, 0);
    m_epochs = new QSpinBox(m_advanced);
    m_epochs->setObjectName(QStringLiteral("epochSpin"));
    m_epochs->setRange(0, 1000);
    m_epochs->setSpecialValueText(tr("Automatic"));
    m_epochs->setToolTip(tr("Passes over the training data; automatic takes 25 on small sets "
                            "and fewer on large ones."));
    advanced->addRow(tr("Epoch&s:"), m_epochs);
    m_learningRate = new QDoubleSpinBox(m_advanced);
    m_learningRate->setObjectName(QStringLiteral("learningRateSpin"));
    m_learningRate->setRange(0, 5);
    m_learningRate->setSingleStep(0.05);
    m_learningRate->setDecimals(2);
    m_learningRate->setSpecialValueText(tr("Automatic"));
    m_learningRate->setToolTip(tr("How far each example moves the model; automatic is 1.0."));
    advanced->addRow(tr("&Learning rate:"), m_learningRate);
    m_seed = new QSpinBox(m_advanced);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Seeds the starting weights, the shuffle and the hold-out choice."));
    advanced->addRow(tr("Seed:"), m_seed);
    m_threads = new QSpinBox(m_advanced);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_threads->setRange(0, 64);
    m_threads->setSpecialValueText(tr("All cores"));
    m_threads->setToolTip(tr("One thread trains the same model every time from the same data "
                             "and seed; more threads train faster."));
    advanced->addRow(tr("&Threads:"), m_threads);
    layout->addWidget(m_advanced);
    m_advanced->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_train = new QPushButton(tr("T&rain New Version"), this);
    m_train->setObjectName(QStringLiteral("trainButton"));
    buttons->addWidget(m_train);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_advancedToggle, &QToolButton::toggled, this, &TrainForm::setAdvancedVisible);
    connect(m_browse, &QPushButton::clicked, this, &TrainForm::browse);
    connect(m_file, &QLineEdit::textChanged, this, &TrainForm::updateFileRow);
    connect(m_train, &QPushButton::clicked, this, &TrainForm::trainRequested);
    updateFileRow();
}

void TrainForm::setAdvancedVisible(bool visible)
{
    m_advancedToggle->setChecked(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(visible);
}

void TrainForm::browse()
{
    const QString path =
        FilePrompt::openFile(this, tr("Labelled Data"), m_file->text(),
                             tr("Labelled data (*.jsonl *.json *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void TrainForm::updateFileRow()
{
    m_members->setEnabled(!m_file->text().trimmed().isEmpty());
}

QString TrainForm::problem() const
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return {};
    if (!QFileInfo(file).isFile())
        return tr("There is no file %1.").arg(file);
    if (m_textMember->text().trimmed().isEmpty() || m_labelMember->text().trimmed().isEmpty())
        return tr("Say which members of the labelled data hold the text and the label.");
    return {};
}

core::TrainOptions TrainForm::options() const
{
    core::TrainOptions options;
    core::ModelParams &params = options.params;
    params.holdout = m_holdout->value() / 100.0;
    if (m_epochs->value() > 0)
        params.epoch = m_epochs->value();
    if (m_learningRate->value() > 0)
        params.lr = m_learningRate->value();
    params.seed = static_cast<std::uint32_t>(m_seed->value());
    params.threads = m_threads->value();
    const QString file = m_file->text().trimmed();
    if (!file.isEmpty())
        options.files.push_back({stdstr(file), stdstr(m_textMember->text().trimmed()),
                                 stdstr(m_labelMember->text().trimmed())});
    return options;
}

} // namespace assay::gui
