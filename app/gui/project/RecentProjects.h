#pragma once

#include <QString>
#include <QStringList>

namespace assay::gui {

/// The projects opened most recently, newest first, kept in the application's settings.
class RecentProjects
{
public:
    static constexpr int kMaxEntries = 10;

    /// The remembered project paths, newest first (files that no longer exist included).
    static QStringList list();
    /// Moves `path` to the front, dropping the oldest beyond kMaxEntries.
    static void add(const QString &path);
    /// Forgets `path`, e.g. after it failed to open.
    static void remove(const QString &path);
    /// Forgets every project.
    static void clear();

private:
    static void store(const QStringList &paths);
};

} // namespace assay::gui
