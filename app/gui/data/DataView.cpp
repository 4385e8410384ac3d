#include "data/DataView.h"

#include "data/ItemDetailPane.h"
#include "data/ItemTableModel.h"
#include "data/LabelFilterEdit.h"
#include "project/BackgroundTask.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "search/TextSearch.h"
#include "window/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace assay::gui {

DataView::DataView(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dataView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("textSearch"));
    m_query->setPlaceholderText(tr("Search the text (Enter)"));
    m_query->setClearButtonEnabled(true);
    m_query->setMinimumWidth(260);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_annotator = new QComboBox(this);
    m_annotator->setObjectName(QStringLiteral("annotatorFilter"));
    m_label = new LabelFilterEdit(session, this);
    m_label->setMinimumWidth(220);
    filters->addWidget(m_query, 2);
    filters->addWidget(new QLabel(tr("State"), this));
    filters->addWidget(m_state);
    filters->addWidget(new QLabel(tr("Label"), this));
    filters->addWidget(m_label, 1);
    filters->addWidget(new QLabel(tr("Annotator"), this));
    filters->addWidget(m_annotator);
    layout->addLayout(filters);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dataSplitter"));
    m_model = new ItemTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(ItemTableModel::IdColumn, 80);
    m_table->setColumnWidth(ItemTableModel::ExternalIdColumn, 110);
    m_table->setColumnWidth(ItemTableModel::StateColumn, 100);
    m_detail = new ItemDetailPane(session, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    layout->addWidget(m_count);

    connect(m_query, &QLineEdit::returnPressed, this, &DataView::apply);
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            apply();
    });
    connect(m_state, &QComboBox::activated, this, &DataView::apply);
    connect(m_annotator, &QComboBox::activated, this, &DataView::apply);
    connect(m_label, &LabelFilterEdit::labelChanged, this, &DataView::apply);
    connect(m_model, &ItemTableModel::loadFailed, this, [this](const QString &message) {
        m_banner->showMessage(message, MessageBanner::Kind::Error);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DataView::updateCount);
    connect(m_model, &ItemTableModel::searchProgressed, this, &DataView::updateCount);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_detail->showItem(m_model->itemId(current.row())); });
    connect(&session, &ProjectSession::itemAnnotated, this, [this] { m_stale = true; });
    connect(&session, &ProjectSession::itemsChanged, this, [this] {
        m_stale = true;
        m_indexed = false;
        if (isVisible())
            activate();
    });
    connect(&session, &ProjectSession::schemaChanged, this, [this] { m_stale = true; });
}

DataView::~DataView() = default;

void DataView::projectOpened()
{
    m_search = std::make_unique<core::TextSearch>(m_session.project().database());
    m_indexed = false;
    m_stale = true;
    m_query->clear();
    m_label->clear();
    m_label->clearLabel();
    fillStates();
    fillAnnotators();
}

void DataView::projectClosed()
{
    m_model->clear();
    m_search.reset();
    m_detail->showItem(0);
    m_stale = true;
}

void DataView::activate()
{
    if (!m_session.isOpen())
        return;
    fillStates();
    if (m_stale)
        apply();
    m_table->setFocus();
}

void DataView::fillStates()
{
    const QVariant current = m_state->currentData();
    m_state->clear();
    auto counts = m_session.isOpen() ? m_session.project().items().stateCounts()
                                     : core::Result<core::StateCounts>(core::StateCounts{});
    const QLocale locale;
    std::int64_t total = 0;
    if (counts)
        for (std::int64_t n : *counts)
            total += n;
    m_state->addItem(tr("All (%1)").arg(locale.toString(static_cast<qlonglong>(total))));
    for (core::ItemState state : core::kAllItemStates) {
        const std::int64_t n = counts ? (*counts)[static_cast<std::size_t>(state)] : 0;
        m_state->addItem(QStringLiteral("%1 (%2)").arg(qstr(core::itemStateName(state)),
                                                       locale.toString(static_cast<qlonglong>(n))),
                         static_cast<int>(state));
    }
    const int index = m_state->findData(current);
    m_state->setCurrentIndex(index >= 0 ? index : 0);
}

