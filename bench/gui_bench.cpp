// The annotator's window on a million-item project, offscreen:
//   gui_bench [--items N] [--dir DIR] [--submits K]
//
// Builds (once, kept in DIR) a project with the synthetic 6,400-leaf hotline taxonomy and N
// items, a fastText model trained on separate synthetic tickets, and every item pre-labelled
// by it (so the suggestion strip shows the model's labels). Then, in a fresh process:
//   - start to first item: the window opens the project as user "bench" and paints the first
//     item of the queue;
//   - label filter: the picker's search box filters as keys are typed (Chinese, full pinyin,
//     pinyin initials, English), per keystroke;
//   - submit and next: an answer is stored, the next item loaded, laid out and painted (what
//     the event loop repaints), K times; a forced repaint of the whole window is timed apart;
//   - the data view's first page and scrolling;
//   - resident memory (now and peak).
#include "ProcessRun.h"
#include "SyntheticData.h"
#include "annotate/AnnotateView.h"
#include "annotate/ItemFlow.h"
#include "data/DataView.h"
#include "data/ItemTableModel.h"
#include "io/ItemImporter.h"
#include "labels/LabelPicker.h"
#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"
#include "project/Project.h"
#include "project/ProjectSession.h"
#include "search/Pinyin.h"
#include "text/Utf8.h"
#include "window/Application.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <time.h>
#include <vector>

namespace fs = std::filesystem;
using namespace assay;
using Clock = std::chrono::steady_clock;

namespace {

double millis(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

/// This thread's CPU time in milliseconds: on a busy machine the wall clock also counts time
/// the scheduler gave to other processes.
double cpuMillis()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// Wall-clock and CPU milliseconds of a stretch of work.
struct Stopwatch {
    Clock::time_point wall = Clock::now();
    double cpu = cpuMillis();

    void lap(std::vector<double> &wallSamples, std::vector<double> &cpuSamples)
    {
        const auto nowWall = Clock::now();
        const double nowCpu = cpuMillis();
        wallSamples.push_back(millis(nowWall - wall));
        cpuSamples.push_back(nowCpu - cpu);
        wall = nowWall;
        cpu = nowCpu;
    }
};

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank =
        static_cast<std::size_t>(p / 100.0 * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(rank, samples.size() - 1)];
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-30s n=%-5zu p50 %7.3f  p90 %7.3f  p99 %7.3f  max %7.3f ms\n", what, ms.size(),
                percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), percentile(ms, 100));
}

/// Resident and peak resident memory of this process, in MB.
std::pair<double, double> memoryMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    double rss = 0, peak = 0;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            rss = std::atof(line.c_str() + 6) / 1024.0;
        if (line.rfind("VmHWM:", 0) == 0)
            peak = std::atof(line.c_str() + 6) / 1024.0;
    }
    return {rss, peak};
}

int fail(const std::string &what, const core::Error &error)
{
    std::fprintf(stderr, "%s: %s\n", what.c_str(), error.toString().c_str());
    return 1;
}

