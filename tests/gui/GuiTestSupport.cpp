#include "GuiTestSupport.h"

#include "io/ItemImporter.h"
#include "schema/LabelPath.h"
#include "window/Application.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <fstream>

namespace assay::test {

QApplication &guiApp()
{
    static QTemporaryDir settingsDir;
    static int argc = 1;
    static char name[] = "gui_tests";
    static char *argv[] = {name, nullptr};
    static QApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        auto *created = new QApplication(argc, argv);
        gui::configureApplication(*created);
        return created;
    }();
    return *app;
}

const std::vector<std::string> &hotlineTexts()
{
    static const std::vector<std::string> texts = {
        "我们小区的物业服务太差了，电梯坏了两个星期都没人修。",
        "楼下广场舞每天晚上十点以后还在放音乐，噪音很大，影响休息。",
        "张三在火车站打车，出租车司机拒载，还态度恶劣。",
        "公司已经拖欠工资三个月了，老板一直推脱。",
        "𠮷野家在长沙开的店油烟扰民，希望环保部门处理。",
        "小区车位被外来车辆长期占用，物业不管。",
        "申请保障房已经半年了，一直没有消息。",
        "夜间施工噪音太大，严重影响居民睡眠。",
        "出租车绕路多收费，投诉无门。",
        "单位不给缴纳社保，请劳动部门调查。",
        "小区绿化带被业主私自改成菜地。",
        "李四反映自来水公司停水不提前通知。",
    };
    return texts;
}

namespace {

core::LabelSpec spec(const std::string &path, const std::string &english = {},
                     const std::vector<std::string> &aliases = {},
                     const std::string &guideline = {}, const std::string &hotkey = {})
{
    core::LabelSpec label;
    label.path = core::splitLabelPath(path);
    label.english = english;
    label.aliases = aliases;
    label.guideline = guideline;
    label.hotkey = hotkey;
    return label;
}

std::string jsonString(const std::string &text)
{
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "\"";
}

} // namespace

HotlineProject::HotlineProject(int itemCount)
    : path(dir.file("hotline.assay"))
{
    auto project = core::Project::create(path, "热线测试");
    if (!project) {
        ADD_FAILURE() << project.error().toString();
        return;
    }
    core::Project &p = **project;
    core::Field category;
    category.name = "类别";
    category.kind = core::FieldKind::SingleChoice;
    category.description = "投诉的类别";
    categoryField = p.schema().addField(category)->id;
    const std::vector<core::LabelSpec> categories = {
        spec("城乡建设/物业管理/物业服务", "property service", {},
             "物业公司的服务质量：维修、保洁、安保不到位。\n不含收费问题。"),
        spec("城乡建设/物业管理/停车管理", "parking"),
        spec("城乡建设/物业管理/其他"),
        spec("城乡建设/住房保障/保障房", "public housing"),
        spec("城乡建设/市政设施/供水", "water supply"),
        spec("城乡建设/园林绿化/绿地占用"),
        spec("环境保护/噪音污染/噪音扰民", "noise", {"噪声扰民"}, "生活噪音影响居民休息。"),
        spec("环境保护/噪音污染/施工噪音", "construction noise"),
        spec("环境保护/噪音污染/其他"),
        spec("环境保护/大气污染/油烟", "cooking fumes"),
        spec("交通运输/出租车/拒载", "refusal"),
        spec("交通运输/出租车/绕路收费", "detour"),
        spec("劳动和社会保障/劳动关系/拖欠工资", "unpaid wages"),
        spec("劳动和社会保障/社会保险/社保缴纳", "social insurance"),
    };
    if (auto added = p.schema().addLabels(categoryField, categories); !added)
        ADD_FAILURE() << added.error().toString();

    core::Field entity;
    entity.name = "实体";
    entity.kind = core::FieldKind::Spans;
    entity.description = "人名、地名和机构";
    entityField = p.schema().addField(entity)->id;
    if (auto added = p.schema().addLabels(entityField, {spec("人名", "person", {}, {}, "p"),
                                                        spec("地名", "place", {}, {}, "l"),
                                                        spec("机构", "organisation", {}, {}, "o")});
        !added)
        ADD_FAILURE() << added.error().toString();

    auto addedAlice = p.users().add("alice", {core::Role::Annotator}, {}, "Alice");
    auto addedBob = p.users().add("bob", {core::Role::Annotator, core::Role::Reviewer}, "secret");
    if (!addedAlice || !addedBob) {
        ADD_FAILURE() << (addedAlice ? addedBob : addedAlice).error().toString();
        return;
    }
    alice = addedAlice->id;
    bob = addedBob->id;

    std::ofstream jsonl(dir.file("items.jsonl"));
    for (int i = 0; i < itemCount; ++i) {
        const std::string &text =
            hotlineTexts()[static_cast<std::size_t>(i) % hotlineTexts().size()];
        jsonl << "{\"id\":\"T" << (1000 + i) << "\",\"text\":" << jsonString(text)
              << ",\"district\":\"岳麓区\"}\n";
    }
    jsonl.close();
    core::ImportOptions options;
    options.path = dir.file("items.jsonl");
    const core::ImportReport report = core::ItemImporter(p).run(options);
    if (!report.ok)
        ADD_FAILURE() << report.failure.toString();
    auto items = p.items().page(0, itemCount + 10);
    for (const core::Item &item : *items)
        itemIds.push_back(item.id);
    if (auto model = p.database().exec(
            "INSERT INTO models (id, field_id, version, kind, created_at) VALUES (1, " +
            std::to_string(categoryField) + ", 1, 'fasttext', 0)");
        !model)
        ADD_FAILURE() << model.error().toString();
}

