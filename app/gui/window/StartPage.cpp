#include "window/StartPage.h"

#include "project/RecentProjects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace assay::gui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    auto *title = new QLabel(QStringLiteral("Assay"), this);
    title->setObjectName(QStringLiteral("startTitle"));
    column->addWidget(title);
    auto *subtitle = new QLabel(tr("Label text with people and a model, review it, and export "
                                   "a dataset you can trust."),
                                this);
    subtitle->setObjectName(QStringLiteral("hintText"));
    subtitle->setWordWrap(true);
    column->addWidget(subtitle);
    column->addSpacing(18);

    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("New Project…"), this);
    create->setObjectName(QStringLiteral("newProjectButton"));
    auto *open = new QPushButton(tr("Open Project…"), this);
    open->setObjectName(QStringLiteral("openProjectButton"));
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addSpacing(18);

    auto *recentCaption = new QLabel(tr("Recent projects"), this);
    recentCaption->setObjectName(QStringLiteral("sectionCaption"));
    column->addWidget(recentCaption);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMinimumSize(520, 220);
    column->addWidget(m_recent);
    auto *drop = new QLabel(tr("You can also drop a project file (.assay) on this window."), this);
    drop->setObjectName(QStringLiteral("hintText"));
    column->addWidget(drop);
    column->addStretch(2);
    outer->addLayout(column);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentProjectChosen(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const QString &path : RecentProjects::list()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(m_recent);
        item->setData(Qt::UserRole, path);
        auto *entry = new QLabel(
            QStringLiteral("<b>%1</b><br><span style='color:#6b7280'>%2%3</span>")
                .arg(info.completeBaseName().toHtmlEscaped(),
                     QDir::toNativeSeparators(path).toHtmlEscaped(),
                     info.exists() ? QString()
                                   : QStringLiteral(" — ") + tr("no longer there").toHtmlEscaped()),
            m_recent);
        entry->setContentsMargins(10, 6, 10, 6);
        entry->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(entry->sizeHint());
        m_recent->setItemWidget(item, entry);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

} // namespace assay::gui
