// Renders the main views to PNG, so that the screenshots in docs/ can be made again:
//
//   ASSAY_SCREENSHOT_DIR=docs/screenshots ctest --preset dev -R gui_screenshots
//
// Uses the complaint messages and taxonomy in ../shared/data when they are there, else the
// example in examples/hotline. Without ASSAY_SCREENSHOT_DIR the images go to a temporary
// directory and are only checked.
#include "GuiTestSupport.h"
#include "annotate/AnnotateView.h"
#include "annotate/ItemTextView.h"
#include "data/DataView.h"
#include "io/ItemImporter.h"
#include "labels/LabelPicker.h"
#include "labels/RecentLabels.h"
#include "project/ProjectSession.h"
#include "project/RecentProjects.h"
#include "schema/TaxonomyReader.h"
#include "window/MainWindow.h"
#include "workflow/Workflow.h"

#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <filesystem>

using namespace assay;

namespace {

struct Source {
    std::string taxonomy;
    std::string messages;
    std::string textColumn;
    std::string idColumn;
};

Source chooseSource()
{
    auto taxonomy = test::sharedData("zhengwu/fujian1.csv");
    auto messages = test::sharedData("zhengwu/fujian2.csv");
    if (taxonomy && messages)
        return {*taxonomy, *messages, "留言详情", "留言编号"};
    const std::filesystem::path examples = std::filesystem::path(ASSAY_EXAMPLES_DIR) / "hotline";
    return {(examples / "taxonomy.csv").string(), (examples / "messages.csv").string(), "内容",
            "编号"};
}

/// The demo project: the 3-level taxonomy, an entity field, the messages, three annotators.
std::string buildProject(const test::TempDir &dir)
{
    const Source source = chooseSource();
    const std::string path = dir.file("hotline.assay");
    auto created = core::Project::create(path, "12345 热线");
    EXPECT_TRUE(created.ok());
    core::Project &project = **created;
    core::Field category;
    category.name = "类别";
    auto field = project.schema().addField(category);
    auto specs = core::readTaxonomy(source.taxonomy);
    EXPECT_TRUE(specs.ok()) << (specs.ok() ? "" : specs.error().toString());
    EXPECT_TRUE(project.schema().addLabels(field->id, *specs).ok());
    core::Field entity;
    entity.name = "实体";
    entity.kind = core::FieldKind::Spans;
    entity.description = "标出人名、地名、机构和时间：选中文字后按标签键。";
    auto entities = project.schema().addField(entity);
    std::vector<core::LabelSpec> entityLabels;
    for (const auto &[name, key] : std::vector<std::pair<std::string, std::string>>{
             {"人名", "p"}, {"地名", "l"}, {"机构", "o"}, {"时间", "t"}}) {
        core::LabelSpec label;
        label.path = {name};
        label.hotkey = key;
        entityLabels.push_back(label);
    }
    EXPECT_TRUE(project.schema().addLabels(entities->id, entityLabels).ok());
    core::ImportOptions options;
    options.path = source.messages;
    options.textField = source.textColumn;
    options.idField = source.idColumn;
    const core::ImportReport report = core::ItemImporter(project).run(options);
    EXPECT_TRUE(report.ok) << report.failure.toString();
    EXPECT_TRUE(project.users().add("张敏", {core::Role::Annotator}).ok());
    EXPECT_TRUE(project.users().add("李华", {core::Role::Annotator, core::Role::Reviewer}).ok());
    EXPECT_TRUE(project.database()
                    .exec("INSERT INTO models (id, field_id, version, kind, created_at) "
                          "VALUES (1, 1, 1, 'fasttext', 0)")
                    .ok());
    return path;
}

/// A model's ranked answer for `itemId`: the listed leaves that exist, with confidences.
void suggest(core::Project &project, std::int64_t itemId,
             const std::vector<std::pair<std::string, double>> &ranked)
{
    auto taxonomy = *project.schema().taxonomy(1);
    core::NewAnnotation annotation;
    annotation.itemId = itemId;
    annotation.fieldId = 1;
    annotation.author = core::Author::model(1);
    for (const auto &[path, confidence] : ranked)
        if (const core::Label *label = taxonomy->byPath(path))
            annotation.value.choices.push_back({label->id, confidence});
    if (!annotation.value.choices.empty()) {
        EXPECT_TRUE(project.annotations().add(annotation).ok());
    }
}

void save(QWidget &widget, const QString &dir, const QString &name)
{
    test::saveScreenshot(widget, dir, name, 40);
}

int markFirst(gui::AnnotateView &view, const std::string &text, const std::string &what, int key)
{
    const QString qtext = QString::fromStdString(text);
    const qsizetype at = qtext.indexOf(QString::fromStdString(what));
    if (at < 0)
        return 0;
    const auto start = view.textView()->offsets().toCodePoint(at);
    const auto end =
        view.textView()->offsets().toCodePoint(at + QString::fromStdString(what).size());
    view.textView()->selectRange(start, end);
    test::pressKey(key);
    return 1;
}

} // namespace

