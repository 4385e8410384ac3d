#include "data/ItemDetailPane.h"

#include "annotate/TextOffsets.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

#include <QDateTime>
#include <map>

namespace assay::gui {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ItemDetailPane::ItemDetailPane(ProjectSession &session, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("itemDetail"));
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
}

void ItemDetailPane::showItem(std::int64_t itemId)
{
    if (itemId == 0 || !m_session.isOpen()) {
        setHtml(QStringLiteral("<p style='color:#80868b'>%1</p>")
                    .arg(tr("Select an item to see it in full.").toHtmlEscaped()));
        return;
    }
    core::Project &project = m_session.project();
    auto item = project.items().get(itemId);
    if (!item) {
        setPlainText(errorText(item.error()));
        return;
    }
    const QString text = qstr(item->text);
    QString html = QStringLiteral("<p style='color:#5f6368'>%1</p>")
                       .arg(tr("Item %1 · %2 · length %3")
                                .arg(item->id)
                                .arg(qstr(core::itemStateName(item->state)))
                                .arg(item->length));
    html +=
        QStringLiteral("<p style='font-size:large; line-height:150%'>%1</p>").arg(escaped(text));

    auto annotations = project.annotations().forItem(itemId);
    if (!annotations || annotations->empty()) {
        html += QStringLiteral("<p style='color:#80868b'>%1</p>")
                    .arg(tr("Nobody has annotated this item yet.").toHtmlEscaped());
        setHtml(html);
        return;
    }
    std::map<std::int64_t, QString> userNames;
    if (auto users = project.users().list(true); users.ok())
        for (const core::User &user : *users)
            userNames[user.id] = qstr(user.name);
    const TextOffsets offsets(text);
    html += QStringLiteral("<h4>%1</h4><table cellpadding='3'>").arg(tr("Annotations"));
    for (const core::Annotation &annotation : *annotations) {
        const core::Field *field = m_session.field(annotation.fieldId);
        auto taxonomy = m_session.taxonomy(annotation.fieldId);
        const QString author = annotation.author.userId
                                   ? userNames[*annotation.author.userId]
                                   : tr("model #%1").arg(annotation.author.modelId.value_or(0));
        QStringList values;
        for (const core::Choice &choice : annotation.value.choices) {
            const core::Label *label = taxonomy ? taxonomy->byId(choice.labelId) : nullptr;
            QString entry = label ? qstr(label->path) : QString::number(choice.labelId);
            if (choice.confidence)
                entry += QStringLiteral(" (%1%)").arg(qRound(*choice.confidence * 100));
            values << entry.toHtmlEscaped();
        }
        for (const core::Span &span : annotation.value.spans) {
            const core::Label *label = taxonomy ? taxonomy->byId(span.labelId) : nullptr;
            const qsizetype from = offsets.toUtf16(span.start);
            values << QStringLiteral("“%1” %2").arg(
                text.mid(from, offsets.toUtf16(span.end) - from).toHtmlEscaped(),
                label ? qstr(label->name).toHtmlEscaped() : QString());
        }
        QString when = QDateTime::fromMSecsSinceEpoch(annotation.createdAt)
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (annotation.timeSpentMs)
            when += tr(" · %1 s").arg(*annotation.timeSpentMs / 1000.0, 0, 'f', 1);
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2 v%3</td><td>%4</td></tr>"
                           "<tr><td></td><td colspan='2' style='color:#80868b'>%5</td></tr>")
                .arg(field ? qstr(field->name).toHtmlEscaped() : QString(), author.toHtmlEscaped())
                .arg(annotation.version)
                .arg(values.join(QStringLiteral("<br>")), when);
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace assay::gui
