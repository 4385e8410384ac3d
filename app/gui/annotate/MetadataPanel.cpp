#include "annotate/MetadataPanel.h"

#include "items/Item.h"
#include "project/CoreStrings.h"

#include <nlohmann/json.hpp>

namespace assay::gui {
namespace {

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#5f6368; padding:2px 14px 2px 0'>%1</td>"
                          "<td style='padding:2px 0'>%2</td></tr>")
        .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
}

QString jsonText(const nlohmann::json &value)
{
    return value.is_string() ? qstr(value.get<std::string>()) : qstr(value.dump());
}

} // namespace

MetadataPanel::MetadataPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("metadataPanel"));
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
}

void MetadataPanel::clearItem()
{
    clear();
}

void MetadataPanel::showItem(const core::Item &item)
{
    QString html = QStringLiteral("<table>");
    html += row(tr("Item"), QString::number(item.id));
    if (item.externalId)
        html += row(tr("External id"), qstr(*item.externalId));
    html += row(tr("State"), qstr(core::itemStateName(item.state)));
    html += row(tr("Import batch"), QString::number(item.batchId));
    html += row(tr("Characters"), QString::number(item.length));
    if (item.uncertainty)
        html += row(tr("Model uncertainty"), QString::number(*item.uncertainty, 'f', 3));
    if (!item.meta.empty()) {
        const auto meta = nlohmann::json::parse(item.meta, nullptr, false);
        if (meta.is_object()) {
            for (const auto &[key, value] : meta.items())
                html += row(qstr(key), jsonText(value));
        } else {
            html += row(tr("Metadata"), qstr(item.meta));
        }
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace assay::gui