/// Builds the project: taxonomy, items, a trained model and its pre-labels.
int setup(const fs::path &dir, const fs::path &path, std::size_t items)
{
    const auto started = Clock::now();
    const auto taxonomy = bench::syntheticTaxonomy(1400, 5000, 12345);
    const fs::path jsonl = dir / ("gui-items-" + std::to_string(items) + ".jsonl");
    const fs::path training = dir / "gui-training.jsonl";
    if (!fs::exists(jsonl))
        bench::writeSyntheticJsonl(jsonl.string(), taxonomy, items, 777);
    if (!fs::exists(training))
        bench::writeSyntheticJsonl(training.string(), taxonomy, 60000, 4242);
    fs::remove(path);
    auto created = core::Project::create(path.string(), "GUI benchmark");
    if (!created)
        return fail("create", created.error());
    core::Project &project = **created;
    core::Field field;
    field.name = "类别";
    auto added = project.schema().addField(field);
    if (!added)
        return fail("field", added.error());
    if (auto labels = project.schema().addLabels(added->id, taxonomy); !labels)
        return fail("labels", labels.error());
    if (auto user = project.users().add("bench", {core::Role::Annotator}); !user)
        return fail("user", user.error());
    core::ImportOptions import;
    import.path = jsonl.string();
    const core::ImportReport imported = core::ItemImporter(project).run(import);
    if (!imported.ok)
        return fail("import", imported.failure);
    std::printf("setup: imported %lld items in %.1f s\n", static_cast<long long>(imported.imported),
                imported.seconds);
    core::TrainOptions train;
    train.files.push_back({training.string(), "text", "label"});
    train.params.holdout = 0.05;
    auto trained = core::ModelTrainer(project).train("类别", train);
    if (!trained)
        return fail("train", trained.error());
    std::printf("setup: trained on %lld tickets in %.1f s\n",
                static_cast<long long>(trained->trainSize), trained->seconds);
    core::PrelabelOptions prelabel;
    prelabel.topK = 5;
    auto labelled = core::Prelabeler(project).run("类别", prelabel);
    if (!labelled)
        return fail("pre-label", labelled.error());
    std::printf("setup: pre-labelled %lld items in %.1f s; whole setup %.1f s\n",
                static_cast<long long>(labelled->labelled), labelled->seconds,
                millis(Clock::now() - started) / 1000.0);
    return 0;
}

/// Every prefix of `text`, one per keystroke: a byte for ASCII, a whole character otherwise
/// (as an input method commits Chinese).
void typeOut(std::vector<std::string> &out, const std::string &text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        core::utf8::decode(text, pos);
        out.push_back(text.substr(0, pos));
    }
}

std::vector<std::string> keystrokes(const core::Taxonomy &taxonomy)
{
    std::vector<const core::Label *> leaves;
    std::vector<const core::Label *> english;
    for (const core::Label &label : taxonomy.labels()) {
        if (taxonomy.isLeaf(label.id) && label.name != "其他")
            leaves.push_back(&label);
        if (!label.english.empty())
            english.push_back(&label);
    }
    bench::Random random(31);
    std::vector<std::string> typed;
    for (int i = 0; i < 60; ++i) {
        const core::Label *leaf = leaves[random.below(leaves.size())];
        typeOut(typed, leaf->name);
        typeOut(typed, core::toPinyin(leaf->name));
        typeOut(typed, core::toPinyinInitials(leaf->name));
    }
    for (int i = 0; i < 20 && !english.empty(); ++i)
        typeOut(typed, english[random.below(english.size())]->english);
    return typed;
}

