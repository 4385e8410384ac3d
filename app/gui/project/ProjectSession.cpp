#include "project/ProjectSession.h"

#include "project/CoreStrings.h"
#include "storage/BackgroundCheckpoint.h"

namespace assay::gui {
namespace {

constexpr std::chrono::milliseconds kCheckpointInterval{2000};

} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{}

ProjectSession::~ProjectSession() = default;

core::Status ProjectSession::open(const QString &path)
{
    close();
    auto project = core::Project::open(stdstr(path));
    if (!project)
        return project.error();
    return adopt(std::move(project).value());
}

core::Status ProjectSession::create(const QString &path, const QString &name)
{
    close();
    auto project = core::Project::create(stdstr(path), stdstr(name));
    if (!project)
        return project.error();
    return adopt(std::move(project).value());
}

core::Status ProjectSession::adopt(std::unique_ptr<core::Project> project)
{
    auto name = project->name();
    if (!name)
        return name.error();
    m_project = std::move(project);
    if (auto loaded = loadSchema(); !loaded.ok()) {
        m_project.reset();
        return loaded.error();
    }
    // Submits never wait for the log to be copied into the file: a thread of its own does
    // it. Without that thread (it could not open the file), SQLite's own checkpoints stay.
    auto checkpoints = core::BackgroundCheckpoint::start(m_project->path(), kCheckpointInterval);
    if (checkpoints &&
        core::BackgroundCheckpoint::disableAutomaticCheckpoints(m_project->database()).ok())
        m_checkpoints = std::move(checkpoints).value();
    m_path = qstr(m_project->path());
    m_name = qstr(*name);
    emit projectOpened();
    return {};
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    m_user.reset();
    m_checkpoints.reset();
    m_project.reset();
    m_searches.clear();
    m_taxonomies.clear();
    m_fields.clear();
    m_path.clear();
    m_name.clear();
    emit projectClosed();
}

void ProjectSession::setUser(const core::User &user)
{
    m_user = user;
    emit userChanged();
}

const core::Field *ProjectSession::field(std::int64_t fieldId) const
{
    for (const core::Field &field : m_fields)
        if (field.id == fieldId)
            return &field;
    return nullptr;
}

std::shared_ptr<const core::Taxonomy> ProjectSession::taxonomy(std::int64_t fieldId)
{
    auto found = m_taxonomies.find(fieldId);
    if (found != m_taxonomies.end())
        return found->second;
    auto loaded = m_project->schema().taxonomy(fieldId);
    if (!loaded)
        return nullptr;
    m_taxonomies[fieldId] = *loaded;
    return *loaded;
}

const core::LabelSearch &ProjectSession::labelSearch(std::int64_t fieldId)
{
    auto found = m_searches.find(fieldId);
    if (found != m_searches.end())
        return *found->second;
    auto taxonomy = this->taxonomy(fieldId);
    if (!taxonomy)
        taxonomy =
            std::make_shared<const core::Taxonomy>(core::Field{}, std::vector<core::Label>{});
    auto search = std::make_unique<core::LabelSearch>(std::move(taxonomy));
    const core::LabelSearch &result = *search;
    m_searches[fieldId] = std::move(search);
    return result;
}

core::Status ProjectSession::loadSchema()
{
    auto policy = m_project->policy();
    if (!policy)
        return policy.error();
    auto fields = m_project->schema().fields();
    if (!fields)
        return fields.error();
    std::map<std::int64_t, std::shared_ptr<const core::Taxonomy>> taxonomies;
    for (const core::Field &field : *fields) {
        auto taxonomy = m_project->schema().taxonomy(field.id);
        if (!taxonomy)
            return taxonomy.error();
        taxonomies[field.id] = *taxonomy;
    }
    m_policy = *policy;
    m_fields = std::move(fields).value();
    m_taxonomies = std::move(taxonomies);
    m_searches.clear();
    return {};
}

core::Status ProjectSession::reloadSchema()
{
    if (!m_project)
        return core::Error(core::ErrorCode::InvalidArgument, "no project is open");
    ASSAY_TRY(loadSchema());
    emit schemaChanged();
    return {};
}

void ProjectSession::notifyItemsChanged()
{
    emit itemsChanged();
}

void ProjectSession::notifyAnnotated(std::int64_t itemId)
{
    emit itemAnnotated(itemId);
}

} // namespace assay::gui
