#include "SyntheticData.h"

#include "io/JsonWriter.h"
#include "schema/LabelPath.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace assay::bench {
namespace {

struct Department {
    const char *name;
    const char *english;
};

const Department kDepartments[] = {
    {"城乡建设", "Urban and rural construction"},
    {"环境保护", "Environmental protection"},
    {"交通运输", "Transport"},
    {"教育文体", "Education, culture and sports"},
    {"劳动和社会保障", "Labour and social security"},
    {"商贸旅游", "Commerce and tourism"},
    {"卫生计生", "Health"},
    {"公安政法", "Public security and justice"},
    {"住房保障", "Housing"},
    {"市场监管", "Market regulation"},
    {"水电气暖", "Utilities"},
    {"农村农业", "Agriculture and rural affairs"},
    {"民政事务", "Civil affairs"},
    {"国土资源", "Land and resources"},
    {"科技信息", "Science and information"},
    {"财税金融", "Finance and tax"},
    {"应急管理", "Emergency management"},
    {"文化旅游", "Culture and tourism"},
    {"党务政务", "Government affairs"},
    {"经济管理", "Economic management"},
};

const char *const kObjects[] = {
    "物业", "供暖",   "供水",     "燃气",   "电梯",     "停车",     "公交",   "出租车", "道路",
    "路灯", "噪音",   "垃圾",     "绿化",   "学校",     "医院",     "医保",   "社保",   "工资",
    "住房", "拆迁",   "市场",     "食品",   "药品",     "网络",     "快递",   "占道",   "违建",
    "排水", "污水",   "扬尘",     "地铁",   "公园",     "小区",     "商铺",   "餐饮",   "装修",
    "油烟", "供电",   "有线电视", "宽带",   "幼儿园",   "培训机构", "养老院", "殡葬",   "户籍",
    "证照", "公积金", "低保",     "残疾人", "退役军人", "农田",     "养殖",   "林地",   "河道",
    "水库", "施工",   "工地",     "广告牌", "井盖",     "桥梁",
};

const char *const kProblems[] = {
    "收费", "服务", "质量", "维修", "管理", "安全", "延误", "态度", "扰民", "欠薪",
    "补贴", "审批", "违规", "价格", "卫生", "设施", "损坏", "缺失", "超时", "污染",
    "退费", "办理", "咨询", "举报", "纠纷", "改造", "规划", "验收", "补偿", "监管",
};

const char *const kModifiers[] = {
    "",     "小区", "农村", "城区", "新建", "老旧", "公共", "居民", "企业",   "个体",
    "学生", "老年", "外地", "夜间", "临时", "长期", "违法", "无证", "节假日", "跨区",
};

const char *const kDistricts[] = {
    "和平区",   "沈河区", "大东区", "皇姑区",   "铁西区",   "浑南区",   "于洪区", "沈北新区",
    "苏家屯区", "中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "开发区",
};

const char *const kPlaces[] = {
    "某小区",       "幸福路",     "建设大街", "中心广场", "火车站附近",
    "第三中学门口", "人民医院旁", "滨河路",   "工业园",   "新华街道",
    "光明社区",     "北站地区",   "东湖公园", "南市场",   "西郊村",
};

const char *const kChannels[] = {"电话", "网站", "微信", "手机应用", "信件", "来访"};

const char *const kFiller[] = {
    "该问题已经持续了很长时间，多次向有关单位反映均没有得到解决。",
    "周边居民意见很大，严重影响了正常的生活和休息。",
    "来电人表示曾经拨打过相关单位的电话，但是无人接听。",
    "希望有关部门尽快核实情况并给予答复。",
    "来电人情绪比较激动，要求尽快安排工作人员到现场查看。",
    "据了解，附近还有不少住户遇到了同样的情况。",
    "此前相关单位承诺在一周内处理，但至今没有任何进展。",
    "来电人担心存在安全隐患，请求相关部门加强监管。",
    "具体情况请联系来电人进一步了解，来电人同意回访。",
    "来电人表示如果得不到处理将继续反映。",
    "现场情况比较复杂，需要多个部门协调解决。",
    "来电人希望能够按照规定合理解决，并公开处理结果。",
    "每到早晚高峰时段问题尤为突出，给出行带来很大不便。",
    "来电人已经保留了相关照片和票据，可以配合调查。",
    "由于天气转冷，这个问题对老人和孩子影响更大。",
    "来电人询问相关政策的具体规定和办理流程。",
};

std::string leafName(Random &random)
{
    std::string name = kModifiers[random.below(std::size(kModifiers))];
    name += kObjects[random.below(std::size(kObjects))];
    name += kProblems[random.below(std::size(kProblems))];
    return name;
}

std::string csvQuoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

std::uint64_t Random::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::int64_t Random::between(std::int64_t low, std::int64_t high)
{
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low + 1)));
}

