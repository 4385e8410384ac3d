#include "ModelPanelFixture.h"

#include "model/ModelJob.h"
#include "model/ModelView.h"
#include "model/PrelabelForm.h"
#include "model/TrainForm.h"
#include "window/MainWindow.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <chrono>
#include <thread>

namespace assay::test {

ModelPanelFixture::ModelPanelFixture(std::size_t items, std::size_t accepted, bool asAdmin)
{
    build(makeLabelledRows(items, 7), accepted, asAdmin, "topic");
}

ModelPanelFixture::ModelPanelFixture(const std::vector<LabelledRow> &rows, std::size_t accepted,
                                     bool asAdmin, const std::string &fieldName)
{
    build(rows, accepted, asAdmin, fieldName);
}

ModelPanelFixture::~ModelPanelFixture()
{
    // Work still running is stopped before its window goes.
    if (m_window)
        waitIdle();
}

void ModelPanelFixture::build(const std::vector<LabelledRow> &rows, std::size_t accepted,
                              bool asAdmin, const std::string &fieldName)
{
    guiApp();
    {
        auto project = makeLabelledProject(m_dir, rows, accepted, fieldName);
        ASSERT_TRUE(project);
        m_path = m_dir.file("test.assay");
        auto fields = project->schema().fields();
        ASSERT_TRUE(fields.ok());
        ASSERT_FALSE(fields->empty());
        m_fieldId = fields->front().id;
        auto admin =
            project->users().add("boss", {core::Role::Admin, core::Role::Annotator}, {}, "Boss");
        ASSERT_TRUE(admin.ok()) << admin.error().toString();
        m_adminId = admin->id;
    }
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setErrorHandler([](const QString &title, const QString &message) {
        ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
    });
    m_window->resize(1360, 860);
    ASSERT_TRUE(showActive(*m_window));
    ASSERT_TRUE(m_window->openProject(QString::fromStdString(m_path),
                                      asAdmin ? QStringLiteral("boss") : QStringLiteral("ann")));
    m_window->showModel();
}

gui::ModelView &ModelPanelFixture::view()
{
    return *m_window->modelView();
}

bool ModelPanelFixture::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !view().isBusy(); }, timeoutMs);
}

bool ModelPanelFixture::trainFromPanel()
{
    auto *forms = view().findChild<QTabWidget *>(QStringLiteral("modelForms"));
    forms->setCurrentWidget(view().trainForm());
    QTest::mouseClick(view().trainForm()->trainButton(), Qt::LeftButton);
    return waitIdle();
}

bool ModelPanelFixture::prelabelFromPanel()
{
    auto *forms = view().findChild<QTabWidget *>(QStringLiteral("modelForms"));
    forms->setCurrentWidget(view().prelabelForm());
    QTest::mouseClick(view().prelabelForm()->prelabelButton(), Qt::LeftButton);
    return waitIdle();
}

std::int64_t ModelPanelFixture::queryInt(const std::string &sql) const
{
    auto project = core::Project::open(m_path);
    if (!project) {
        ADD_FAILURE() << project.error().toString();
        return -1;
    }
    auto value = (*project)->database().queryInt(sql);
    if (!value) {
        ADD_FAILURE() << value.error().toString();
        return -1;
    }
    return *value;
}

HeldWork::HeldWork(std::uint64_t from)
{
    gui::ModelJob::setProgressHook([this, from](std::uint64_t done, std::uint64_t) {
        if (done < from || reached.exchange(true))
            return;
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    });
}

HeldWork::~HeldWork()
{
    release = true;
    gui::ModelJob::setProgressHook({});
}

bool HeldWork::waitHeld(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return reached.load(); }, timeoutMs);
}

} // namespace assay::test
