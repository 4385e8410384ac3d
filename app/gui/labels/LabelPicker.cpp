#include "labels/LabelPicker.h"

#include "labels/LabelDelegate.h"
#include "labels/LabelInfoView.h"
#include "labels/LabelResultModel.h"
#include "labels/LabelRoles.h"
#include "labels/SuggestionStrip.h"
#include "labels/TaxonomyTreeModel.h"
#include "project/CoreStrings.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace assay::gui {

LabelPicker::LabelPicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labelPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("chosenLabels"));
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setTextFormat(Qt::RichText);
    connect(m_chosenLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        emit labelRemoved(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    layout->addWidget(m_chosenLabel);

    m_suggestCaption = new QLabel(tr("Suggestions — press 1–9"), this);
    m_suggestCaption->setObjectName(QStringLiteral("sectionCaption"));
    layout->addWidget(m_suggestCaption);
    m_strip = new SuggestionStrip(this);
    connect(m_strip, &SuggestionStrip::picked, this, &LabelPicker::labelChosen);
    layout->addWidget(m_strip);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("labelSearch"));
    m_searchEdit->setPlaceholderText(tr("Search labels: name, path, pinyin (wyfw), English"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &LabelPicker::filter);
    layout->addWidget(m_searchEdit);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("pickerSplitter"));
    splitter->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(splitter);

    m_resultModel = new LabelResultModel(this);
    m_results = new QListView(m_stack);
    m_results->setObjectName(QStringLiteral("labelResults"));
    m_results->setModel(m_resultModel);
    m_results->setItemDelegate(new LabelDelegate(true, m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setFocusPolicy(Qt::ClickFocus);
    m_results->setMouseTracking(true);
    connect(m_results, &QListView::activated, this, &LabelPicker::activate);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LabelPicker::highlightChanged);
    m_stack->addWidget(m_results);

    m_treeModel = new TaxonomyTreeModel(this);
    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(QStringLiteral("labelTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(new LabelDelegate(false, m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setFocusPolicy(Qt::ClickFocus);
    m_tree->setMouseTracking(true);
    connect(m_tree, &QTreeView::activated, this, &LabelPicker::activate);
    connect(m_tree, &QTreeView::clicked, this, [this] { m_treeArmed = true; });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LabelPicker::highlightChanged);
    m_stack->addWidget(m_tree);

    m_info = new LabelInfoView(splitter);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_info);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    layout->addWidget(m_status);
    m_stack->setCurrentWidget(m_tree);
    m_strip->hide();
    m_suggestCaption->hide();
    updateChosenText();
}

LabelPicker::~LabelPicker() = default;

void LabelPicker::setField(std::shared_ptr<const core::Taxonomy> taxonomy,
                           const core::LabelSearch *search)
{
    m_search = search;
    if (taxonomy != m_taxonomy) {
        m_taxonomy = std::move(taxonomy);
        m_treeModel->setTaxonomy(m_taxonomy);
        m_resultModel->setTaxonomy(m_taxonomy);
        m_info->showLabel(nullptr, 0);
    }
    setSuggestions({});
    setChosen({});
    clearSearch();
}

void LabelPicker::setSuggestions(std::vector<Suggestion> suggestions)
{
    m_suggestCaption->setVisible(!suggestions.empty());
    m_strip->setSuggestions(m_taxonomy, std::move(suggestions));
}

void LabelPicker::setChosen(const std::vector<std::int64_t> &chosen)
{
    m_chosen = chosen;
    m_chosenSet = std::unordered_set<std::int64_t>(chosen.begin(), chosen.end());
    m_resultModel->setChosen(m_chosenSet);
    m_treeModel->setChosen(m_chosenSet);
    m_strip->setChosen(m_chosenSet);
    updateChosenText();
}

void LabelPicker::updateChosenText()
{
    if (m_chosen.empty() || !m_taxonomy) {
        m_chosenLabel->setText(QStringLiteral("<span style='color:#80868b'>%1</span>")
                                   .arg(tr("No label chosen yet").toHtmlEscaped()));
        return;
    }
    QStringList parts;
    for (std::int64_t id : m_chosen) {
        const core::Label *label = m_taxonomy->byId(id);
        if (!label)
            continue;
        const QString parents = parentPathText(*m_taxonomy, id);
        parts << QStringLiteral("<span style='background:#e6f4ea; color:#137333'>&nbsp;✓ <b>%1</b>"
                                "%2&nbsp;<a href='remove:%3' style='color:#5f6368; "
                                "text-decoration:none'>✕</a>&nbsp;</span>")
                     .arg(qstr(label->name).toHtmlEscaped(),
                          parents.isEmpty()
                              ? QString()
                              : QStringLiteral(" <span style='color:#5f6368'>(%1)</span>")
                                    .arg(parents.toHtmlEscaped()))
                     .arg(id);
    }
    m_chosenLabel->setText(parts.join(QStringLiteral("&nbsp; ")));
}

void LabelPicker::setQuery(const QString &query)
{
    m_searchEdit->setText(query);
}

QString LabelPicker::query() const
{
    return m_searchEdit->text();
}

void LabelPicker::clearSearch()
{
    m_treeArmed = false;
    m_searchEdit->clear();
    filter(QString());
}

void LabelPicker::focusSearch()
{
    m_searchEdit->setFocus(Qt::OtherFocusReason);
}

std::size_t LabelPicker::matchCount() const
{
    return m_resultModel->matchCount();
}

void LabelPicker::filter(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty() || !m_search) {
        m_resultModel->setMatches({});
        m_stack->setCurrentWidget(m_tree);
        m_status->setText(tr("Browse with the arrow keys, or type to search"));
        highlightChanged();
        return;
    }
    m_treeArmed = false;
    m_resultModel->setMatches(m_search->search(stdstr(trimmed), kSearchLimit));
    m_stack->setCurrentWidget(m_results);
    const std::size_t count = m_resultModel->matchCount();
    if (count > 0)
        m_results->setCurrentIndex(m_resultModel->index(0));
    m_status->setText(count == 0              ? tr("No label matches “%1”").arg(trimmed)
                      : count >= kSearchLimit ? tr("The first %1 matching labels").arg(count)
                                              : tr("Matching labels: %1").arg(count));
    highlightChanged();
}

