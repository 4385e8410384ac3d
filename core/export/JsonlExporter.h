#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"

#include <cstdint>
#include <string>

namespace assay::core {

class Project;

/// What an export wrote.
struct ExportReport {
    std::int64_t items = 0;
    std::int64_t annotations = 0;
    std::int64_t gold = 0;
    double seconds = 0;
};

/// Writes the project in Assay's native JSONL format, one item a line, in item order:
///   {"id": external id, "item": n, "text", "meta", "state",
///    "annotations": [{"field", "user" | "model", "version", "current", "created_at",
///                     "time_spent_ms", "labels" + "scores" | "spans"}],
///    "gold": [{"field", "labels" | "spans", "method", "decided_by", "decided_at", "reason"}]}
/// Labels are given by path. The output is streamed (memory does not grow with the project)
/// and deterministic: the same project gives byte-identical files. It is written to a
/// temporary file beside `outputPath` and renamed at the end, so a failed export leaves no
/// partial file. `outputPath` "-" writes to standard output.
class JsonlExporter
{
public:
    explicit JsonlExporter(Project &project);
    Result<ExportReport> run(const std::string &outputPath, const ProgressCallback &progress = {});

private:
    Project &m_project;
};

} // namespace assay::core
