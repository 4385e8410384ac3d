#include "schema/SchemaEdits.h"

#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "schema/LabelPath.h"
#include "schema/TaxonomyReader.h"

#include <QColor>
#include <QFileInfo>
#include <map>
#include <nlohmann/json.hpp>

namespace assay::gui {
namespace {

core::Error refusal(const QString &message)
{
    return core::Error(core::ErrorCode::Validation, stdstr(message));
}

QString folded(const QString &key)
{
    return key.toCaseFolded();
}

core::LabelSpec specOf(const std::vector<std::string> &path, const core::Label &label)
{
    core::LabelSpec spec;
    spec.path = path;
    spec.english = label.english;
    spec.aliases = label.aliases;
    spec.guideline = label.guideline;
    spec.hotkey = label.hotkey;
    spec.tier = label.tier;
    spec.deprecated = label.deprecated;
    spec.color = label.color;
    return spec;
}

} // namespace

SchemaEdits::SchemaEdits(ProjectSession &session)
    : m_session(session)
{}

std::optional<QString> SchemaEdits::hotkeyProblem(const core::Taxonomy &taxonomy,
                                                  std::int64_t labelId, const QString &hotkey)
{
    if (hotkey.isEmpty())
        return std::nullopt;
    const auto codePoints = hotkey.toUcs4();
    if (codePoints.size() != 1)
        return tr("A hotkey is a single key, such as “p”.");
    const QChar first = hotkey.at(0);
    if (first.isSpace() || !first.isPrint())
        return tr("A hotkey must be a visible key, such as “p”.");
    if (first.isDigit())
        return tr("Digits choose the model's suggestions while annotating; choose a letter "
                  "instead.");
    if (hotkey == QStringLiteral("/"))
        return tr("“/” moves to the label search while annotating; choose another key.");
    for (const core::Label &other : taxonomy.labels()) {
        if (other.id == labelId || other.hotkey.empty())
            continue;
        if (folded(qstr(other.hotkey)) == folded(hotkey))
            return tr("The hotkey “%1” is already used by “%2” in this field; choose another "
                      "key, or first take it away from “%2”.")
                .arg(hotkey, qstr(other.path));
    }
    return std::nullopt;
}

core::Status SchemaEdits::check(const core::Taxonomy &taxonomy, std::int64_t labelId,
                                const std::string &parentPath, const core::Label &label)
{
    const QString name = qstr(label.name).trimmed();
    if (name.isEmpty())
        return refusal(tr("A label needs a name."));
    std::vector<std::string> path = core::splitLabelPath(parentPath);
    path.push_back(label.name);
    const core::Label *same = taxonomy.byPath(core::joinLabelPath(path));
    if (same && same->id != labelId)
        return refusal(tr("There is already a label “%1” here; choose another name.").arg(name));
    if (auto problem = hotkeyProblem(taxonomy, labelId, qstr(label.hotkey)))
        return refusal(*problem);
    if (!label.color.empty() && !QColor::isValidColorName(qstr(label.color)))
        return refusal(tr("“%1” is not a colour; write it as #rrggbb.").arg(qstr(label.color)));
    return {};
}

void SchemaEdits::audit(const char *action, const std::string &subject, const std::string &detail)
{
    const std::optional<std::int64_t> user =
        m_session.hasUser() ? std::optional<std::int64_t>(m_session.userId()) : std::nullopt;
    // The change itself is made; a log that cannot be written is reported on its own.
    if (auto recorded = m_session.project().audit().record(user, action, subject, detail);
        !recorded)
        qWarning("audit log: %s", recorded.error().toString().c_str());
}

core::Status SchemaEdits::reload()
{
    return m_session.reloadSchema();
}

core::Result<core::Field> SchemaEdits::addField(core::Field field)
{
    field.name = stdstr(qstr(field.name).trimmed());
    if (field.name.empty())
        return refusal(tr("A field needs a name."));
    if (m_session.project().schema().field(field.name).ok())
        return refusal(tr("The project already has a field “%1”.").arg(qstr(field.name)));
    auto added = m_session.project().schema().addField(field);
    if (!added)
        return added.error();
    audit("schema.add-field", "field:" + added->name,
          nlohmann::json{{"kind", std::string(core::fieldKindName(added->kind))},
                         {"description", added->description},
                         {"allow_overlap", added->allowOverlap},
                         {"leaves_only", added->leavesOnly}}
              .dump());
    ASSAY_TRY(reload());
    return added;
}

core::Status SchemaEdits::updateField(const core::Field &field)
{
    auto before = m_session.project().schema().fieldById(field.id);
    if (!before)
        return before.error();
    if (qstr(field.name).trimmed().isEmpty())
        return refusal(tr("A field needs a name."));
    if (auto other = m_session.project().schema().field(field.name);
        other.ok() && other->id != field.id)
        return refusal(tr("The project already has a field “%1”.").arg(qstr(field.name)));
    ASSAY_TRY(m_session.project().schema().updateField(field));
    nlohmann::json detail{{"description", field.description},
                          {"allow_overlap", field.allowOverlap},
                          {"leaves_only", field.leavesOnly}};
    if (before->name != field.name)
        detail["old_name"] = before->name;
    audit("schema.update-field", "field:" + field.name, detail.dump());
    return reload();
}

core::Result<std::int64_t>
SchemaEdits::addLabel(std::int64_t fieldId, const std::string &parentPath, const core::Label &label)
{
    auto taxonomy = m_session.project().schema().taxonomy(fieldId);
    if (!taxonomy)
        return taxonomy.error();
    ASSAY_TRY(check(**taxonomy, 0, parentPath, label));
    std::vector<std::string> path = core::splitLabelPath(parentPath);
    path.push_back(label.name);
    auto added = m_session.project().schema().addLabels(fieldId, {specOf(path, label)});
    if (!added)
        return added.error();
    auto after = m_session.project().schema().taxonomy(fieldId);
    if (!after)
        return after.error();
    const std::string joined = core::joinLabelPath(path);
    const core::Label *created = (*after)->byPath(joined);
    if (!created)
        return core::Error(core::ErrorCode::NotFound,
                           "the new label '" + joined + "' was not stored");
    audit("schema.add-label", "label:" + std::to_string(created->id),
          nlohmann::json{
              {"field", (*after)->field().name}, {"path", joined}, {"hotkey", label.hotkey}}
              .dump());
    ASSAY_TRY(reload());
    return created->id;
}

core::Status SchemaEdits::updateLabel(const core::Label &label)
{
    auto taxonomy = m_session.project().schema().taxonomy(label.fieldId);
    if (!taxonomy)
        return taxonomy.error();
    const core::Label *before = (*taxonomy)->byId(label.id);
    if (!before)
        return core::Error(core::ErrorCode::NotFound,
                           "no label with id " + std::to_string(label.id));
    ASSAY_TRY(check(**taxonomy, label.id, core::parentLabelPath(before->path), label));
    ASSAY_TRY(m_session.project().schema().updateLabel(label));

    nlohmann::json changed = nlohmann::json::array();
    const auto note = [&](const char *name, bool differs) {
        if (differs)
            changed.push_back(name);
    };
    note("name", before->name != label.name);
    note("english", before->english != label.english);
    note("aliases", before->aliases != label.aliases);
    note("guideline", before->guideline != label.guideline);
    note("hotkey", before->hotkey != label.hotkey);
    note("tier", before->tier != label.tier);
    note("deprecated", before->deprecated != label.deprecated);
    note("color", before->color != label.color);
    auto after = m_session.project().schema().taxonomy(label.fieldId);
    nlohmann::json detail{{"field", (*taxonomy)->field().name}, {"changed", changed}};
    if (after.ok())
        if (const core::Label *renamed = (*after)->byId(label.id))
            detail["path"] = renamed->path;
    if (before->name != label.name)
        detail["old_path"] = before->path;
    audit("schema.update-label", "label:" + std::to_string(label.id), detail.dump());
    return reload();
}

core::Result<core::LabelImportReport> SchemaEdits::importTaxonomy(std::int64_t fieldId,
                                                                  const QString &path)
{
    auto specs = core::readTaxonomy(stdstr(path));
    if (!specs)
        return specs.error();
    auto taxonomy = m_session.project().schema().taxonomy(fieldId);
    if (!taxonomy)
        return taxonomy.error();
    // Hotkeys: the file's must not clash with each other nor with labels it does not touch.
    std::map<QString, std::string> taken;
    std::map<std::string, const core::LabelSpec *> byPath;
    for (const core::LabelSpec &spec : *specs)
        byPath[core::joinLabelPath(spec.path)] = &spec;
    for (const core::Label &label : (*taxonomy)->labels())
        if (!label.hotkey.empty() && !byPath.count(label.path))
            taken[folded(qstr(label.hotkey))] = label.path;
    for (const core::LabelSpec &spec : *specs) {
        if (spec.hotkey.empty())
            continue;
        const std::string specPath = core::joinLabelPath(spec.path);
        const auto [at, fresh] = taken.emplace(folded(qstr(spec.hotkey)), specPath);
        if (!fresh && at->second != specPath)
            return refusal(tr("%1: the hotkey “%2” of “%3” is already used by “%4”; nothing was "
                              "imported.")
                               .arg(QFileInfo(path).fileName(), qstr(spec.hotkey), qstr(specPath),
                                    qstr(at->second)));
    }
    auto report = m_session.project().schema().addLabels(fieldId, *specs);
    if (!report)
        return report.error();
    audit("schema.import", "field:" + (*taxonomy)->field().name,
          nlohmann::json{{"source", stdstr(QFileInfo(path).fileName())},
                         {"added", report->added},
                         {"existing", report->existing},
                         {"leaves", report->leaves}}
              .dump());
    ASSAY_TRY(reload());
    return report;
}

} // namespace assay::gui