std::int64_t HotlineProject::labelId(std::int64_t fieldId, const std::string &labelPath) const
{
    auto project = open();
    auto taxonomy = project->schema().taxonomy(fieldId);
    const core::Label *label = taxonomy.ok() ? (*taxonomy)->byPath(labelPath) : nullptr;
    EXPECT_NE(label, nullptr) << labelPath;
    return label ? label->id : 0;
}

void HotlineProject::addModelSuggestion(
    std::int64_t itemId, const std::vector<std::pair<std::string, double>> &ranked) const
{
    core::NewAnnotation annotation;
    annotation.itemId = itemId;
    annotation.fieldId = categoryField;
    annotation.author = core::Author::model(1);
    for (const auto &[labelPath, confidence] : ranked)
        annotation.value.choices.push_back({labelId(categoryField, labelPath), confidence});
    auto project = open();
    if (auto added = project->annotations().add(annotation); !added)
        ADD_FAILURE() << added.error().toString();
}

std::unique_ptr<core::Project> HotlineProject::open() const
{
    auto project = core::Project::open(path);
    if (!project) {
        ADD_FAILURE() << project.error().toString();
        return nullptr;
    }
    return std::move(project).value();
}

void pressKey(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

void typeText(const QString &text, QWidget *into)
{
    for (const QChar c : text) {
        QWidget *target = into ? into : QApplication::focusWidget();
        ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
        if (c.unicode() < 0x80) {
            QTest::keyClicks(target, QString(c));
        } else {
            // Chinese arrives from an input method as committed text, not as key presses.
            QInputMethodEvent input;
            input.setCommitString(QString(c));
            QApplication::sendEvent(target, &input);
        }
    }
}

QString focusName()
{
    QWidget *focused = QApplication::focusWidget();
    return focused ? focused->objectName() : QString();
}

void whenModalShown(std::function<void(QWidget *dialog)> act)
{
    auto attempts = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [act = std::move(act), attempts, poll] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            act(dialog);
            return;
        }
        if (++*attempts > 500) {
            ADD_FAILURE() << "no modal dialog was shown";
            return;
        }
        QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

void saveScreenshot(QWidget &widget, const QString &dir, const QString &name, int minColours)
{
    QTest::qWait(80);
    const QImage image = widget.grab().toImage();
    const QString file = QDir(dir).filePath(name);
    ASSERT_TRUE(image.save(file)) << file.toStdString();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), minColours) << name.toStdString() << " looks blank";
}

} // namespace assay::test
