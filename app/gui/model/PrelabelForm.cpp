#include "model/PrelabelForm.h"

#include "model/ModelFormat.h"
#include "model/ModelParams.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace assay::gui {

PrelabelForm::PrelabelForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("prelabelForm"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("prelabelVersionCombo"));
    auto *versionLabel = new QLabel(tr("&Model version:"), this);
    versionLabel->setBuddy(m_version);
    form->addRow(versionLabel, m_version);

    m_topK = new QSpinBox(this);
    m_topK->setObjectName(QStringLiteral("topKSpin"));
    m_topK->setRange(1, 20);
    m_topK->setValue(5);
    m_topK->setToolTip(tr("How many of the model's labels each item keeps, most likely first; "
                          "annotators see them as suggestions."));
    auto *topKLabel = new QLabel(tr("&Labels per item:"), this);
    topKLabel->setBuddy(m_topK);
    form->addRow(topKLabel, m_topK);

    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("uncertaintyCombo"));
    m_measure->addItem(tr("Margin between the top two labels"),
                       static_cast<int>(core::UncertaintyMeasure::Margin));
    m_measure->addItem(tr("Entropy over all labels"),
                       static_cast<int>(core::UncertaintyMeasure::Entropy));
    m_measure->setToolTip(tr("How the model's doubt about an item is measured, for the queue "
                             "order Annotate ▸ Queue Order ▸ Least Certain First."));
    auto *measureLabel = new QLabel(tr("&Uncertainty:"), this);
    measureLabel->setBuddy(m_measure);
    form->addRow(measureLabel, m_measure);
    layout->addLayout(form);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("prelabelInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_prelabel = new QPushButton(tr("Pre-la&bel Items"), this);
    m_prelabel->setObjectName(QStringLiteral("prelabelButton"));
    buttons->addWidget(m_prelabel);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_version, &QComboBox::currentIndexChanged, this, &PrelabelForm::updateInfo);
    connect(m_prelabel, &QPushButton::clicked, this, &PrelabelForm::prelabelRequested);
    updateInfo();
}

void PrelabelForm::setVersions(const std::vector<ModelVersion> &versions, std::int64_t itemCount)
{
    const std::optional<int> before = version();
    m_versions.clear();
    for (const ModelVersion &v : versions)
        if (v.trained)
            m_versions.push_back(v);
    m_itemCount = itemCount;
    m_version->blockSignals(true);
    m_version->clear();
    int chosen = -1;
    for (const ModelVersion &v : m_versions) {
        QString text = ModelFormat::version(v.info.version);
        if (v.accuracy)
            text = tr("%1 — accuracy %2").arg(text, ModelFormat::percent(*v.accuracy));
        if (v.current)
            text = tr("%1 (newest)").arg(text);
        m_version->addItem(text, v.info.version);
        if ((before && *before == v.info.version) || (chosen < 0 && v.current))
            chosen = m_version->count() - 1;
    }
    m_version->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_version->blockSignals(false);
    updateInfo();
}

std::optional<int> PrelabelForm::version() const
{
    if (m_version->currentIndex() < 0)
        return std::nullopt;
    return m_version->currentData().toInt();
}

void PrelabelForm::setVersion(int version)
{
    const int index = m_version->findData(version);
    if (index >= 0)
        m_version->setCurrentIndex(index);
}

void PrelabelForm::updateInfo()
{
    const std::optional<int> chosen = version();
    const ModelVersion *v = nullptr;
    for (const ModelVersion &candidate : m_versions)
        if (chosen && candidate.info.version == *chosen)
            v = &candidate;
    m_prelabel->setEnabled(v != nullptr);
    if (!v) {
        m_info->setText(tr("Train a model first: pre-labelling needs one."));
        return;
    }
    // Each version starts from the number of labels it was trained to give; a number set by
    // hand stays while the version does.
    if (v->info.id != m_topKModel)
        if (auto params = core::ModelParams::fromJson(v->info.params))
            m_topK->setValue(std::clamp(params->topK, m_topK->minimum(), m_topK->maximum()));
    m_topKModel = v->info.id;
    const std::int64_t left = std::max<std::int64_t>(0, m_itemCount - v->labelled);
    if (left == 0)
        m_info->setText(
            tr("Every item has a label from %1.").arg(ModelFormat::version(v->info.version)));
    else if (v->labelled == 0)
        m_info->setText(tr("%1 will label all %2 items.")
                            .arg(ModelFormat::version(v->info.version), ModelFormat::count(left)));
    else
        m_info->setText(tr("%1 items have no label from %2 yet; pre-labelling continues where "
                           "it stopped.")
                            .arg(ModelFormat::count(left), ModelFormat::version(v->info.version)));
}

core::PrelabelOptions PrelabelForm::options() const
{
    core::PrelabelOptions options;
    options.version = version();
    options.topK = m_topK->value();
    options.measure = static_cast<core::UncertaintyMeasure>(m_measure->currentData().toInt());
    // Smaller batches than the command line's: the bar moves and Cancel answers within a
    // fraction of a second, at little cost in speed.
    options.batchSize = kBatchSize;
    return options;
}

} // namespace assay::gui
