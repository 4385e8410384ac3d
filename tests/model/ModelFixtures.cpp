#include "ModelFixtures.h"

#include "io/ItemImporter.h"
#include "io/JsonWriter.h"
#include "schema/LabelPath.h"
#include "text/Utf8.h"
#include "workflow/Workflow.h"

#include <algorithm>
#include <fstream>
#include <random>

namespace assay::test {
namespace {

struct Topic {
    const char *label;
    const char *characters;
};

const Topic kTopics[] = {
    {"体育/足球", "球门射进攻守联赛冠军教练前锋点球"},
    {"体育/篮球", "篮板扣投三分后卫中锋季赛灌盖帽"},
    {"经济/股票", "股市涨跌盘指数券商投资板块牛熊"},
    {"经济/房产", "房价楼盘租售买卖首付贷款物业户型"},
};
const char *kShared =
    "的了是在有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你"
    "明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五"
    "果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论"
    "运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金"
    "增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至"
    "达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且"
    "究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便"
    "团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却"
    "专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

std::uint64_t draw(std::mt19937 &random, std::uint64_t bound)
{
    return random() % bound;
}

std::string pick(std::mt19937 &random, const std::string &characters)
{
    const std::size_t count = core::utf8::length(characters);
    const std::size_t at = draw(random, count);
    return std::string(core::utf8::slice(characters, at, at + 1));
}

} // namespace

const std::vector<std::string> &fixtureLabels()
{
    static const std::vector<std::string> labels = [] {
        std::vector<std::string> names;
        for (const Topic &topic : kTopics)
            names.emplace_back(topic.label);
        return names;
    }();
    return labels;
}

std::vector<LabelledRow> makeLabelledRows(std::size_t count, std::uint32_t seed)
{
    std::mt19937 random(seed);
    std::vector<LabelledRow> rows;
    for (std::size_t i = 0; i < count; ++i) {
        const Topic &topic = kTopics[draw(random, std::size(kTopics))];
        LabelledRow row;
        row.label = topic.label;
        const std::size_t length = 12 + draw(random, 20);
        for (std::size_t c = 0; c < length; ++c)
            row.text += pick(random, draw(random, 10) < 4 ? topic.characters : kShared);
        if (draw(random, 5) == 0)
            row.text += " iPhone" + std::to_string(draw(random, 20));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string writeLabelledJsonl(const TempDir &dir, const std::string &name,
                               const std::vector<LabelledRow> &rows)
{
    std::string content;
    for (std::size_t i = 0; i < rows.size(); ++i)
        content += "{\"id\":\"r" + std::to_string(i + 1) +
                   "\",\"text\":" + core::jsonQuoted(rows[i].text) +
                   ",\"label\":" + core::jsonQuoted(rows[i].label) + "}\n";
    return dir.write(name, content);
}

std::unique_ptr<core::Project> makeLabelledProject(const TempDir &dir,
                                                   const std::vector<LabelledRow> &rows,
                                                   std::size_t accepted,
                                                   const std::string &fieldName)
{
    auto project = createProject(dir);
    if (!project)
        return nullptr;
    core::Field field;
    field.name = fieldName;
    field.kind = core::FieldKind::SingleChoice;
    auto added = project->schema().addField(field);
    EXPECT_TRUE(added.ok());
    std::vector<std::string> labels = fixtureLabels();
    for (const LabelledRow &row : rows)
        if (std::find(fixtureLabels().begin(), fixtureLabels().end(), row.label) ==
            fixtureLabels().end()) {
            labels.clear();
            break;
        }
    if (labels.empty())
        for (const LabelledRow &row : rows)
            if (std::find(labels.begin(), labels.end(), row.label) == labels.end())
                labels.push_back(row.label);
    std::vector<core::LabelSpec> specs;
    for (const std::string &label : labels) {
        core::LabelSpec spec;
        spec.path = core::splitLabelPath(label);
        specs.push_back(spec);
    }
    EXPECT_TRUE(project->schema().addLabels(added->id, specs).ok());

    core::ImportOptions options;
    options.path = writeLabelledJsonl(dir, "items.jsonl", rows);
    const core::ImportReport report = core::ItemImporter(*project).run(options);
    EXPECT_TRUE(report.ok) << report.failure.toString();

    auto user = project->users().add("ann", {core::Role::Annotator});
    EXPECT_TRUE(user.ok()) << user.error().toString();
    auto taxonomy = project->schema().taxonomy(added->id);
    core::Workflow workflow(*project);
    auto items = project->items().page(0, static_cast<int>(accepted));
    EXPECT_TRUE(items.ok());
    for (std::size_t i = 0; i < items->size(); ++i) {
        const core::Label *label = (*taxonomy)->byPath(rows[i].label);
        core::FieldAnswer answer{added->id, {}};
        answer.value.choices.push_back({label->id, std::nullopt});
        auto outcome = workflow.submit(user->id, (*items)[i].id, {answer}, 1000);
        EXPECT_TRUE(outcome.ok()) << outcome.error().toString();
    }
    return project;
}

} // namespace assay::test
