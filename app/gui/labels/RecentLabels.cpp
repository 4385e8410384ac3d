#include "labels/RecentLabels.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QVariant>
#include <algorithm>

namespace assay::gui {

RecentLabels::RecentLabels(const QString &projectPath, std::int64_t userId)
{
    // A project path may hold characters QSettings keys cannot: key by its hash.
    const QByteArray hash =
        QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_prefix = QStringLiteral("recentLabels/%1/%2/").arg(QString::fromLatin1(hash)).arg(userId);
}

RecentLabels::~RecentLabels()
{
    save();
}

QString RecentLabels::key(std::int64_t fieldId) const
{
    return m_prefix + QString::number(fieldId);
}

const std::vector<std::int64_t> &RecentLabels::list(std::int64_t fieldId) const
{
    auto found = m_lists.find(fieldId);
    if (found != m_lists.end())
        return found->second;
    std::vector<std::int64_t> ids;
    const QVariantList stored = QSettings().value(key(fieldId)).toList();
    for (const QVariant &value : stored)
        ids.push_back(value.toLongLong());
    return m_lists[fieldId] = std::move(ids);
}

void RecentLabels::note(std::int64_t fieldId, const std::vector<std::int64_t> &labelIds)
{
    if (labelIds.empty())
        return;
    std::vector<std::int64_t> ids = list(fieldId);
    for (auto it = labelIds.rbegin(); it != labelIds.rend(); ++it) {
        std::erase(ids, *it);
        ids.insert(ids.begin(), *it);
    }
    if (ids.size() > static_cast<std::size_t>(kMaxEntries))
        ids.resize(kMaxEntries);
    m_lists[fieldId] = std::move(ids);
    m_changed[fieldId] = true;
}

void RecentLabels::save()
{
    if (m_changed.empty())
        return;
    QSettings settings;
    for (const auto &[fieldId, changed] : m_changed) {
        QVariantList stored;
        for (std::int64_t id : m_lists[fieldId])
            stored.push_back(QVariant::fromValue<qlonglong>(id));
        settings.setValue(key(fieldId), stored);
    }
    m_changed.clear();
}

} // namespace assay::gui
