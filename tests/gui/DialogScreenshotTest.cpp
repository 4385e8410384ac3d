// Renders the import wizard, the schema editor and the users dialog in Chinese to PNG, for
// docs/screenshots:
//
//   ASSAY_SCREENSHOT_DIR=docs/screenshots ctest --preset dev -R gui_screenshots
//
// Uses the complaint messages and taxonomy in ../shared/data when they are there, else the
// example in examples/hotline. Without ASSAY_SCREENSHOT_DIR the images go to a temporary
// directory and are only checked.
#include "GuiTestSupport.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "project/ProjectSession.h"
#include "schema/LabelPath.h"
#include "schema/LabelTreeModel.h"
#include "schema/SchemaEditor.h"
#include "schema/TaxonomyReader.h"
#include "users/UsersDialog.h"
#include "window/Translations.h"

#include <QDir>
#include <QTest>
#include <QTreeView>
#include <filesystem>

using namespace assay;

namespace {

struct Source {
    std::string taxonomy;
    std::string messages;
};

Source chooseSource()
{
    auto taxonomy = test::sharedData("zhengwu/fujian1.csv");
    auto messages = test::sharedData("zhengwu/fujian2.csv");
    if (taxonomy && messages)
        return {*taxonomy, *messages};
    const std::filesystem::path examples = std::filesystem::path(ASSAY_EXAMPLES_DIR) / "hotline";
    return {(examples / "taxonomy.csv").string(), (examples / "messages.csv").string()};
}

core::LabelSpec spec(const std::string &path, const std::string &hotkey = {},
                     const std::string &english = {}, const std::string &color = {})
{
    core::LabelSpec label;
    label.path = core::splitLabelPath(path);
    label.hotkey = hotkey;
    label.english = english;
    label.color = color;
    return label;
}

/// The hotline project as a project lead sets it up: the 3-level taxonomy with a guideline
/// on one label, an entity field, and a team.
std::string buildProject(const test::TempDir &dir, const Source &source)
{
    const std::string path = dir.file("hotline.assay");
    auto created = core::Project::create(path, "12345 热线");
    EXPECT_TRUE(created.ok());
    core::Project &project = **created;
    core::Field category;
    category.name = "类别";
    category.description = "留言反映的问题属于哪一类";
    auto field = project.schema().addField(category);
    auto specs = core::readTaxonomy(source.taxonomy);
    EXPECT_TRUE(specs.ok());
    for (core::LabelSpec &label : *specs)
        if (label.path.back() == "物业服务") {
            label.english = "property services";
            label.aliases = {"物业不作为", "物业管理服务"};
            label.guideline = "物业公司的保洁、维修、安保等服务不到位。\n"
                              "物业收费问题请选“物业收费”；业委会选举等请选“其他”。";
            break;
        }
    EXPECT_TRUE(project.schema().addLabels(field->id, *specs).ok());
    core::Field entity;
    entity.name = "实体";
    entity.kind = core::FieldKind::Spans;
    entity.description = "标出人名、地名、机构和时间";
    auto entities = project.schema().addField(entity);
    EXPECT_TRUE(project.schema()
                    .addLabels(entities->id, {spec("人名", "p", "person", "#e8710a"),
                                              spec("地名", "l", "place", "#1e8e3e"),
                                              spec("机构", "o", "organisation", "#1a73e8"),
                                              spec("时间", "t", "time", "#a142f4")})
                    .ok());
    auto &users = project.users();
    EXPECT_TRUE(
        users.add("wang.fang", {core::Role::Admin, core::Role::Expert}, "lead-pass", "王芳").ok());
    EXPECT_TRUE(users.add("zhang.min", {core::Role::Annotator}, {}, "张敏").ok());
    EXPECT_TRUE(
        users.add("li.hua", {core::Role::Annotator, core::Role::Reviewer}, "pw", "李华").ok());
    auto trainee = users.add("zhao.qiang", {core::Role::Annotator}, {}, "赵强");
    EXPECT_TRUE(trainee.ok());
    EXPECT_TRUE(users.setQualification(trainee->id, core::Qualification::Trainee).ok());
    auto former = users.add("chen.jie", {core::Role::Annotator}, {}, "陈杰");
    EXPECT_TRUE(former.ok());
    EXPECT_TRUE(users.setActive(former->id, false).ok());
    return path;
}

void save(QWidget &widget, const QString &dir, const QString &name)
{
    test::saveScreenshot(widget, dir, name, 20);
}

/// The interface in Chinese for the pictures, and in English again afterwards.
struct ChineseWhileAlive {
    ChineseWhileAlive() { gui::installTranslations(QStringLiteral("zh_CN")); }
    ~ChineseWhileAlive() { gui::installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST(Screenshots, Dialogs)
{
    test::guiApp();
    ChineseWhileAlive chinese;
    const QByteArray wanted = qgetenv("ASSAY_SCREENSHOT_DIR");
    test::TempDir temp;
    const QString dir = wanted.isEmpty() ? QString::fromStdString(temp.path().string())
                                         : QString::fromLocal8Bit(wanted);
    QDir().mkpath(dir);
    const Source source = chooseSource();
    const std::string path = buildProject(temp, source);
    gui::ProjectSession session;
    ASSERT_TRUE(session.open(QString::fromStdString(path)).ok());
    auto lead = session.project().users().byName("wang.fang");
    ASSERT_TRUE(lead.ok());
    session.setUser(*lead);

    {
        gui::ImportWizard wizard(session);
        wizard.resize(1060, 700);
        ASSERT_TRUE(test::showActive(wizard));
        EXPECT_EQ(wizard.windowTitle(), QStringLiteral("导入数据"));
        wizard.setFilePath(QString::fromStdString(source.messages));
        wizard.next();
        ASSERT_EQ(wizard.currentId(), gui::ImportWizard::FormatPageId);
        save(wizard, dir, QStringLiteral("import-format.png"));
        wizard.next();
        ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPageId);
        auto *preview = static_cast<gui::ImportPreviewPage *>(wizard.currentPage());
        EXPECT_GT(preview->model()->rowCount(), 3);
        save(wizard, dir, QStringLiteral("import-preview.png"));
        wizard.next();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.runPage()->isRunning(); }, 30000));
        save(wizard, dir, QStringLiteral("import-report.png"));
    }
    {
        gui::SchemaEditor editor(session);
        editor.resize(1240, 760);
        ASSERT_TRUE(test::showActive(editor));
        auto taxonomy = session.taxonomy(session.fields().front().id);
        const auto named = taxonomy->byName("物业服务");
        ASSERT_FALSE(named.empty());
        const core::Label *label = named.front();
        for (const char *open : {"环境保护", "劳动和社会保障"})
            if (const core::Label *branch = taxonomy->byPath(open))
                editor.labelTree()->expand(editor.labelModel()->indexOf(branch->id));
        editor.selectLabel(label->id);
        save(editor, dir, QStringLiteral("schema-editor.png"));
    }
    {
        gui::UsersDialog users(session);
        users.resize(1060, 520);
        ASSERT_TRUE(test::showActive(users));
        users.selectUser(QStringLiteral("li.hua"));
        save(users, dir, QStringLiteral("users.png"));
    }
}