std::vector<core::LabelSpec> syntheticTaxonomy(std::size_t commonLeaves, std::size_t rareLeaves,
                                               std::uint32_t seed)
{
    Random random(seed);
    const std::size_t totalLeaves = commonLeaves + rareLeaves;
    const std::size_t departments = std::size(kDepartments);
    const std::size_t topicsPerDepartment = 13;
    const std::size_t topics = departments * topicsPerDepartment;
    const std::size_t leavesPerTopic = (totalLeaves + topics - 1) / topics;

    std::vector<core::LabelSpec> specs;
    std::vector<std::size_t> leafIndexes;
    for (const Department &department : kDepartments) {
        core::LabelSpec top;
        top.path = {department.name};
        top.english = department.english;
        specs.push_back(top);
        std::vector<std::string> usedTopics;
        for (std::size_t t = 0; t < topicsPerDepartment; ++t) {
            std::string topic;
            do {
                topic = std::string(kObjects[random.below(std::size(kObjects))]) +
                        (t % 3 == 0   ? "管理"
                         : t % 3 == 1 ? "服务"
                                      : "问题");
            } while (std::find(usedTopics.begin(), usedTopics.end(), topic) != usedTopics.end());
            usedTopics.push_back(topic);
            core::LabelSpec mid;
            mid.path = {department.name, topic};
            specs.push_back(mid);
            std::vector<std::string> usedLeaves{"其他"};
            for (std::size_t l = 0; l < leavesPerTopic && leafIndexes.size() < totalLeaves; ++l) {
                core::LabelSpec leaf;
                std::string name = "其他";
                if (l > 0) {
                    do {
                        name = leafName(random);
                    } while (std::find(usedLeaves.begin(), usedLeaves.end(), name) !=
                             usedLeaves.end());
                    usedLeaves.push_back(name);
                }
                leaf.path = {department.name, topic, name};
                if (random.below(10) == 0)
                    leaf.aliases.push_back(name + "问题");
                leaf.guideline = "用于" + topic + "中与“" + name + "”有关的诉求。";
                leafIndexes.push_back(specs.size());
                specs.push_back(std::move(leaf));
            }
        }
    }
    // Which leaves are common is spread over the tree, not the first departments only.
    for (std::size_t i = leafIndexes.size(); i > 1; --i)
        std::swap(leafIndexes[i - 1], leafIndexes[random.below(i)]);
    for (std::size_t i = commonLeaves; i < leafIndexes.size(); ++i)
        specs[leafIndexes[i]].tier = core::LabelTier::Rare;
    return specs;
}

SyntheticItems::SyntheticItems(const std::vector<core::LabelSpec> &taxonomy, std::uint32_t seed)
    : m_random(seed)
{
    for (const core::LabelSpec &spec : taxonomy)
        if (spec.path.size() == 3)
            m_leaves.push_back(&spec);
    if (m_leaves.empty())
        throw std::invalid_argument("the taxonomy has no leaves");
    // Common leaves get weight 1/(rank+10); rare ones a hundredth of that.
    double total = 0;
    std::size_t rank = 0;
    for (const core::LabelSpec *leaf : m_leaves) {
        const double weight = (leaf->tier == core::LabelTier::Rare ? 0.01 : 1.0) /
                              static_cast<double>(rank++ % 200 + 10);
        total += weight;
        m_cumulative.push_back(total);
    }
    for (double &c : m_cumulative)
        c /= total;
}

