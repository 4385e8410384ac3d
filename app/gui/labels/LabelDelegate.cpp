#include "labels/LabelDelegate.h"

#include "labels/LabelRoles.h"

#include <QApplication>
#include <QPainter>

namespace assay::gui {
namespace {

constexpr int kTickWidth = 16;
constexpr int kPadding = 6;

} // namespace

LabelDelegate::LabelDelegate(bool showParentPath, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_showParentPath(showParentPath)
{}

QSize LabelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

void LabelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();

    const bool selected = opt.state & QStyle::State_Selected;
    const bool focused = opt.widget && opt.widget->hasFocus();
    if (selected) {
        const QColor fill = focused ? QColor(0xd3, 0xe3, 0xfd) : QColor(0xe6, 0xee, 0xfa);
        painter->fillRect(opt.rect, fill);
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()),
                          QColor(0x1a, 0x73, 0xe8));
    } else if (opt.state & QStyle::State_MouseOver) {
        painter->fillRect(opt.rect, QColor(0xf3, 0xf5, 0xf8));
    }

    QRect area = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    if (index.data(ChosenRole).toBool()) {
        QFont tick = opt.font;
        tick.setBold(true);
        painter->setFont(tick);
        painter->setPen(QColor(0x18, 0x80, 0x38));
        painter->drawText(QRect(area.left(), area.top(), kTickWidth, area.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("✓"));
    }
    area.setLeft(area.left() + kTickWidth);

    const QString hotkey = index.data(HotkeyRole).toString();
    if (!hotkey.isEmpty()) {
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.85);
        const QFontMetrics metrics(small);
        const int width = std::max(metrics.horizontalAdvance(hotkey.toUpper()) + 10, 20);
        const QRect badge(area.right() - width, area.center().y() - metrics.height() / 2 - 1, width,
                          metrics.height() + 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QColor(0xc4, 0xc9, 0xd0));
        painter->setBrush(QColor(0xf6, 0xf7, 0xf9));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setFont(small);
        painter->setPen(QColor(0x44, 0x4b, 0x55));
        painter->drawText(badge, Qt::AlignCenter, hotkey.toUpper());
        area.setRight(badge.left() - 8);
    }

    const bool deprecated = index.data(DeprecatedRole).toBool();
    QFont nameFont = opt.font;
    nameFont.setStrikeOut(deprecated);
    painter->setFont(nameFont);
    painter->setPen(deprecated ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x20, 0x21, 0x24));
    const QFontMetrics nameMetrics(nameFont);
    const QString name = nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                Qt::ElideRight, area.width());
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, name);

    if (m_showParentPath) {
        const QString path = index.data(ParentPathRole).toString();
        const int used = nameMetrics.horizontalAdvance(name) + 12;
        if (!path.isEmpty() && used < area.width() - 24) {
            QFont pathFont = opt.font;
            pathFont.setPointSizeF(opt.font.pointSizeF() * 0.88);
            painter->setFont(pathFont);
            painter->setPen(QColor(0x6b, 0x72, 0x80));
            const QRect pathArea = area.adjusted(used, 0, 0, 0);
            painter->drawText(
                pathArea, Qt::AlignVCenter | Qt::AlignLeft,
                QFontMetrics(pathFont).elidedText(path, Qt::ElideLeft, pathArea.width()));
        }
    }
    painter->restore();
}

} // namespace assay::gui
