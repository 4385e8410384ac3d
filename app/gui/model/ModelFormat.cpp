#include "model/ModelFormat.h"

#include "labels/LabelResultModel.h"
#include "project/CoreStrings.h"
#include "schema/LabelPath.h"
#include "schema/Taxonomy.h"

#include <QDateTime>
#include <QLocale>

namespace assay::gui {

QString ModelFormat::percent(double share)
{
    return tr("%1 %", "a percentage").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString ModelFormat::count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString ModelFormat::dateTime(std::int64_t millis)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis), QLocale::ShortFormat);
}

QString ModelFormat::version(int version)
{
    return tr("v%1", "a model version").arg(version);
}

QString ModelFormat::labelName(const core::Taxonomy *taxonomy, const std::string &path)
{
    if (taxonomy)
        if (const core::Label *label = taxonomy->byPath(path))
            return qstr(label->name);
    return qstr(path);
}

QString ModelFormat::labelParents(const core::Taxonomy *taxonomy, const std::string &path)
{
    if (!taxonomy)
        return {};
    const core::Label *label = taxonomy->byPath(path);
    return label ? parentPathText(*taxonomy, label->id) : QString();
}

QString ModelFormat::labelPath(const std::string &path)
{
    QStringList parts;
    for (const std::string &segment : core::splitLabelPath(path))
        parts << qstr(segment);
    return parts.join(QStringLiteral(" › "));
}

} // namespace assay::gui
