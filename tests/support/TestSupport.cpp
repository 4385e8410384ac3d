#include "TestSupport.h"

#include <fstream>
#include <random>
#include <sstream>

namespace assay::test {

TempDir::TempDir()
{
    std::random_device random;
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("assay-test-" + std::to_string(random()));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string TempDir::write(const std::string &name, const std::string &content) const
{
    const std::string path = file(name);
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    return path;
}

std::optional<std::string> sharedData(const std::string &relative)
{
    const std::filesystem::path path = std::filesystem::path(ASSAY_SHARED_DATA_DIR) / relative;
    if (!std::filesystem::exists(path))
        return std::nullopt;
    return path.string();
}

std::string testData(const std::string &relative)
{
    return (std::filesystem::path(ASSAY_TEST_DATA_DIR) / relative).string();
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::unique_ptr<core::Project> createProject(const TempDir &dir, const std::string &name)
{
    auto project = core::Project::create(dir.file(name));
    if (!project) {
        ADD_FAILURE() << project.error().toString();
        return nullptr;
    }
    return std::move(project).value();
}

void downgradeToVersion2(core::Database &db)
{
    const auto status = db.exec(
        "ALTER TABLE items ADD COLUMN uncertainty REAL;"
        "UPDATE items SET uncertainty = (SELECT uncertainty FROM item_scores WHERE item_id = "
        "items.id), state = CASE WHEN state = 0 AND EXISTS (SELECT 1 FROM item_scores WHERE "
        "item_id = items.id) THEN 1 ELSE state END;"
        "DROP TABLE item_scores;"
        "CREATE INDEX items_open_uncertain ON items(uncertainty DESC, id) "
        "WHERE state IN (0, 1, 2, 5) AND uncertainty IS NOT NULL;"
        "PRAGMA user_version = 2");
    ASSERT_TRUE(status.ok()) << status.error().toString();
}

} // namespace assay::test
