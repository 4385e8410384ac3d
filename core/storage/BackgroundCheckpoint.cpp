#include "storage/BackgroundCheckpoint.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace assay::core {

Result<std::unique_ptr<BackgroundCheckpoint>>
BackgroundCheckpoint::start(const std::string &path, std::chrono::milliseconds interval)
{
    auto db = Database::open(path, Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    // A checkpoint waits briefly for a writer's lock rather than giving up at once.
    sqlite3_busy_timeout((*db)->handle(), 200);
    // The connection learns that the file is in WAL mode when it first reads it.
    ASSAY_TRY((*db)->exec("PRAGMA journal_mode = WAL"));
    return std::unique_ptr<BackgroundCheckpoint>(
        new BackgroundCheckpoint(std::move(db).value(), interval));
}

BackgroundCheckpoint::BackgroundCheckpoint(std::unique_ptr<Database> db,
                                           std::chrono::milliseconds interval)
    : m_db(std::move(db))
    , m_interval(interval)
    , m_thread([this] { run(); })
{}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

Status BackgroundCheckpoint::disableAutomaticCheckpoints(Database &db)
{
    return db.exec("PRAGMA wal_autocheckpoint = 0");
}

int BackgroundCheckpoint::checkpointsDone() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

void BackgroundCheckpoint::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
        lock.unlock();
        checkpoint();
        lock.lock();
    }
}

void BackgroundCheckpoint::checkpoint()
{
    int logPages = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                             &logPages, &copied);
    // Busy or failed: the log keeps its pages, and the next round (or the last connection
    // to close) copies them.
    if (rc == SQLITE_OK && copied > 0) {
        std::lock_guard lock(m_mutex);
        ++m_done;
    }
}

} // namespace assay::core
