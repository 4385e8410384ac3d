#include "schema/SchemaEditor.h"

#include "GuiTestSupport.h"
#include "project/ProjectSession.h"
#include "schema/FieldDialog.h"
#include "schema/LabelForm.h"
#include "schema/LabelPath.h"
#include "schema/LabelTreeModel.h"
#include "window/FilePrompt.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace assay;

namespace {

/// A hotline project open in a session as `userName` ("lead" is its administrator), with
/// the schema editor on it.
class SchemaEditorTest : public ::testing::Test
{
protected:
    void open(const std::string &userName = "lead")
    {
        test::guiApp();
        fixture = std::make_unique<test::HotlineProject>(3);
        {
            auto project = fixture->open();
            ASSERT_TRUE(project->users().add("lead", {core::Role::Admin}).ok());
        }
        ASSAY_ASSERT_OK(session.open(QString::fromStdString(fixture->path)));
        auto user = session.project().users().byName(userName);
        ASSERT_TRUE(user.ok());
        session.setUser(*user);
        editor = std::make_unique<gui::SchemaEditor>(session);
        ASSERT_TRUE(test::showActive(*editor));
    }

    template <typename T> T *find(const char *name) const
    {
        T *widget = editor->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void clickButton(const char *name)
    {
        auto *button = find<QPushButton>(name);
        ASSERT_TRUE(button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Replaces the text of line edit `name` by typing `text`.
    void type(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        test::typeText(text);
    }

    std::shared_ptr<const core::Taxonomy> stored(std::int64_t fieldId) const
    {
        auto project = fixture->open();
        auto taxonomy = project->schema().taxonomy(fieldId);
        EXPECT_TRUE(taxonomy.ok());
        return taxonomy.ok() ? *taxonomy : nullptr;
    }

    std::vector<core::AuditEntry> audit() const
    {
        auto project = fixture->open();
        return *project->audit().entries();
    }

    std::unique_ptr<test::HotlineProject> fixture;
    gui::ProjectSession session;
    std::unique_ptr<gui::SchemaEditor> editor;
};

} // namespace

TEST_F(SchemaEditorTest, AddsAFieldAndItsLabels)
{
    open();
    auto *fields = find<QListWidget>("schemaFieldList");
    ASSERT_EQ(fields->count(), 2);
    clickButton("schemaAddFieldButton");
    gui::FieldDialog *dialog = editor->fieldDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::showActive(*dialog));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fieldNameEdit"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("fieldKindCombo"));
    ASSERT_TRUE(name && kind);
    name->setFocus();
    test::typeText(QStringLiteral("诉求"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::FieldKind::MultiChoice)));
    QTest::keyClick(name, Qt::Key_Return);
    ASSERT_EQ(fields->count(), 3);
    EXPECT_TRUE(fields->currentItem()->text().startsWith(QStringLiteral("诉求")));

    auto field = session.project().schema().field("诉求");
    ASSERT_TRUE(field.ok());
    EXPECT_EQ(field->kind, core::FieldKind::MultiChoice);

    // Offscreen, closing the dialog leaves no window active; a desktop activates the editor.
    ASSERT_TRUE(test::showActive(*editor));
    // Nothing selected: a sibling is a top-level label.
    clickButton("schemaAddSiblingButton");
    ASSERT_TRUE(
        QTest::qWaitFor([] { return test::focusName() == QStringLiteral("labelNameEdit"); }));
    test::typeText(QStringLiteral("咨询"));
    test::pressKey(Qt::Key_Return);
    clickButton("schemaAddChildButton");
    test::typeText(QStringLiteral("政策咨询"));
    type("labelEnglishEdit", QStringLiteral("policy question"));
    test::pressKey(Qt::Key_Return);

    auto taxonomy = stored(field->id);
    ASSERT_EQ(taxonomy->size(), 2u);
    const core::Label *child = taxonomy->byPath("咨询/政策咨询");
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->english, "policy question");
    EXPECT_EQ(gui::LabelTreeModel::labelId(editor->labelTree()->currentIndex()), child->id);

    const auto entries = audit();
    std::vector<std::string> actions;
    for (const core::AuditEntry &entry : entries)
        if (entry.action.rfind("schema.", 0) == 0) {
            actions.push_back(entry.action);
            EXPECT_EQ(entry.userId, session.userId());
        }
    EXPECT_EQ(actions, (std::vector<std::string>{"schema.add-field", "schema.add-label",
                                                 "schema.add-label"}));
}

TEST_F(SchemaEditorTest, RenamingALabelRenamesItsBranch)
{
    open();
    const std::int64_t property = fixture->labelId(fixture->categoryField, "城乡建设/物业管理");
    const std::int64_t service =
        fixture->labelId(fixture->categoryField, "城乡建设/物业管理/物业服务");
    editor->selectLabel(property);
    EXPECT_EQ(find<QLineEdit>("labelNameEdit")->text(), QStringLiteral("物业管理"));
    type("labelNameEdit", QStringLiteral("物业"));
    clickButton("labelSaveButton");

    auto taxonomy = stored(fixture->categoryField);
    EXPECT_EQ(taxonomy->byPath("城乡建设/物业管理/物业服务"), nullptr);
    const core::Label *renamed = taxonomy->byPath("城乡建设/物业/物业服务");
    ASSERT_NE(renamed, nullptr);
    EXPECT_EQ(renamed->id, service);
    EXPECT_EQ(taxonomy->byId(property)->path, "城乡建设/物业");
    // The tree shows the new name, and the label is still the one chosen.
    const QModelIndex current = editor->labelTree()->currentIndex();
    EXPECT_EQ(gui::LabelTreeModel::labelId(current), property);
    EXPECT_EQ(current.data().toString(), QStringLiteral("物业"));
    EXPECT_EQ(audit().back().action, "schema.update-label");
    EXPECT_NE(audit().back().detail.find("城乡建设/物业管理"), std::string::npos);
    // The session sees the change too.
    EXPECT_NE(session.taxonomy(fixture->categoryField)->byPath("城乡建设/物业/物业服务"), nullptr);
}

