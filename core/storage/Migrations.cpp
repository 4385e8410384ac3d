#include "storage/Migrations.h"

#include "storage/Database.h"

#include <string>

namespace assay::core {
namespace {

// Version 1: the initial schema. Later versions append a step; steps are never edited.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE fields (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multi', 'spans')),
    allow_overlap INTEGER NOT NULL DEFAULT 0,
    leaves_only INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES fields(id),
    parent_id INTEGER REFERENCES labels(id),
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    english TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '',
    guideline TEXT NOT NULL DEFAULT '',
    hotkey TEXT NOT NULL DEFAULT '',
    tier INTEGER NOT NULL DEFAULT 0,
    deprecated INTEGER NOT NULL DEFAULT 0,
    color TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    UNIQUE (field_id, path)
);
CREATE INDEX labels_parent ON labels(parent_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    qualification INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id),
    item_count INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    duplicate_count INTEGER NOT NULL DEFAULT 0,
    options TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    external_id TEXT,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '',
    length INTEGER NOT NULL,
    content_hash INTEGER NOT NULL,
    batch_id INTEGER NOT NULL REFERENCES batches(id),
    state INTEGER NOT NULL DEFAULT 0,
    uncertainty REAL
);
CREATE INDEX items_external_id ON items(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX items_content_hash ON items(content_hash);
CREATE INDEX items_state ON items(state, id);
CREATE INDEX items_open ON items(id) WHERE state IN (0, 1, 2, 5);
CREATE INDEX items_open_uncertain ON items(uncertainty DESC, id)
    WHERE state IN (0, 1, 2, 5) AND uncertainty IS NOT NULL;

CREATE TABLE state_counts (
    state INTEGER PRIMARY KEY,
    count INTEGER NOT NULL
);

CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES fields(id),
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    train_size INTEGER NOT NULL DEFAULT 0,
    train_hash TEXT NOT NULL DEFAULT '',
    evaluation TEXT NOT NULL DEFAULT '{}',
    data BLOB,
    UNIQUE (field_id, version)
);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id),
    field_id INTEGER NOT NULL REFERENCES fields(id),
    user_id INTEGER REFERENCES users(id),
    model_id INTEGER REFERENCES models(id),
    version INTEGER NOT NULL,
    current INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    time_spent_ms INTEGER,
    value TEXT NOT NULL,
    CHECK ((user_id IS NULL) <> (model_id IS NULL))
);
CREATE INDEX annotations_item ON annotations(item_id, field_id);
CREATE INDEX annotations_user ON annotations(user_id, item_id) WHERE user_id IS NOT NULL;
CREATE INDEX annotations_model ON annotations(model_id, item_id) WHERE model_id IS NOT NULL;

CREATE TABLE annotation_labels (
    label_id INTEGER NOT NULL,
    annotation_id INTEGER NOT NULL,
    PRIMARY KEY (label_id, annotation_id)
) WITHOUT ROWID;

