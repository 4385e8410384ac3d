#pragma once

#include <QLineEdit>
#include <cstdint>
#include <optional>

class QCompleter;
class QStandardItemModel;

namespace assay::gui {

class ProjectSession;

/// A box to filter items by label: typing searches the labels of every field (name, path,
/// pinyin, English) and offers the matches; choosing one sets the filter, clearing the box
/// removes it.
class LabelFilterEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr std::size_t kOffered = 20;

    explicit LabelFilterEdit(ProjectSession &session, QWidget *parent = nullptr);

    /// The chosen label, if any.
    std::optional<std::int64_t> labelId() const { return m_labelId; }
    /// Chooses label `labelId` of field `fieldId` (as picking it from the list does).
    void setLabel(std::int64_t fieldId, std::int64_t labelId);
    /// Removes the label filter.
    void clearLabel();

signals:
    void labelChanged();

private:
    void offer(const QString &text);
    void choose(const QModelIndex &index);

    ProjectSession &m_session;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_offers = nullptr;
    std::optional<std::int64_t> m_labelId;
};

} // namespace assay::gui
