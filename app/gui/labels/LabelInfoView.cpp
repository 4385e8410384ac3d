#include "labels/LabelInfoView.h"

#include "labels/LabelResultModel.h"
#include "project/CoreStrings.h"
#include "schema/Taxonomy.h"

namespace assay::gui {
namespace {

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style='margin:0 0 6px 0'>%1</p>").arg(line.toHtmlEscaped());
    return html;
}

} // namespace

LabelInfoView::LabelInfoView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("labelInfo"));
    setOpenLinks(false);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(10);
}

void LabelInfoView::showLabel(const core::Taxonomy *taxonomy, std::int64_t labelId)
{
    if (labelId == m_labelId)
        return;
    m_labelId = labelId;
    const core::Label *label = taxonomy ? taxonomy->byId(labelId) : nullptr;
    if (!label) {
        setHtml(QStringLiteral("<p style='color:#6b7280'>%1</p>")
                    .arg(tr("Highlight a label to read its guideline here.").toHtmlEscaped()));
        return;
    }
    QString html;
    const QString parents = parentPathText(*taxonomy, labelId);
    if (!parents.isEmpty())
        html += QStringLiteral("<p style='color:#6b7280; margin:0'>%1</p>")
                    .arg(parents.toHtmlEscaped());
    html += QStringLiteral("<p style='font-size:large; font-weight:600; margin:2px 0 6px 0'>%1</p>")
                .arg(qstr(label->name).toHtmlEscaped());
    QStringList facts;
    if (!label->english.empty())
        facts << tr("English: %1").arg(qstr(label->english).toHtmlEscaped());
    if (!label->aliases.empty()) {
        QStringList aliases;
        for (const std::string &alias : label->aliases)
            aliases << qstr(alias).toHtmlEscaped();
        facts << tr("Also called: %1").arg(aliases.join(QStringLiteral("、")));
    }
    if (!label->hotkey.empty())
        facts << tr("Key: %1").arg(qstr(label->hotkey).toUpper().toHtmlEscaped());
    if (label->tier == core::LabelTier::Rare)
        facts << tr("Rare label");
    if (!taxonomy->isLeaf(labelId))
        facts << tr("Sub-labels: %1").arg(taxonomy->children(labelId).size());
    if (!facts.isEmpty())
        html += QStringLiteral("<p style='color:#444b55; margin:0 0 8px 0'>%1</p>")
                    .arg(facts.join(QStringLiteral(" · ")));
    if (label->deprecated)
        html += QStringLiteral("<p style='color:#b3261e'>%1</p>")
                    .arg(tr("Deprecated: no longer to be chosen.").toHtmlEscaped());
    if (label->guideline.empty())
        html += QStringLiteral("<p style='color:#9aa0a6'>%1</p>")
                    .arg(tr("No guideline has been written for this label.").toHtmlEscaped());
    else
        html += paragraphs(qstr(label->guideline));
    setHtml(html);
}

} // namespace assay::gui
