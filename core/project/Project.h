#pragma once

#include "annotations/AnnotationStore.h"
#include "audit/AuditLog.h"
#include "error/Result.h"
#include "items/ItemStore.h"
#include "schema/SchemaStore.h"
#include "storage/Database.h"
#include "users/UserStore.h"
#include "workflow/Policy.h"

#include <memory>
#include <string>

namespace assay::core {

/// An Assay project: one SQLite file holding schema, items, users, annotations, models and
/// the audit log. Opening migrates older files forward and refuses newer ones untouched.
/// One Project is one connection: use it from one thread; workers open their own.
class Project
{
public:
    /// Creates a new project file; fails if `path` exists.
    static Result<std::unique_ptr<Project>> create(const std::string &path,
                                                   std::string_view name = {});
    /// Opens an existing project file.
    static Result<std::unique_ptr<Project>> open(const std::string &path);
    ~Project();

    const std::string &path() const { return m_db->path(); }
    Database &database() { return *m_db; }
    SchemaStore &schema() { return m_schema; }
    ItemStore &items() { return m_items; }
    UserStore &users() { return m_users; }
    AnnotationStore &annotations() { return m_annotations; }
    AuditLog &audit() { return m_audit; }

    /// A project-wide setting stored as text ("" when unset).
    Result<std::string> setting(std::string_view key);
    Status setSetting(std::string_view key, std::string_view value);

    Result<std::string> name() { return setting("name"); }
    Result<Policy> policy();
    Status setPolicy(const Policy &policy);

private:
    explicit Project(std::unique_ptr<Database> db);
    static Result<std::unique_ptr<Project>> openDatabase(const std::string &path, bool create,
                                                         std::string_view name);

    std::unique_ptr<Database> m_db;
    SchemaStore m_schema;
    ItemStore m_items;
    UserStore m_users;
    AnnotationStore m_annotations;
    AuditLog m_audit;
};

} // namespace assay::core
