#include "annotate/SpanFieldPanel.h"

#include "annotate/TextOffsets.h"
#include "labels/LabelColors.h"
#include "project/CoreStrings.h"
#include "schema/Taxonomy.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace assay::gui {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace

SpanFieldPanel::SpanFieldPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spanPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionCaption"));
    layout->addWidget(m_title);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("spanLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    connect(m_legend, &QLabel::linkActivated, this, [this](const QString &link) {
        emit legendLabelClicked(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    layout->addWidget(m_legend);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("hintText"));
    m_rule->setWordWrap(true);
    layout->addWidget(m_rule);
    auto *listCaption = new QLabel(tr("Marked spans"), this);
    listCaption->setObjectName(QStringLiteral("sectionCaption"));
    layout->addWidget(listCaption);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("spanList"));
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            emit spanSelected(row);
    });
    layout->addWidget(m_list, 1);
}

void SpanFieldPanel::setField(std::shared_ptr<const core::Taxonomy> taxonomy)
{
    m_taxonomy = std::move(taxonomy);
    m_colors.clear();
    if (m_taxonomy) {
        int index = 0;
        for (const core::Label &label : m_taxonomy->labels())
            m_colors[label.id] = labelColor(label, index++);
        m_title->setText(tr("Labels — select text, then press a key"));
        m_rule->setText(m_taxonomy->field().allowOverlap
                            ? tr("Select text with Shift+arrow keys or the mouse, then press a "
                                 "label's key. Spans may overlap.")
                            : tr("Select text with Shift+arrow keys or the mouse, then press a "
                                 "label's key. Spans may not overlap. Put the cursor in a span "
                                 "and press another key to change it, or Delete to remove it."));
    }
    updateLegend();
}

std::int64_t SpanFieldPanel::labelForKey(const QString &key) const
{
    if (!m_taxonomy || key.isEmpty())
        return 0;
    for (const core::Label &label : m_taxonomy->labels())
        if (!label.deprecated && qstr(label.hotkey).compare(key, Qt::CaseInsensitive) == 0 &&
            m_taxonomy->isSelectable(label.id))
            return label.id;
    return 0;
}

void SpanFieldPanel::updateLegend()
{
    QStringList entries;
    if (m_taxonomy) {
        for (const core::Label &label : m_taxonomy->labels()) {
            if (label.deprecated || !m_taxonomy->isSelectable(label.id))
                continue;
            const QColor color = m_colors[label.id];
            QColor tint = color;
            tint.setAlphaF(0.22f);
            const QString key =
                label.hotkey.empty()
                    ? QString()
                    : QStringLiteral("<b style='color:%1'>%2</b>&nbsp;")
                          .arg(color.name(), qstr(label.hotkey).toUpper().toHtmlEscaped());
            entries << QStringLiteral("<a href='label:%1' style='text-decoration:none; "
                                      "color:#202124'><span style='background:%2; "
                                      "border-bottom:2px solid %3'>&nbsp;%4%5&nbsp;</span></a>")
                           .arg(label.id)
                           .arg(tint.name(QColor::HexArgb), color.name(), key,
                                qstr(label.name).toHtmlEscaped());
        }
    }
    m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void SpanFieldPanel::setSpans(const std::vector<core::Span> &spans, const QString &text,
                              const TextOffsets &offsets, int current)
{
    m_updating = true;
    m_list->clear();
    for (const core::Span &span : spans) {
        const core::Label *label = m_taxonomy ? m_taxonomy->byId(span.labelId) : nullptr;
        const qsizetype from = offsets.toUtf16(span.start);
        QString snippet = text.mid(from, offsets.toUtf16(span.end) - from).simplified();
        if (snippet.size() > 40)
            snippet = snippet.left(39) + QChar(0x2026);
        auto *row = new QListWidgetItem(
            swatch(m_colors.count(span.labelId) ? m_colors.at(span.labelId) : QColor(Qt::gray)),
            tr("%1 — %2   [%3–%4)")
                .arg(snippet, label ? qstr(label->name) : QString())
                .arg(span.start)
                .arg(span.end),
            m_list);
        row->setToolTip(label ? qstr(label->path) : QString());
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    else
        m_list->setCurrentRow(-1);
    m_updating = false;
}

bool SpanFieldPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            m_list->currentRow() >= 0) {
            emit removeRequested(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace assay::gui
