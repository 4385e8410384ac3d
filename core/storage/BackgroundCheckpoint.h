#pragma once

#include "error/Result.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace assay::core {

class Database;

/// Copies a project's write-ahead log back into the database file on a thread and a
/// connection of its own. SQLite otherwise does it inside whichever commit crosses the
/// log's size limit, and that commit then waits for the disk (about 10 ms, the slowest
/// submit in a hundred). The connection a person works on turns its own checkpoints off
/// (disableAutomaticCheckpoints) and this one does them every `interval`, in PASSIVE mode,
/// which never blocks readers or writers. Stopping (the destructor) does a last one.
class BackgroundCheckpoint
{
public:
    static Result<std::unique_ptr<BackgroundCheckpoint>> start(const std::string &path,
                                                               std::chrono::milliseconds interval);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    /// Turns off the automatic checkpoints of `db`, whose log this object then looks after.
    static Status disableAutomaticCheckpoints(Database &db);

    /// How many checkpoints copied pages so far (for tests and diagnostics).
    int checkpointsDone() const;

private:
    explicit BackgroundCheckpoint(std::unique_ptr<Database> db, std::chrono::milliseconds interval);
    void run();
    void checkpoint();

    std::unique_ptr<Database> m_db;
    std::chrono::milliseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    int m_done = 0;
    std::thread m_thread;
};

} // namespace assay::core