std::int64_t LabelPicker::highlightedLabel() const
{
    if (m_stack->currentWidget() == m_results)
        return m_resultModel->labelId(m_results->currentIndex().row());
    return TaxonomyTreeModel::labelId(m_tree->currentIndex());
}

void LabelPicker::highlightChanged()
{
    m_info->showLabel(m_taxonomy.get(), highlightedLabel());
}

bool LabelPicker::pickSuggestion(int number)
{
    const auto &suggestions = m_strip->suggestions();
    if (number < 1 || number > static_cast<int>(suggestions.size()))
        return false;
    emit labelChosen(suggestions[static_cast<std::size_t>(number - 1)].labelId);
    return true;
}

void LabelPicker::showInTree(std::int64_t labelId)
{
    const QModelIndex at = m_treeModel->indexOf(labelId);
    if (!at.isValid())
        return;
    m_searchEdit->blockSignals(true);
    m_searchEdit->clear();
    m_searchEdit->blockSignals(false);
    m_resultModel->setMatches({});
    m_stack->setCurrentWidget(m_tree);
    m_tree->expand(at);
    const QModelIndex first = m_treeModel->index(0, 0, at);
    m_tree->setCurrentIndex(first.isValid() ? first : at);
    m_tree->scrollTo(m_tree->currentIndex());
    m_treeArmed = true;
    m_status->setText(
        tr("Choose one of the sub-labels of “%1”").arg(qstr(m_taxonomy->byId(labelId)->name)));
}

void LabelPicker::activate(const QModelIndex &index)
{
    const std::int64_t id = index.data(LabelIdRole).toLongLong();
    if (id == 0 || !m_taxonomy)
        return;
    if (!m_taxonomy->isSelectable(id)) {
        showInTree(id);
        return;
    }
    emit labelChosen(id);
    // Multiple choice keeps the results to show the tick; typing replaces the query.
    if (m_taxonomy->field().kind == core::FieldKind::MultiChoice)
        m_searchEdit->selectAll();
    else
        clearSearch();
    m_treeArmed = false;
}

bool LabelPicker::activateHighlighted()
{
    const bool searching = m_stack->currentWidget() == m_results;
    if (searching && m_resultModel->rowCount() > 0 && m_results->currentIndex().isValid()) {
        activate(m_results->currentIndex());
        return true;
    }
    if (!searching && m_treeArmed && m_tree->currentIndex().isValid()) {
        activate(m_tree->currentIndex());
        return true;
    }
    return false;
}

bool LabelPicker::handleSearchKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool searching = m_stack->currentWidget() == m_results;
    QAbstractItemView *view = searching ? static_cast<QAbstractItemView *>(m_results) : m_tree;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (modifiers != Qt::NoModifier)
            return false;
        if (!searching && !m_tree->currentIndex().isValid()) {
            m_tree->setCurrentIndex(m_treeModel->index(0, 0));
        } else {
            QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text());
            QApplication::sendEvent(view, &copy);
        }
        if (!searching)
            m_treeArmed = true;
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (searching || modifiers != Qt::NoModifier || !m_searchEdit->text().isEmpty())
            return false;
        if (m_tree->currentIndex().isValid()) {
            QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text());
            QApplication::sendEvent(m_tree, &copy);
            m_treeArmed = true;
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers != Qt::NoModifier)
            return false;
        if (!activateHighlighted())
            emit enterUnused();
        return true;
    case Qt::Key_Backspace:
        if (m_searchEdit->text().isEmpty() && !m_chosen.empty() && modifiers == Qt::NoModifier) {
            emit labelRemoved(m_chosen.back());
            return true;
        }
        return false;
    case Qt::Key_Escape:
        if (!m_searchEdit->text().isEmpty()) {
            clearSearch();
            return true;
        }
        return false;
    default:
        break;
    }
    if (modifiers == Qt::NoModifier && m_searchEdit->text().isEmpty() &&
        event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        pickSuggestion(event->key() - Qt::Key_0);
        return true;
    }
    return false;
}

bool LabelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress)
        return handleSearchKey(static_cast<QKeyEvent *>(event));
    if (watched == m_searchEdit && event->type() == QEvent::ShortcutOverride) {
        // With nothing typed, undo and redo belong to the answer, not to the search box.
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_searchEdit->text().isEmpty() &&
            (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace assay::gui