TEST_F(SchemaEditorTest, AClashingHotkeyIsRefused)
{
    open();
    editor->selectField(fixture->entityField);
    const std::int64_t place = fixture->labelId(fixture->entityField, "地名");
    editor->selectLabel(place);
    auto *error = find<QLabel>("labelFormError");
    type("labelHotkeyEdit", QStringLiteral("P"));
    test::pressKey(Qt::Key_Return);
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("人名"))) << error->text().toStdString();

    type("labelHotkeyEdit", QStringLiteral("3"));
    clickButton("labelSaveButton");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(stored(fixture->entityField)->byId(place)->hotkey, "l");

    // A free key is taken.
    type("labelHotkeyEdit", QStringLiteral("d"));
    clickButton("labelSaveButton");
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(stored(fixture->entityField)->byId(place)->hotkey, "d");
}

TEST_F(SchemaEditorTest, ASiblingWithTheSameNameIsRefused)
{
    open();
    const std::size_t before = stored(fixture->categoryField)->size();
    editor->selectLabel(fixture->labelId(fixture->categoryField, "环境保护/噪音污染/噪音扰民"));
    clickButton("schemaAddSiblingButton");
    test::typeText(QStringLiteral("施工噪音"));
    test::pressKey(Qt::Key_Return);
    auto *error = find<QLabel>("labelFormError");
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("施工噪音")));
    EXPECT_EQ(stored(fixture->categoryField)->size(), before);
}

TEST_F(SchemaEditorTest, ImportsTheHotlineTaxonomy)
{
    ASSAY_REQUIRE_SHARED(taxonomyFile, "zhengwu/fujian1.csv");
    open();
    core::Field field;
    field.name = "留言分类";
    auto added = session.project().schema().addField(field);
    ASSERT_TRUE(added.ok());
    editor = std::make_unique<gui::SchemaEditor>(session);
    ASSERT_TRUE(test::showActive(*editor));
    editor->selectField(added->id);
    gui::FilePrompt::setAnswerer(
        [&](const QString &, const QString &) { return QString::fromStdString(taxonomyFile); });
    clickButton("schemaImportButton");
    gui::FilePrompt::setAnswerer({});

    auto taxonomy = stored(added->id);
    EXPECT_EQ(taxonomy->topLevelCount(), 15u);
    EXPECT_EQ(taxonomy->leafCount(), 517u);
    EXPECT_EQ(editor->labelModel()->rowCount(), 15);
    EXPECT_TRUE(find<QLabel>("schemaStatus")->text().contains(QStringLiteral("fujian1.csv")));
    EXPECT_EQ(audit().back().action, "schema.import");
}

TEST_F(SchemaEditorTest, ALargeTaxonomyIsReadOnlyAsFarAsItIsOpened)
{
    open();
    std::vector<core::LabelSpec> specs;
    for (int a = 0; a < 20; ++a)
        for (int b = 0; b < 20; ++b)
            for (int c = 0; c < 16; ++c) {
                core::LabelSpec spec;
                spec.path = {"部门" + std::to_string(a), "主题" + std::to_string(b),
                             "事项" + std::to_string(c)};
                specs.push_back(spec);
            }
    core::Field field;
    field.name = "大分类";
    auto added = session.project().schema().addField(field);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(session.project().schema().addLabels(added->id, specs).ok());
    editor = std::make_unique<gui::SchemaEditor>(session);
    ASSERT_TRUE(test::showActive(*editor));
    editor->selectField(added->id);
    gui::LabelTreeModel *model = editor->labelModel();
    ASSERT_EQ(model->taxonomy()->leafCount(), 6400u);
    EXPECT_EQ(model->rowCount(), 20);
    EXPECT_FALSE(editor->labelTree()->isExpanded(model->index(0, 0)));
    // Finding a deep label opens just its branch.
    auto *find = editor->findChild<QLineEdit *>(QStringLiteral("schemaLabelFind"));
    find->setFocus();
    test::typeText(QStringLiteral("部门7/主题3/事项12"));
    QTest::keyClick(find, Qt::Key_Return);
    const QModelIndex current = editor->labelTree()->currentIndex();
    EXPECT_EQ(model->label(current)->path, "部门7/主题3/事项12");
    EXPECT_TRUE(editor->labelTree()->isExpanded(model->index(7, 0)));
    EXPECT_FALSE(editor->labelTree()->isExpanded(model->index(6, 0)));
}

TEST_F(SchemaEditorTest, OthersSeeTheSchemaReadOnly)
{
    open("alice");
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_FALSE(find<QPushButton>("schemaAddFieldButton")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("schemaImportButton")->isEnabled());
    editor->selectLabel(fixture->labelId(fixture->categoryField, "城乡建设/物业管理"));
    EXPECT_EQ(find<QLineEdit>("labelNameEdit")->text(), QStringLiteral("物业管理"));
    EXPECT_TRUE(find<QLineEdit>("labelNameEdit")->isReadOnly());
    EXPECT_FALSE(find<QPushButton>("labelSaveButton")->isEnabled());
}