CREATE TABLE skips (
    item_id INTEGER NOT NULL REFERENCES items(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;

CREATE TABLE gold (
    item_id INTEGER NOT NULL REFERENCES items(id),
    field_id INTEGER NOT NULL REFERENCES fields(id),
    value TEXT NOT NULL,
    method TEXT NOT NULL,
    decided_by INTEGER REFERENCES users(id),
    decided_at INTEGER NOT NULL,
    sources TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, field_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id INTEGER,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER annotations_keep_versions BEFORE UPDATE OF item_id, field_id, user_id, model_id,
    version, created_at, time_spent_ms, value ON annotations
BEGIN SELECT RAISE(ABORT, 'annotation versions are never overwritten'); END;
CREATE TRIGGER annotations_no_delete BEFORE DELETE ON annotations
BEGIN SELECT RAISE(ABORT, 'annotation versions are never deleted'); END;
)sql";

// Version 2: full-text search over item texts. An external-content FTS5 index with the trigram
// tokenizer (substrings of 3+ characters, any script); detail=none keeps it under a third of
// the size of detail=full, and TextSearch has SQLite re-check every candidate with LIKE.
// TextSearch fills it lazily: the project setting 'search.indexed_through' is the highest item
// id indexed. The triggers keep indexed rows in step if an item's text is ever changed or an
// item deleted (lowering the mark so that a re-used id is indexed again).
constexpr const char *kSchemaV2 = R"sql(
CREATE VIRTUAL TABLE items_fts USING fts5(
    text, content = 'items', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);

CREATE TRIGGER items_fts_delete AFTER DELETE ON items
WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM project WHERE key = 'search.indexed_through')
BEGIN
    INSERT INTO items_fts (items_fts, rowid, text) VALUES ('delete', old.id, old.text);
    UPDATE project SET value = CAST(min(CAST(value AS INTEGER),
                                        (SELECT coalesce(max(id), 0) FROM items)) AS TEXT)
    WHERE key = 'search.indexed_through';
END;

CREATE TRIGGER items_fts_update AFTER UPDATE OF text ON items
WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM project WHERE key = 'search.indexed_through')
BEGIN
    INSERT INTO items_fts (items_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO items_fts (rowid, text) VALUES (new.id, new.text);
END;
)sql";

// Version 3: the model's uncertainty leaves the items row for a narrow table of its own. A row
// in item_scores means a model has predicted the item; a new item (state 0) with a row there
// counts as suggested (state 1), so pre-labelling writes this small table and never
// rewrites the wide items row or its state indexes. The least-certain-first queue walks
// item_scores_uncertain. Items already suggested keep their stored state.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE item_scores (
    item_id INTEGER PRIMARY KEY REFERENCES items(id),
    uncertainty REAL
);
CREATE INDEX item_scores_uncertain ON item_scores(uncertainty DESC, item_id)
    WHERE uncertainty IS NOT NULL;
INSERT INTO item_scores (item_id, uncertainty)
    SELECT id, uncertainty FROM items WHERE uncertainty IS NOT NULL ORDER BY id;
DROP INDEX items_open_uncertain;
ALTER TABLE items DROP COLUMN uncertainty;
)sql";

struct Step {
    int version;
    const char *sql;
};

constexpr Step kSteps[] = {
    {1, kSchemaV1},
    {2, kSchemaV2},
    {3, kSchemaV3},
};

} // namespace

Status migrate(Database &db, const std::string &displayName)
{
    auto appId = db.queryInt("PRAGMA application_id");
    if (!appId)
        return Error(appId.error().code == ErrorCode::NotAProject ? ErrorCode::NotAProject
                                                                  : appId.error().code,
                     displayName + " is not an Assay project (" + appId.error().message + ")");
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    auto tableCount = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!tableCount)
        return tableCount.error();

    const bool empty = *appId == 0 && *version == 0 && *tableCount == 0;
    if (!empty && *appId != kApplicationId)
        return Error(ErrorCode::NotAProject,
                     displayName + " is an SQLite database but not an Assay project");
    if (*version > kSchemaVersion)
        return Error(ErrorCode::NewerVersion,
                     displayName + " was written by a newer version of Assay (project schema " +
                         std::to_string(*version) + "; this version reads up to schema " +
                         std::to_string(kSchemaVersion) +
                         "). Update Assay to open it; the file was not changed.");

    if (empty) {
        // Larger pages suit rows of a few hundred bytes of text: fewer pages, splits and
        // journal frames. Only possible before the first table exists.
        ASSAY_TRY(db.exec("PRAGMA page_size = 16384"));
    }
    for (const Step &step : kSteps) {
        if (step.version <= *version)
            continue;
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        ASSAY_TRY(db.exec(step.sql));
        ASSAY_TRY(db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)));
        ASSAY_TRY(db.exec("PRAGMA user_version = " + std::to_string(step.version)));
        ASSAY_TRY(transaction->commit());
    }
    return {};
}

} // namespace assay::core