void pressEnter(QWidget *widget)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QApplication::sendEvent(widget, &press);
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t items = 1000000;
    int submits = 1000;
    fs::path dir = fs::temp_directory_path() / "assay-bench";
    bool setupOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--setup")
            setupOnly = true;
        else if (i + 1 < argc && flag == "--items")
            items = std::strtoull(argv[++i], nullptr, 10);
        else if (i + 1 < argc && flag == "--dir")
            dir = argv[++i];
        else if (i + 1 < argc && flag == "--submits")
            submits = std::atoi(argv[++i]);
    }
    fs::create_directories(dir);
    const fs::path path = dir / ("gui-bench-" + std::to_string(items) + ".assay");
    if (setupOnly)
        return setup(dir, path, items);
    if (!fs::exists(path)) {
        // Built by a child process, so that this one's peak memory is the window's alone.
        const auto built =
            bench::runProcess({fs::canonical("/proc/self/exe").string(), "--setup", "--items",
                               std::to_string(items), "--dir", dir.string()},
                              false);
        if (built.exitCode != 0)
            return 1;
    }

    const auto processStart = Clock::now();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settings; // never the user's own settings
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication app(argc, argv);
    gui::configureApplication(app);
    gui::MainWindow window;
    window.resize(1360, 860);
    window.show();
    QApplication::processEvents();
    const auto windowShown = Clock::now();
    if (!window.openProject(QString::fromStdString(path.string()), QStringLiteral("bench")))
        return 1;
    gui::AnnotateView *view = window.annotateView();
    QApplication::processEvents();
    window.repaint();
    const auto firstItem = Clock::now();
    if (!view->flow().hasItem()) {
        std::fprintf(stderr, "the queue is empty: remove %s to build it again\n", path.c_str());
        return 1;
    }
    const auto [rssOpen, peakOpen] = memoryMegabytes();
    std::printf("project                    %s\n", path.c_str());
    std::printf("items                      %lld (%lld waiting for this user)\n",
                static_cast<long long>(*window.session().project().items().count()),
                static_cast<long long>(view->flow().remaining()));
    std::printf("start to window shown      %8.1f ms\n", millis(windowShown - processStart));
    std::printf("open project to first item %8.1f ms (painted)\n", millis(firstItem - windowShown));
    std::printf("start to first item        %8.1f ms\n", millis(firstItem - processStart));
    std::printf("memory at first item       %8.1f MB resident\n", rssOpen);

    // Typing in the label search box.
    gui::LabelPicker *picker = view->picker();
    const auto taxonomy = window.session().taxonomy(window.session().fields().front().id);
    std::vector<double> filter, filterCpu, filterPainted, filterPaintedCpu;
    for (const std::string &prefix : keystrokes(*taxonomy)) {
        Stopwatch watch;
        const Stopwatch started = watch;
        picker->setQuery(QString::fromStdString(prefix));
        watch.lap(filter, filterCpu);
        picker->repaint();
        Stopwatch painted = started;
        painted.lap(filterPainted, filterPaintedCpu);
    }
    picker->clearSearch();

    // Submit and next: the model's first label is taken with key 1, or else a leaf is found
    // by its name; only storing and showing the next item is timed.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("labelSearch"));
    std::vector<double> submitNext, submitNextCpu, stored, storedCpu, events, eventsCpu, paint,
        paintCpu;
    bench::Random random(5);
    std::vector<const core::Label *> leaves;
    for (const core::Label &label : taxonomy->labels())
        if (taxonomy->isLeaf(label.id))
            leaves.push_back(&label);
    for (int i = 0; i < submits && view->flow().hasItem(); ++i) {
        if (!picker->pickSuggestion(1)) {
            picker->setQuery(QString::fromStdString(leaves[random.below(leaves.size())]->path));
            pressEnter(search);
        }
        const std::int64_t before = view->flow().item().item.id;
        // The event loop's own pass lays out and paints what changed, as for a real frame.
        Stopwatch watch;
        const Stopwatch started = watch;
        view->submit();
        watch.lap(stored, storedCpu);
        QApplication::processEvents();
        watch.lap(events, eventsCpu);
        Stopwatch whole = started;
        whole.lap(submitNext, submitNextCpu);
        window.repaint();
        watch.lap(paint, paintCpu);
        if (view->flow().hasItem() && view->flow().item().item.id == before) {
            std::fprintf(stderr, "submit did not move on from item %lld\n",
                         static_cast<long long>(before));
            return 1;
        }
    }

    // The data view: first page, then scrolling through 20 more.
    auto started = Clock::now();
    window.showData();
    QApplication::processEvents();
    window.repaint();
    const double dataFirst = millis(Clock::now() - started);
    gui::ItemTableModel *model = window.dataView()->model();
    std::vector<double> pages;
    for (int i = 0; i < 20 && model->canFetchMore({}); ++i) {
        started = Clock::now();
        model->fetchMore({});
        QApplication::processEvents();
        pages.push_back(millis(Clock::now() - started));
    }
    const auto [rss, peak] = memoryMegabytes();

    std::printf("\n");
    std::printf("per keystroke and per item; wall clock, then this thread's CPU time:\n");
    report("label filter", filter);
    report("label filter (CPU)", filterCpu);
    report("label filter + repaint", filterPainted);
    report("label filter + repaint (CPU)", filterPaintedCpu);
    report("submit and next", submitNext);
    report("submit and next (CPU)", submitNextCpu);
    report("  store, load next (CPU)", storedCpu);
    report("  layout and paint (CPU)", eventsCpu);
    report("whole window repaint (CPU)", paintCpu);
    std::printf("data view first page       %8.1f ms\n", dataFirst);
    report("data view next 200 rows", pages);
    std::printf("memory                     %8.1f MB resident, peak %.1f MB\n", rss,
                std::max(peak, peakOpen));
    return 0;
}