TEST(Screenshots, MainViews)
{
    test::guiApp();
    const QByteArray wanted = qgetenv("ASSAY_SCREENSHOT_DIR");
    test::TempDir temp;
    const QString dir = wanted.isEmpty() ? QString::fromStdString(temp.path().string())
                                         : QString::fromLocal8Bit(wanted);
    QDir().mkpath(dir);
    const std::string path = buildProject(temp);
    {
        auto project = core::Project::open(path);
        ASSERT_TRUE(project.ok());
        auto items = (*project)->items().page(0, 10);
        ASSERT_GE(items->size(), 4u);
        // Two items labelled earlier by 张敏, so that recent labels and the data view show.
        auto taxonomy = *(*project)->schema().taxonomy(1);
        core::Workflow workflow(**project);
        for (std::size_t i = 0; i < 2; ++i) {
            core::FieldAnswer answer{1, {}};
            const auto &leaves = taxonomy->labels();
            const auto leaf =
                std::find_if(leaves.begin() + static_cast<long>(20 * i + 5), leaves.end(),
                             [&](const core::Label &l) { return taxonomy->isLeaf(l.id); });
            answer.value.choices.push_back({leaf->id, std::nullopt});
            auto user = (*project)->users().byName("李华");
            ASSERT_TRUE(workflow.submit(user->id, (*items)[i].id, {answer}, 42000).ok());
        }
        // The model's view of the first item in 张敏's queue (either data set's labels).
        suggest(**project, (*items)[2].id,
                {{"城乡建设/安全生产/安全隐患", 0.58},
                 {"城乡建设/城乡规划/违章建筑", 0.17},
                 {"城乡建设/城市建设和市政管理/城管执法", 0.08},
                 {"环境保护/噪声污染/施工噪声", 0.74},
                 {"环境保护/噪声污染/生活噪声", 0.15},
                 {"城乡建设/房屋安全/违章建筑", 0.04}});
    }

    {
        // Labels 张敏 chose on earlier days, as the suggestion strip remembers them.
        auto project = core::Project::open(path);
        auto taxonomy = *(*project)->schema().taxonomy(1);
        auto user = (*project)->users().byName("张敏");
        std::vector<std::int64_t> recent;
        for (const char *leaf :
             {"交通运输/出租车管理/网约车问题", "城乡建设/城市建设和市政管理/环境卫生",
              "交通运输/公共交通/公交服务", "水电气暖/供水/停水"})
            if (const core::Label *label = taxonomy->byPath(leaf))
                recent.push_back(label->id);
        gui::RecentLabels(QString::fromStdString(path), user->id).note(1, recent);
    }
    gui::RecentProjects::add(QString::fromStdString(path));
    gui::MainWindow window;
    window.resize(1360, 860);
    ASSERT_TRUE(test::showActive(window));
    save(window, dir, QStringLiteral("start.png"));
    test::whenModalShown([&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("userList"));
        ASSERT_NE(list, nullptr);
        list->setCurrentRow(0);
        save(*dialog, dir, QStringLiteral("choose-user.png"));
        static_cast<QDialog *>(dialog)->accept();
    });
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_EQ(window.session().user().name, "张敏");
    ASSERT_TRUE(test::showActive(window));
    window.annotateView()->setActiveField(0);
    gui::AnnotateView *view = window.annotateView();
    ASSERT_TRUE(view->flow().hasItem());
    save(window, dir, QStringLiteral("annotate.png"));

    view->picker()->setQuery(QStringLiteral("wy"));
    test::pressKey(Qt::Key_Down);
    save(window, dir, QStringLiteral("picker-search.png"));
    view->picker()->clearSearch();

    view->nextField();
    const std::string text = view->flow().item().item.text;
    int marked = 0;
    for (const auto &[what, key] :
         std::vector<std::pair<std::string, int>>{{"市交警支队", Qt::Key_O},
                                                  {"市安监局", Qt::Key_O},
                                                  {"A3区政府", Qt::Key_O},
                                                  {"杜鹃文苑小区", Qt::Key_L},
                                                  {"雷峰大道", Qt::Key_L},
                                                  {"工地", Qt::Key_L},
                                                  {"每天晚上十一点", Qt::Key_T},
                                                  {"打桩", Qt::Key_O}})
        marked += markFirst(*view, text, what, key);
    EXPECT_GE(marked, 2);
    // The cursor in a span marks it as the one to change or remove.
    const QString shown = view->flow().item().text;
    for (const QString &inside : {QStringLiteral("杜鹃文苑小区"), QStringLiteral("工地")}) {
        const qsizetype at = shown.indexOf(inside);
        if (at >= 0) {
            view->textView()->selectRange(view->textView()->offsets().toCodePoint(at + 2),
                                          view->textView()->offsets().toCodePoint(at + 2));
            break;
        }
    }
    save(window, dir, QStringLiteral("spans.png"));

    window.showData();
    save(window, dir, QStringLiteral("data.png"));
}
