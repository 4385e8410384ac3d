#include "TestSupport.h"
#include "io/ItemImporter.h"
#include "workflow/Workflow.h"

#include <fstream>

using namespace assay;
using namespace assay::core;

namespace {

/// Counts the queue the long way: every item nextItems() hands out.
std::int64_t walkQueue(Workflow &workflow, std::int64_t userId)
{
    std::int64_t count = 0;
    std::int64_t after = 0;
    while (true) {
        auto ids = workflow.nextItems(userId, after, 7);
        EXPECT_TRUE(ids.ok());
        if (!ids.ok() || ids->empty())
            return count;
        count += static_cast<std::int64_t>(ids->size());
        after = ids->back();
    }
}

} // namespace

TEST(WorkflowRemaining, MatchesTheQueueAsUsersSubmitAndSkip)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_NE(project, nullptr);
    Field field;
    field.name = "类别";
    auto added = project->schema().addField(field);
    ASSAY_ASSERT_OK(added);
    LabelSpec a, b;
    a.path = {"甲"};
    b.path = {"乙"};
    ASSAY_ASSERT_OK(project->schema().addLabels(added->id, {a, b}));
    const auto labelA = (*project->schema().taxonomy(added->id))->byPath("甲")->id;
    const auto labelB = (*project->schema().taxonomy(added->id))->byPath("乙")->id;
    Policy policy;
    policy.annotatorsPerItem = 2;
    ASSAY_ASSERT_OK(project->setPolicy(policy));
    auto ann = project->users().add("ann", {Role::Annotator});
    auto ben = project->users().add("ben", {Role::Annotator});
    ASSAY_ASSERT_OK(ann);
    ASSAY_ASSERT_OK(ben);
    {
        std::ofstream out(dir.file("items.txt"));
        for (int i = 0; i < 30; ++i)
            out << "第" << i << "条留言\n";
    }
    ImportOptions options;
    options.path = dir.file("items.txt");
    ASSERT_TRUE(ItemImporter(*project).run(options).ok);
    auto items = project->items().page(0, 100);
    ASSAY_ASSERT_OK(items);

    Workflow workflow(*project);
    const auto answer = [&](std::int64_t label) {
        FieldAnswer fieldAnswer{added->id, {}};
        fieldAnswer.value.choices.push_back({label, std::nullopt});
        return std::vector<FieldAnswer>{fieldAnswer};
    };
    const auto check = [&] {
        for (std::int64_t user : {ann->id, ben->id}) {
            auto remaining = workflow.remaining(user);
            ASSAY_ASSERT_OK(remaining);
            EXPECT_EQ(*remaining, walkQueue(workflow, user));
        }
    };
    check();
    EXPECT_EQ(*workflow.remaining(ann->id), 30);
    for (int i = 0; i < 5; ++i)
        ASSAY_ASSERT_OK(workflow.submit(ann->id, (*items)[i].id, answer(labelA), 1000));
    ASSAY_ASSERT_OK(workflow.skip(ann->id, (*items)[5].id, "unclear"));
    check();
    EXPECT_EQ(*workflow.remaining(ann->id), 24);
    // Ben agrees on two (accepted), disagrees on one (conflict), and skips one ann did.
    ASSAY_ASSERT_OK(workflow.submit(ben->id, (*items)[0].id, answer(labelA), 1000));
    ASSAY_ASSERT_OK(workflow.submit(ben->id, (*items)[1].id, answer(labelA), 1000));
    ASSAY_ASSERT_OK(workflow.submit(ben->id, (*items)[2].id, answer(labelB), 1000));
    ASSAY_ASSERT_OK(workflow.skip(ben->id, (*items)[3].id, "later"));
    // A skip and then a submission of the same item count once.
    ASSAY_ASSERT_OK(workflow.skip(ben->id, (*items)[20].id, "later"));
    ASSAY_ASSERT_OK(workflow.submit(ben->id, (*items)[20].id, answer(labelA), 1000));
    check();
    EXPECT_EQ(*workflow.remaining(ben->id), 25);
}
