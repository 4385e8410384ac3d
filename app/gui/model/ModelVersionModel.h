#pragma once

#include "model/ModelStore.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace assay::gui {

/// One stored model version as the versions list shows it.
struct ModelVersion {
    core::ModelInfo info;
    std::optional<double> accuracy; ///< on the held-out items; none when not evaluated
    std::int64_t testSize = 0;
    std::int64_t labelled = 0; ///< items it has pre-labelled
    bool trained = false;      ///< holds a classifier (not only imported predictions)
    bool current = false;      ///< the newest trained version: the one that pre-labels
};

/// The stored versions of one field's model, newest first: when each was trained, on how
/// many items, its accuracy, how many items it has labelled, and which one pre-labels.
class ModelVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VersionColumn,
        TrainedColumn,
        TrainSizeColumn,
        AccuracyColumn,
        LabelledColumn,
        StatusColumn
    };
    static constexpr int kColumnCount = 6;

    explicit ModelVersionModel(QObject *parent = nullptr);

    /// Shows `versions` (in any order; they are listed newest first).
    void setVersions(std::vector<ModelVersion> versions);
    const std::vector<ModelVersion> &versions() const { return m_versions; }
    /// The version on row `row`, and the row of version `version` (-1 when absent).
    const ModelVersion &at(int row) const { return m_versions.at(static_cast<std::size_t>(row)); }
    int rowOf(int version) const;
    /// The version that pre-labels, if the field has a trained one.
    const ModelVersion *current() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ModelVersion> m_versions;
};

} // namespace assay::gui
