#pragma once

#include "project/Project.h"
#include "search/LabelSearch.h"
#include "users/User.h"
#include "workflow/Policy.h"

#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace assay::core {
class BackgroundCheckpoint;
}

namespace assay::gui {

/// The open project and the person working in it. Views reach the core through it, and its
/// signals tell them when the project opens or closes, or when the user, the schema or the
/// items change. It belongs to the GUI thread; background work opens its own connection
/// from path().
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    /// Opens the project file at `path`, closing any open one first. On failure nothing is
    /// open and the error says why.
    core::Status open(const QString &path);
    /// Creates a new project file at `path` named `name` and opens it.
    core::Status create(const QString &path, const QString &name);
    /// Closes the project (and forgets the user); emits projectClosed when one was open.
    void close();

    /// Whether a project is open.
    bool isOpen() const { return m_project != nullptr; }
    /// The open project; only valid while isOpen().
    core::Project &project() { return *m_project; }
    /// The project file's path, or empty when none is open.
    QString path() const { return m_path; }
    /// The project's display name.
    QString projectName() const { return m_name; }

    /// Whether someone has been chosen to work in the project.
    bool hasUser() const { return m_user.has_value(); }
    /// The current user; only valid while hasUser().
    const core::User &user() const { return *m_user; }
    std::int64_t userId() const { return m_user ? m_user->id : 0; }
    /// Makes `user` the person working; emits userChanged.
    void setUser(const core::User &user);

    /// The workflow policy, fields, and per-field taxonomies and label searches, loaded once
    /// and reloaded by reloadSchema().
    const core::Policy &policy() const { return m_policy; }
    const std::vector<core::Field> &fields() const { return m_fields; }
    const core::Field *field(std::int64_t fieldId) const;
    std::shared_ptr<const core::Taxonomy> taxonomy(std::int64_t fieldId);
    const core::LabelSearch &labelSearch(std::int64_t fieldId);

    /// Reloads policy, fields and taxonomies after the schema or policy changed, then emits
    /// schemaChanged. Fails (keeping the old schema) when the project cannot be read.
    core::Status reloadSchema();
    /// Tells the views that items were added or removed (after an import).
    void notifyItemsChanged();
    /// Tells the views that annotations of `itemId` were stored.
    void notifyAnnotated(std::int64_t itemId);

signals:
    void projectOpened();
    void projectClosed();
    void userChanged();
    void schemaChanged();
    void itemsChanged();
    void itemAnnotated(qint64 itemId);

private:
    core::Status adopt(std::unique_ptr<core::Project> project);
    core::Status loadSchema();

    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<core::BackgroundCheckpoint> m_checkpoints;
    QString m_path;
    QString m_name;
    std::optional<core::User> m_user;
    core::Policy m_policy;
    std::vector<core::Field> m_fields;
    std::map<std::int64_t, std::shared_ptr<const core::Taxonomy>> m_taxonomies;
    std::map<std::int64_t, std::unique_ptr<core::LabelSearch>> m_searches;
};

} // namespace assay::gui
