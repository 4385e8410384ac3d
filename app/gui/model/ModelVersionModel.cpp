#include "model/ModelVersionModel.h"

#include "model/ModelFormat.h"
#include "project/CoreStrings.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace assay::gui {

ModelVersionModel::ModelVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ModelVersionModel::setVersions(std::vector<ModelVersion> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    std::sort(m_versions.begin(), m_versions.end(),
              [](const ModelVersion &a, const ModelVersion &b) {
                  return a.info.version > b.info.version;
              });
    endResetModel();
}

int ModelVersionModel::rowOf(int version) const
{
    for (std::size_t i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].info.version == version)
            return static_cast<int>(i);
    return -1;
}

const ModelVersion *ModelVersionModel::current() const
{
    for (const ModelVersion &version : m_versions)
        if (version.current)
            return &version;
    return nullptr;
}

int ModelVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int ModelVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ModelVersionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ModelVersion &v = m_versions[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case VersionColumn:
            return ModelFormat::version(v.info.version);
        case TrainedColumn:
            return ModelFormat::dateTime(v.info.createdAt);
        case TrainSizeColumn:
            return v.trained ? ModelFormat::count(v.info.trainSize) : QString();
        case AccuracyColumn:
            return v.accuracy ? ModelFormat::percent(*v.accuracy) : QStringLiteral("—");
        case LabelledColumn:
            return ModelFormat::count(v.labelled);
        case StatusColumn:
            if (!v.trained)
                return tr("Imported predictions");
            return v.current ? tr("Pre-labels") : tr("Earlier version");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == AccuracyColumn)
            return v.accuracy ? tr("On %1 held-out items").arg(ModelFormat::count(v.testSize))
                              : tr("Not evaluated: too few labelled items to hold some out");
        if (column == StatusColumn && v.current)
            return tr("Pre-labelling uses this version unless you choose another");
        if (column == StatusColumn && !v.trained)
            return tr("Predictions of “%1” imported from a file; there is no model to run")
                .arg(qstr(v.info.kind));
        return {};
    }
    if (role == Qt::FontRole && v.current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && column == StatusColumn)
        return v.current ? QColor(0x1e, 0x6b, 0x34) : QColor(0x6b, 0x72, 0x80);
    if (role == Qt::TextAlignmentRole &&
        (column == TrainSizeColumn || column == AccuracyColumn || column == LabelledColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ModelVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case TrainedColumn:
        return tr("Trained");
    case TrainSizeColumn:
        return tr("Trained on");
    case AccuracyColumn:
        return tr("Accuracy");
    case LabelledColumn:
        return tr("Labelled");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace assay::gui
