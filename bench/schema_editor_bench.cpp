// Schema editor on the synthetic hotline taxonomy (~1,400 common + ~5,000 rare leaves and
// their parents): how long it takes to open, to find and reveal a deep label, and to save a
// rename (store, audit, reload the tree keeping its open branches).
//   schema_editor_bench [COMMON_LEAVES RARE_LEAVES]
// Runs offscreen. Each step is timed by the wall clock and by the process's CPU clock (on a
// busy machine the wall clock also counts time given to other processes).
#include "SyntheticData.h"
#include "project/Project.h"
#include "project/ProjectSession.h"
#include "schema/LabelForm.h"
#include "schema/LabelTreeModel.h"
#include "schema/SchemaEditor.h"
#include "window/Application.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>

using namespace assay;
using Clock = std::chrono::steady_clock;

namespace {

double cpuMillis()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

/// Runs `step`, lets the event loop paint, and prints wall and CPU milliseconds.
void timed(const char *what, const std::function<void()> &step)
{
    const auto wall = Clock::now();
    const double cpu = cpuMillis();
    step();
    QApplication::processEvents();
    const double wallMs = std::chrono::duration<double, std::milli>(Clock::now() - wall).count();
    std::printf("%-44s %8.1f ms wall %8.1f ms cpu\n", what, wallMs, cpuMillis() - cpu);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::size_t common = argc > 2 ? std::strtoul(argv[1], nullptr, 10) : 1400;
    const std::size_t rare = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 5000;
    QApplication app(argc, argv);
    gui::configureApplication(app);

    const auto dir = std::filesystem::temp_directory_path() / "assay-schema-editor-bench";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "bench.assay").string();
    std::size_t labels = 0;
    std::size_t leaves = 0;
    {
        auto project = core::Project::create(path, "bench");
        if (!project) {
            std::fprintf(stderr, "%s\n", project.error().toString().c_str());
            return 1;
        }
        core::Field field;
        field.name = "类别";
        auto added = (*project)->schema().addField(field);
        auto report =
            (*project)->schema().addLabels(added->id, bench::syntheticTaxonomy(common, rare));
        if (!report) {
            std::fprintf(stderr, "%s\n", report.error().toString().c_str());
            return 1;
        }
        labels = (*(*project)->schema().taxonomy(added->id))->size();
        leaves = report->leaves;
        (void)(*project)->users().add("lead", {core::Role::Admin});
    }
    std::printf("taxonomy: %zu labels, %zu leaves\n", labels, leaves);

    gui::ProjectSession session;
    if (auto opened = session.open(QString::fromStdString(path)); !opened) {
        std::fprintf(stderr, "%s\n", opened.error().toString().c_str());
        return 1;
    }
    session.setUser(*session.project().users().byName("lead"));

    std::unique_ptr<gui::SchemaEditor> editor;
    timed("open the editor (build, show, first paint)", [&] {
        editor = std::make_unique<gui::SchemaEditor>(session);
        editor->show();
        (void)QTest::qWaitForWindowExposed(editor.get());
    });
    const core::Taxonomy &taxonomy = *editor->labelModel()->taxonomy();
    const core::Label &deep = taxonomy.labels()[taxonomy.size() - 1];
    timed("find and reveal the last label", [&] {
        auto *find = editor->findChild<QLineEdit *>(QStringLiteral("schemaLabelFind"));
        find->setText(QString::fromStdString(deep.path));
        QTest::keyClick(find, Qt::Key_Return);
    });
    timed("rename it (store, audit, reload the tree)", [&] {
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("labelNameEdit"));
        name->setText(name->text() + QStringLiteral("（改）"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    timed("expand every top-level branch", [&] {
        gui::LabelTreeModel *model = editor->labelModel();
        for (int row = 0; row < model->rowCount(); ++row)
            editor->labelTree()->expand(model->index(row, 0));
    });
    editor.reset();
    session.close();
    std::filesystem::remove_all(dir);
    return 0;
}
