#include "project/Project.h"

#include "project/Clock.h"
#include "storage/Migrations.h"

#include <filesystem>
#include <system_error>

namespace assay::core {

Project::Project(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_schema(*m_db)
    , m_items(*m_db)
    , m_users(*m_db)
    , m_annotations(*m_db, m_schema, m_items)
    , m_audit(*m_db)
{}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const std::string &path, std::string_view name)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Error(ErrorCode::AlreadyExists,
                     path + " already exists; open it, or choose another file name");
    return openDatabase(path, true, name);
}

Result<std::unique_ptr<Project>> Project::open(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Error(ErrorCode::NotFound, path + ": no such project file");
    if (std::filesystem::is_directory(path, ec))
        return Error(ErrorCode::NotAProject, path + " is a directory, not a project file");
    return openDatabase(path, false, {});
}

Result<std::unique_ptr<Project>> Project::openDatabase(const std::string &path, bool create,
                                                       std::string_view name)
{
    auto db = Database::open(path, create ? Database::OpenMode::ReadWriteCreate
                                          : Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    Database &database = **db;
    // Check what the file is before changing anything about it (WAL mode writes to it).
    ASSAY_TRY(migrate(database, path));
    ASSAY_TRY(database.exec("PRAGMA journal_mode = WAL"));
    ASSAY_TRY(database.exec("PRAGMA synchronous = NORMAL"));
    ASSAY_TRY(database.exec("PRAGMA foreign_keys = ON"));
    ASSAY_TRY(database.exec("PRAGMA cache_size = -32768"));

    std::unique_ptr<Project> project(new Project(std::move(db).value()));
    if (create) {
        const std::string projectName =
            name.empty() ? std::filesystem::path(path).stem().string() : std::string(name);
        ASSAY_TRY(project->setSetting("name", projectName));
        ASSAY_TRY(project->setSetting("created_at", std::to_string(nowMillis())));
        ASSAY_TRY(project->setSetting("policy", Policy{}.toJson()));
        ASSAY_TRY(project->audit().record(std::nullopt, "project.create", projectName));
    }
    return project;
}

Result<std::string> Project::setting(std::string_view key)
{
    auto stmt = m_db->cached("SELECT value FROM project WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    std::string value = *row ? (*stmt)->columnString(0) : std::string();
    (*stmt)->reset();
    return value;
}

Status Project::setSetting(std::string_view key, std::string_view value)
{
    auto stmt = m_db->cached("INSERT INTO project (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = ?2");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key).bind(2, value);
    return (*stmt)->run();
}

Result<Policy> Project::policy()
{
    auto text = setting("policy");
    if (!text)
        return text.error();
    return Policy::fromJson(*text);
}

Status Project::setPolicy(const Policy &policy)
{
    ASSAY_TRY(Policy::fromJson(policy.toJson()));
    ASSAY_TRY(setSetting("policy", policy.toJson()));
    return m_audit.record(std::nullopt, "policy.set", "project", policy.toJson());
}

} // namespace assay::core
