// What the README's demo asks of a new user: open the demo project as 张敏 and label ten
// complaint messages with the keyboard: the level-1 class the model suggests, taken with
// key 1, then the leaf of the 3-level taxonomy, found by the pinyin initials of its name.
// Built from examples/hotline as scripts/demo.sh builds it: the level-1 field first, the
// model trained on the messages' own level-1 column, every item pre-labelled.
#include "GuiTestSupport.h"
#include "annotate/AnnotateView.h"
#include "io/ItemImporter.h"
#include "model/ModelStore.h"
#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"
#include "schema/TaxonomyReader.h"
#include "window/MainWindow.h"

#include <filesystem>

using namespace assay;

TEST(DemoLabelling, TenComplaintMessagesByKeyboard)
{
    test::guiApp();
    test::TempDir dir;
    const std::filesystem::path examples = std::filesystem::path(ASSAY_EXAMPLES_DIR) / "hotline";
    const std::string path = dir.file("hotline.assay");
    {
        auto project = core::Project::create(path, "12345 热线演示");
        ASSAY_ASSERT_OK(project);
        auto specs = core::readTaxonomy((examples / "taxonomy.csv").string());
        ASSAY_ASSERT_OK(specs);
        core::Field level1;
        level1.name = "一级分类";
        auto level1Field = (*project)->schema().addField(level1);
        ASSAY_ASSERT_OK(level1Field);
        std::vector<core::LabelSpec> tops;
        for (const core::LabelSpec &spec : *specs)
            if (std::none_of(tops.begin(), tops.end(), [&](const core::LabelSpec &top) {
                    return top.path[0] == spec.path[0];
                })) {
                core::LabelSpec top;
                top.path = {spec.path[0]};
                tops.push_back(top);
            }
        ASSAY_ASSERT_OK((*project)->schema().addLabels(level1Field->id, tops));
        core::Field category;
        category.name = "类别";
        auto field = (*project)->schema().addField(category);
        ASSAY_ASSERT_OK(field);
        ASSAY_ASSERT_OK((*project)->schema().addLabels(field->id, *specs));
        core::ImportOptions options;
        options.path = (examples / "messages.csv").string();
        options.textField = "内容";
        options.idField = "编号";
        const core::ImportReport report = core::ItemImporter(**project).run(options);
        ASSERT_TRUE(report.ok) << report.failure.toString();
        ASSAY_ASSERT_OK((*project)->users().add("张敏", {core::Role::Annotator}));

        core::TrainOptions train;
        train.files.push_back({options.path, "内容", "一级分类"});
        train.params.threads = 1;
        train.params.seed = 1;
        ASSAY_ASSERT_OK(core::ModelTrainer(**project).train("一级分类", train));
        auto prelabelled = core::Prelabeler(**project).run("一级分类", {});
        ASSAY_ASSERT_OK(prelabelled);
        ASSERT_EQ(prelabelled->labelled, 25);
    }

    gui::MainWindow window;
    window.resize(1280, 800);
    ASSERT_TRUE(test::showActive(window));
    ASSERT_TRUE(window.openProject(QString::fromStdString(path), QStringLiteral("张敏")));
    gui::AnnotateView *view = window.annotateView();
    // Message → the initials that find its leaf, and how far down the list it is.
    struct Work {
        std::string first;
        QString initials;
        int down = 0;
    };
    const std::vector<Work> work = {
        {"城乡建设/物业管理/物业服务", QStringLiteral("wyfw")},
        {"水电气暖/供暖/供暖温度不达标", QStringLiteral("gnwdbdb")},
        {"环境保护/噪声污染/施工噪声", QStringLiteral("sgzs")},
        {"劳动和社会保障/劳动关系/拖欠工资", QStringLiteral("tqgz")},
        {"交通运输/公共交通/公交服务", QStringLiteral("gjfw")},
        {"城乡建设/市政设施/路灯照明", QStringLiteral("ldzm")},
        {"环境保护/大气污染/餐饮油烟", QStringLiteral("cyyy")},
        // ylbx is 养老保险 first, then 医疗保险: one step down.
        {"劳动和社会保障/社会保险/医疗保险", QStringLiteral("ylbx"), 1},
        {"交通运输/道路交通/停车管理", QStringLiteral("tcgl")},
        {"教育文体/教育管理/学校收费", QStringLiteral("xxsf")},
    };
    std::vector<std::int64_t> items;
    for (const Work &step : work) {
        ASSERT_TRUE(view->flow().hasItem());
        items.push_back(view->flow().item().item.id);
        test::typeText(QStringLiteral("1")); // the model's first suggestion for 一级分类
        test::pressKey(Qt::Key_Return);      // submit: 类别 is unanswered, so it opens
        test::typeText(step.initials);
        for (int i = 0; i < step.down; ++i)
            test::pressKey(Qt::Key_Down);
        test::pressKey(Qt::Key_Return); // choose the highlighted label
        test::pressKey(Qt::Key_Return); // submit
    }
    EXPECT_EQ(view->flow().handledCount(), 10);

    auto project = core::Project::open(path);
    ASSAY_ASSERT_OK(project);
    auto level1Field = (*project)->schema().field("一级分类");
    auto field = (*project)->schema().field("类别");
    ASSAY_ASSERT_OK(field);
    auto taxonomy = (*project)->schema().taxonomy(field->id);
    auto user = (*project)->users().byName("张敏");
    auto model = core::ModelStore((*project)->database()).byVersion(level1Field->id, 1);
    ASSAY_ASSERT_OK(model);
    for (std::size_t i = 0; i < work.size(); ++i) {
        auto mine =
            (*project)->annotations().current(items[i], field->id, core::Author::user(user->id));
        ASSERT_TRUE(mine.ok() && mine->has_value()) << work[i].first;
        ASSERT_EQ((*mine)->value.choices.size(), 1u);
        EXPECT_EQ((*taxonomy)->byId((*mine)->value.choices[0].labelId)->path, work[i].first);
        auto myClass = (*project)->annotations().current(items[i], level1Field->id,
                                                         core::Author::user(user->id));
        auto suggested = (*project)->annotations().current(items[i], level1Field->id,
                                                           core::Author::model(model->id));
        ASSERT_TRUE(myClass.ok() && myClass->has_value() && suggested.ok() &&
                    suggested->has_value());
        EXPECT_EQ((*myClass)->value.choices[0].labelId, (*suggested)->value.choices[0].labelId)
            << "key 1 takes the model's top label";
        auto item = (*project)->items().get(items[i]);
        EXPECT_EQ(item->externalId.value_or(""),
                  "H" + std::string(i < 9 ? "00" : "0") + std::to_string(i + 1));
    }
}