SyntheticItem SyntheticItems::next()
{
    SyntheticItem item;
    ++m_count;
    char id[32];
    std::snprintf(id, sizeof id, "T%08llu", static_cast<unsigned long long>(m_count));
    item.id = id;
    const double pick = m_random.unit();
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), pick);
    const core::LabelSpec &leaf =
        *m_leaves[std::min<std::size_t>(it - m_cumulative.begin(), m_leaves.size() - 1)];
    item.labelPath = core::joinLabelPath(leaf.path);
    item.district = kDistricts[m_random.below(std::size(kDistricts))];
    item.channel = kChannels[m_random.below(std::size(kChannels))];
    char when[32];
    std::snprintf(
        when, sizeof when, "2025-%02d-%02d %02d:%02d", static_cast<int>(m_random.between(1, 12)),
        static_cast<int>(m_random.between(1, 28)), static_cast<int>(m_random.between(7, 22)),
        static_cast<int>(m_random.between(0, 59)));
    item.receivedAt = when;

    const std::size_t target = static_cast<std::size_t>(m_random.between(50, 300));
    std::string text = "市民来电反映" + item.district +
                       kPlaces[m_random.below(std::size(kPlaces))] + "存在" + leaf.path[2] +
                       "方面的问题，涉及" + leaf.path[1] + "。";
    while (core::utf8::length(text) < target) {
        if (m_random.below(4) == 0)
            text += "主要是" + leaf.path[2] + "的情况比较突出。";
        else
            text += kFiller[m_random.below(std::size(kFiller))];
    }
    item.text = std::string(core::utf8::slice(text, 0, target));
    return item;
}

void writeSyntheticJsonl(const std::string &path, const std::vector<core::LabelSpec> &taxonomy,
                         std::size_t count, std::uint32_t seed)
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw std::runtime_error("cannot write " + path);
    SyntheticItems items(taxonomy, seed);
    std::string line;
    for (std::size_t i = 0; i < count; ++i) {
        const SyntheticItem item = items.next();
        line = "{\"id\":";
        core::appendJsonString(line, item.id);
        line += ",\"text\":";
        core::appendJsonString(line, item.text);
        line += ",\"label\":";
        core::appendJsonString(line, item.labelPath);
        line += ",\"meta\":{\"district\":";
        core::appendJsonString(line, item.district);
        line += ",\"channel\":";
        core::appendJsonString(line, item.channel);
        line += ",\"received_at\":";
        core::appendJsonString(line, item.receivedAt);
        line += "}}\n";
        out << line;
    }
}

void writeSyntheticCsv(const std::string &path, const std::vector<core::LabelSpec> &taxonomy,
                       std::size_t count, std::uint32_t seed)
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw std::runtime_error("cannot write " + path);
    SyntheticItems items(taxonomy, seed);
    out << "id,text,label,meta\n";
    for (std::size_t i = 0; i < count; ++i) {
        const SyntheticItem item = items.next();
        std::string meta = "{\"district\":" + core::jsonQuoted(item.district) +
                           ",\"channel\":" + core::jsonQuoted(item.channel) +
                           ",\"received_at\":" + core::jsonQuoted(item.receivedAt) + "}";
        out << item.id << ',' << csvQuoted(item.text) << ',' << csvQuoted(item.labelPath) << ','
            << csvQuoted(meta) << '\n';
    }
}

void writeTaxonomyCsv(const std::string &path, const std::vector<core::LabelSpec> &taxonomy)
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw std::runtime_error("cannot write " + path);
    out << "一级分类,二级分类,三级分类,tier\n";
    for (const core::LabelSpec &spec : taxonomy)
        if (spec.path.size() == 3)
            out << csvQuoted(spec.path[0]) << ',' << csvQuoted(spec.path[1]) << ','
                << csvQuoted(spec.path[2]) << ','
                << (spec.tier == core::LabelTier::Rare ? "rare" : "common") << '\n';
}

} // namespace assay::bench
