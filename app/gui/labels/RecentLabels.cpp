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

QString RecentLabels::key(std::int64_t fieldId) const
{
    return m_prefix + QString::number(fieldId);
}

std::vector<std::int64_t> RecentLabels::list(std::int64_t fieldId) const
{
    std::vector<std::int64_t> ids;
    const QVariantList stored = QSettings().value(key(fieldId)).toList();
    for (const QVariant &value : stored)
        ids.push_back(value.toLongLong());
    return ids;
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
    QVariantList stored;
    for (std::int64_t id : ids)
        stored.push_back(QVariant::fromValue<qlonglong>(id));
    QSettings().setValue(key(fieldId), stored);
}

} // namespace assay::gui
