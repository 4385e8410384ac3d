#include "project/RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace assay::gui {
namespace {

constexpr const char *kKey = "recentProjects";

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = normalised(path);
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    store(paths);
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalised(path));
    store(paths);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace assay::gui