void DataView::fillAnnotators()
{
    m_annotator->clear();
    m_annotator->addItem(tr("Anyone"));
    if (auto users = m_session.project().users().list(true); users.ok())
        for (const core::User &user : *users)
            m_annotator->addItem(qstr(user.name), QVariant::fromValue<qint64>(user.id));
}

core::ItemFilter DataView::currentFilter() const
{
    core::ItemFilter filter;
    if (m_state->currentData().isValid())
        filter.state = static_cast<core::ItemState>(m_state->currentData().toInt());
    if (m_annotator->currentData().isValid())
        filter.annotatorId = m_annotator->currentData().toLongLong();
    filter.labelId = m_label->labelId();
    return filter;
}

void DataView::setStateFilter(std::optional<core::ItemState> state)
{
    const int index = state ? m_state->findData(static_cast<int>(*state)) : 0;
    m_state->setCurrentIndex(std::max(0, index));
    apply();
}

void DataView::setAnnotatorFilter(std::optional<std::int64_t> userId)
{
    const int index = userId ? m_annotator->findData(QVariant::fromValue<qint64>(*userId)) : 0;
    m_annotator->setCurrentIndex(std::max(0, index));
    apply();
}

void DataView::setLabelFilter(std::int64_t fieldId, std::int64_t labelId)
{
    m_label->setLabel(fieldId, labelId);
}

void DataView::setTextQuery(const QString &query)
{
    m_query->setText(query);
    apply();
}

bool DataView::ensureIndexed()
{
    if (m_indexed)
        return true;
    // The index is built on a connection of its own, off the GUI thread.
    BackgroundTask task(this, tr("Search"), tr("Indexing the texts for search…"));
    const std::string path = stdstr(m_session.path());
    const core::Status status = task.run([path](const core::ProgressCallback &progress) {
        auto project = core::Project::open(path);
        if (!project)
            return core::Status(project.error());
        return core::TextSearch((*project)->database()).ensureIndexed(progress);
    });
    if (!status.ok()) {
        if (status.error().code != core::ErrorCode::Cancelled)
            m_banner->showMessage(errorText(status.error()), MessageBanner::Kind::Error);
        return false;
    }
    m_indexed = true;
    return true;
}

void DataView::apply()
{
    if (!m_session.isOpen())
        return;
    m_stale = false;
    const QString query = m_query->text().trimmed();
    if (!query.isEmpty() && !ensureIndexed())
        return;
    m_banner->dismiss();
    m_model->setSource(&m_session.project(), currentFilter(), query, m_search.get());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ItemTableModel::IdColumn));
    else
        m_detail->showItem(0);
    updateCount();
}

void DataView::updateCount()
{
    const QLocale locale;
    const auto shown = static_cast<qlonglong>(m_model->rowCount());
    if (m_model->isComplete()) {
        m_count->setText(tr("%1 items").arg(locale.toString(shown)));
        return;
    }
    const core::ItemFilter filter = currentFilter();
    const bool searching = !m_query->text().trimmed().isEmpty();
    if (searching) {
        m_count->setText(tr("Showing %1 matching items; searched through item %2 so far, more "
                            "load as you scroll")
                             .arg(locale.toString(shown), locale.toString(static_cast<qlonglong>(
                                                              m_model->searchedThrough()))));
        return;
    }
    const bool countable = !filter.labelId && !filter.annotatorId;
    auto counts = m_session.project().items().stateCounts();
    if (countable && counts) {
        std::int64_t total = 0;
        for (std::int64_t n : *counts)
            total += n;
        if (filter.state)
            total = (*counts)[static_cast<std::size_t>(*filter.state)];
        m_count->setText(
            tr("Showing %1 of %2 items; more load as you scroll")
                .arg(locale.toString(shown), locale.toString(static_cast<qlonglong>(total))));
    } else {
        m_count->setText(tr("Showing the first %1 matching items; more load as you scroll")
                             .arg(locale.toString(shown)));
    }
}

} // namespace assay::gui
