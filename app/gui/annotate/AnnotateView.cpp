#include "annotate/AnnotateView.h"

#include "annotate/ItemTextView.h"
#include "annotate/MetadataPanel.h"
#include "annotate/QueueHeader.h"
#include "annotate/SkipDialog.h"
#include "annotate/SpanFieldPanel.h"
#include "annotate/SpanMarker.h"
#include "labels/LabelPicker.h"
#include "labels/RecentLabels.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "window/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace assay::gui {
namespace {

constexpr int kMinPointSize = 9;
constexpr int kMaxPointSize = 40;
constexpr int kDefaultPointSize = 16;
constexpr const char *kPointSizeKey = "annotate/textPointSize";

} // namespace

AnnotateView::AnnotateView(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_flow(session)
    , m_editor(m_flow.draft(), m_flow.undoStack(),
               [&session](std::int64_t fieldId) { return session.taxonomy(fieldId); })
{
    setObjectName(QStringLiteral("annotateView"));
    buildLayout();
    m_spans = new SpanMarker(session, m_flow, m_editor, *m_text, *m_spanPanel, this);
    connectSignals();
    setPointSize(QSettings().value(kPointSizeKey, kDefaultPointSize).toInt());
}

AnnotateView::~AnnotateView() = default;

void AnnotateView::buildLayout()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    m_emptyMessage = new QLabel(this);
    m_emptyMessage->setObjectName(QStringLiteral("emptyQueueMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_pages->addWidget(m_emptyMessage);

    m_workPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_workPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new QueueHeader(m_workPage);
    layout->addWidget(m_header);
    m_banner = new MessageBanner(m_workPage);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(12, 4, 12, 4);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);

    m_splitter = new QSplitter(Qt::Horizontal, m_workPage);
    m_splitter->setObjectName(QStringLiteral("annotateSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *left = new QSplitter(Qt::Vertical, m_splitter);
    left->setObjectName(QStringLiteral("textSplitter"));
    m_text = new ItemTextView(left);
    m_metadata = new MetadataPanel(left);
    m_metadata->hide();
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);

    auto *right = new QWidget(m_splitter);
    right->setObjectName(QStringLiteral("fieldPanel"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 8, 12, 8);
    rightLayout->setSpacing(6);
    m_fieldTabs = new QTabBar(right);
    m_fieldTabs->setObjectName(QStringLiteral("fieldTabs"));
    m_fieldTabs->setFocusPolicy(Qt::NoFocus);
    m_fieldTabs->setExpanding(false);
    m_fieldTabs->setDrawBase(true);
    rightLayout->addWidget(m_fieldTabs);
    m_fieldHint = new QLabel(right);
    m_fieldHint->setObjectName(QStringLiteral("hintText"));
    m_fieldHint->setWordWrap(true);
    rightLayout->addWidget(m_fieldHint);
    m_fieldStack = new QStackedWidget(right);
    m_picker = new LabelPicker(m_fieldStack);
    m_spanPanel = new SpanFieldPanel(m_fieldStack);
    m_fieldStack->addWidget(m_picker);
    m_fieldStack->addWidget(m_spanPanel);
    rightLayout->addWidget(m_fieldStack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 540});
    layout->addWidget(m_splitter, 1);

    auto *bar = new QWidget(m_workPage);
    bar->setObjectName(QStringLiteral("actionBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(12, 8, 12, 10);
    m_backButton = new QPushButton(tr("◀ Back"), bar);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setToolTip(tr("The item before this one (Alt+Left)"));
    m_forwardButton = new QPushButton(tr("Next ▶"), bar);
    m_forwardButton->setObjectName(QStringLiteral("forwardButton"));
    m_forwardButton->setToolTip(tr("Leave this item as it is (Alt+Right)"));
    m_skipButton = new QPushButton(tr("Skip…"), bar);
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_skipButton->setToolTip(tr("Take this item out of your queue, with a reason (Ctrl+K)"));
    auto *keys = new QLabel(tr("Enter submits · Ctrl+Z undoes · Ctrl+PgDown next field"), bar);
    keys->setObjectName(QStringLiteral("hintText"));
    m_submitButton = new QPushButton(tr("Submit"), bar);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setToolTip(tr("Store the answer and go to the next item (Enter, Ctrl+Enter)"));
    m_submitButton->setMinimumWidth(120);
    for (QPushButton *button : {m_backButton, m_forwardButton, m_skipButton, m_submitButton})
        button->setFocusPolicy(Qt::NoFocus);
    barLayout->addWidget(m_backButton);
    barLayout->addWidget(m_forwardButton);
    barLayout->addWidget(m_skipButton);
    barLayout->addStretch(1);
    barLayout->addWidget(keys);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_submitButton);
    layout->addWidget(bar);
    m_pages->addWidget(m_workPage);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this,
            [this] { m_header->setElapsed(m_flow.hasItem() ? m_flow.elapsedMs() : 0); });
}

void AnnotateView::connectSignals()
{
    connect(&m_flow, &ItemFlow::itemChanged, this, &AnnotateView::showItem);
    connect(&m_flow.draft(), &ItemDraft::valueChanged, this,
            [this](qint64 fieldId) { refreshField(fieldId); });
    connect(m_picker, &LabelPicker::labelChosen, this, [this](qint64 labelId) {
        if (const core::Field *field = activeFieldInfo())
            report(m_editor.chooseLabel(field->id, labelId));
    });
    connect(m_picker, &LabelPicker::labelRemoved, this, [this](qint64 labelId) {
        if (const core::Field *field = activeFieldInfo())
            report(m_editor.removeLabel(field->id, labelId));
    });
    connect(m_picker, &LabelPicker::enterUnused, this, &AnnotateView::submit);
    connect(m_text, &ItemTextView::labelKeyPressed, this, &AnnotateView::handleLabelKey);
    connect(m_text, &ItemTextView::numberKeyPressed, this, &AnnotateView::handleNumberKey);
    connect(m_text, &ItemTextView::removeKeyPressed, this, &AnnotateView::removeAtCursor);
    connect(m_text, &ItemTextView::enterPressed, this, &AnnotateView::submit);
    connect(m_text, &ItemTextView::escapePressed, this, &AnnotateView::focusSearch);
    connect(m_text, &ItemTextView::zoomRequested, this,
            [this](int steps) { setPointSize(m_pointSize + steps); });
    connect(m_text, &QTextEdit::cursorPositionChanged, this,
            [this] { m_spans->refresh(activeFieldInfo()); });
    connect(m_spanPanel, &SpanFieldPanel::legendLabelClicked, this, [this](qint64 labelId) {
        if (const core::Field *field = activeFieldInfo())
            report(m_spans->mark(field->id, labelId));
    });
    connect(m_spanPanel, &SpanFieldPanel::spanSelected, this, [this](int index) {
        if (const core::Field *field = activeFieldInfo())
            m_spans->showSpan(field->id, index);
    });
    connect(m_spanPanel, &SpanFieldPanel::removeRequested, this, [this](int index) {
        if (const core::Field *field = activeFieldInfo())
            report(m_editor.removeSpan(field->id, index));
    });
    connect(m_fieldTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index != m_active)
            setActiveField(index);
    });
    // A schema edited or items imported elsewhere in the window: take them in.
    connect(&m_session, &ProjectSession::schemaChanged, this, [this] {
        if (m_flow.isStarted())
            report(start());
    });
    connect(&m_session, &ProjectSession::itemsChanged, this, [this] {
        if (!m_flow.isStarted())
            return;
        report(m_flow.hasItem() ? m_flow.refreshItems() : start());
    });
    connect(&m_flow, &ItemFlow::suggestionsChanged, this, [this] {
        refreshSuggestions();
        m_header->setQueue(m_flow.position(), m_flow.handledCount() + m_flow.remaining(),
                           m_flow.isRevisiting());
        refreshProgress();
        if (m_metadata->isVisible())
            m_metadata->showItem(m_flow.item().item);
    });
    connect(m_backButton, &QPushButton::clicked, this, &AnnotateView::back);
    connect(m_forwardButton, &QPushButton::clicked, this, &AnnotateView::forward);
    connect(m_skipButton, &QPushButton::clicked, this, &AnnotateView::skip);
    connect(m_submitButton, &QPushButton::clicked, this, &AnnotateView::submit);
}

core::Status AnnotateView::start()
{
    m_spans->reset();
    m_fieldTabs->blockSignals(true);
    while (m_fieldTabs->count() > 0)
        m_fieldTabs->removeTab(0);
    for (const core::Field &field : m_session.fields())
        m_fieldTabs->addTab(qstr(field.name));
    m_fieldTabs->blockSignals(false);
    m_active = -1;
    m_clock->start();
    const core::Status started = m_flow.start();
    if (!started.ok())
        showEmpty();
    return started;
}

void AnnotateView::stop()
{
    m_clock->stop();
    m_flow.stop();
    m_active = -1;
    m_picker->setField(nullptr, nullptr);
    m_spanPanel->setField(nullptr);
    showEmpty();
}

bool AnnotateView::report(const core::Status &status)
{
    if (status.ok())
        return true;
    m_banner->showMessage(qstr(status.error().message),
                          status.error().code == core::ErrorCode::Validation
                              ? MessageBanner::Kind::Warning
                              : MessageBanner::Kind::Error);
    return false;
}

void AnnotateView::showEmpty()
{
    QString message;
    if (!m_session.isOpen())
        message = tr("No project is open.");
    else if (m_session.fields().empty())
        message = tr("This project has no fields yet.\nAdd fields and labels to its schema, "
                     "then come back to label.");
    else if (!m_flow.isStarted())
        message = tr("Choose who you are to start working.");
    else
        message = tr("Your queue is empty: nothing more to label for now.\nItems handled in "
                     "this session: %1.")
                      .arg(m_flow.handledCount());
    m_emptyMessage->setText(message);
    m_pages->setCurrentWidget(m_emptyMessage);
    m_header->setEmpty(message);
    emit navigationChanged();
}

void AnnotateView::showItem()
{
    if (!m_flow.hasItem()) {
        showEmpty();
        return;
    }
    const LoadedItem &item = m_flow.item();
    m_pages->setCurrentWidget(m_workPage);
    m_banner->dismiss();
    m_text->setItemText(item.text);
    m_editor.setText(item.text);
    if (m_metadata->isVisible())
        m_metadata->showItem(item.item);
    m_header->setQueue(m_flow.position(), m_flow.handledCount() + m_flow.remaining(),
                       m_flow.isRevisiting());
    m_header->setElapsed(m_flow.elapsedMs());
    refreshProgress();
    m_backButton->setEnabled(m_flow.canGoBack());
    m_forwardButton->setVisible(m_flow.isRevisiting());
    m_active = -1;
    setActiveField(m_session.fields().empty() ? -1 : 0);
    refreshTabs();
    m_spans->refresh(activeFieldInfo());
    emit navigationChanged();
}

void AnnotateView::refreshProgress()
{
    auto counts = m_session.project().items().stateCounts();
    if (!counts)
        return;
    std::int64_t total = 0;
    for (std::int64_t n : *counts)
        total += n;
    const auto count = [&](core::ItemState state) {
        return (*counts)[static_cast<std::size_t>(state)];
    };
    m_header->setProjectProgress(count(core::ItemState::Accepted) +
                                     count(core::ItemState::Conflict) +
                                     count(core::ItemState::Gold),
                                 total);
}

int AnnotateView::fieldIndex(std::int64_t fieldId) const
{
    const auto &fields = m_session.fields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].id == fieldId)
            return static_cast<int>(i);
    return -1;
}

const core::Field *AnnotateView::activeFieldInfo() const
{
    const auto &fields = m_session.fields();
    return m_active >= 0 && m_active < static_cast<int>(fields.size())
               ? &fields[static_cast<std::size_t>(m_active)]
               : nullptr;
}

void AnnotateView::setActiveField(int index, bool giveFocus)
{
    const auto &fields = m_session.fields();
    if (index < 0 || index >= static_cast<int>(fields.size()) || !m_flow.hasItem())
        return;
    m_active = index;
    m_fieldTabs->blockSignals(true);
    m_fieldTabs->setCurrentIndex(index);
    m_fieldTabs->blockSignals(false);
    const core::Field &field = fields[static_cast<std::size_t>(index)];
    auto taxonomy = m_session.taxonomy(field.id);
    if (field.isChoice()) {
        if (m_picker->taxonomy() != taxonomy.get())
            m_picker->setField(taxonomy, &m_session.labelSearch(field.id));
        m_picker->clearSearch();
        refreshSuggestions();
        m_fieldStack->setCurrentWidget(m_picker);
        m_fieldHint->setText(field.kind == core::FieldKind::SingleChoice
                                 ? tr("Choose one label. Type to search, ↑↓ to move, Enter to "
                                      "choose.")
                                 : tr("Choose any number of labels. Enter or 1–9 adds or "
                                      "removes one."));
        if (giveFocus)
            m_picker->focusSearch();
    } else {
        m_spanPanel->setField(taxonomy);
        m_fieldStack->setCurrentWidget(m_spanPanel);
        m_fieldHint->setText(field.description.empty() ? QString() : qstr(field.description));
        if (giveFocus)
            m_text->setFocus(Qt::OtherFocusReason);
    }
    m_fieldHint->setVisible(!m_fieldHint->text().isEmpty());
    refreshField(field.id);
}

void AnnotateView::refreshSuggestions()
{
    const core::Field *field = activeFieldInfo();
    if (!field || !field->isChoice() || !m_flow.hasItem())
        return;
    auto taxonomy = m_session.taxonomy(field->id);
    if (!taxonomy)
        return;
    std::vector<core::Choice> model;
    const LoadedItem &item = m_flow.item();
    if (m_session.policy().modelMode == core::ModelMode::Suggest)
        if (auto found = item.modelChoices.find(field->id); found != item.modelChoices.end())
            model = found->second;
    m_picker->setSuggestions(buildSuggestions(*taxonomy, model, m_session.policy().suggestionCount,
                                              m_flow.recentLabels().list(field->id)));
}

void AnnotateView::setQueueOrder(core::QueueOrder order)
{
    report(m_flow.setQueueOrder(order));
}

void AnnotateView::refreshField(std::int64_t fieldId)
{
    const core::Field *field = activeFieldInfo();
    if (field && field->id == fieldId) {
        const core::AnnotationValue &value = m_flow.draft().value(fieldId);
        if (field->isChoice()) {
            std::vector<std::int64_t> chosen;
            for (const core::Choice &choice : value.choices)
                chosen.push_back(choice.labelId);
            m_picker->setChosen(chosen);
        }
    }
    const core::Field *changed = m_session.field(fieldId);
    if (changed && changed->kind == core::FieldKind::Spans)
        m_spans->refresh(field);
    refreshTabs();
}

void AnnotateView::refreshTabs()
{
    const auto &fields = m_session.fields();
    for (std::size_t i = 0; i < fields.size() && static_cast<int>(i) < m_fieldTabs->count(); ++i) {
        const core::AnnotationValue &value = m_flow.draft().value(fields[i].id);
        const bool answered = !value.choices.empty() || !value.spans.empty();
        QString text = qstr(fields[i].name);
        if (fields[i].kind == core::FieldKind::Spans)
            text += QStringLiteral("  %1").arg(value.spans.size());
        else if (answered)
            text += QStringLiteral("  ✓");
        m_fieldTabs->setTabText(static_cast<int>(i), text);
    }
}

void AnnotateView::handleLabelKey(const QString &key)
{
    const core::Field *active = activeFieldInfo();
    if (!active)
        return;
    if (key == QStringLiteral("/")) {
        focusSearch();
        return;
    }
    if (auto found = m_spans->labelForKey(key, active)) {
        if (found->first != active->id)
            setActiveField(fieldIndex(found->first), false);
        if (report(m_spans->mark(found->first, found->second)))
            m_banner->dismiss();
        return;
    }
    if (active->isChoice()) {
        // Typing in the text starts a label search.
        m_picker->focusSearch();
        m_picker->setQuery(m_picker->query() + key);
        return;
    }
    m_banner->showMessage(tr("No label of “%1” has the key “%2”.").arg(qstr(active->name), key),
                          MessageBanner::Kind::Warning);
}

void AnnotateView::handleNumberKey(int number)
{
    const core::Field *active = activeFieldInfo();
    if (active && active->isChoice() && !m_picker->pickSuggestion(number))
        m_banner->showMessage(tr("There is no suggestion %1.").arg(number),
                              MessageBanner::Kind::Warning);
}

void AnnotateView::removeAtCursor()
{
    const core::Field *active = activeFieldInfo();
    if (active && active->kind == core::FieldKind::Spans)
        report(m_spans->removeAtCursor(active->id));
}

void AnnotateView::submit()
{
    if (!m_flow.hasItem())
        return;
    if (auto missing = m_flow.unansweredField()) {
        setActiveField(fieldIndex(*missing));
        const core::Field *field = m_session.field(*missing);
        m_banner->showMessage(
            tr("Choose a label for “%1” first.").arg(field ? qstr(field->name) : QString()),
            MessageBanner::Kind::Warning);
        return;
    }
    report(m_flow.submit());
}

void AnnotateView::skip()
{
    if (!m_flow.hasItem())
        return;
    SkipDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        skipWithReason(dialog.reason());
}

void AnnotateView::skipWithReason(const QString &reason)
{
    if (report(m_flow.skip(reason)))
        m_banner->showMessage(tr("Skipped: %1").arg(reason));
}

void AnnotateView::back()
{
    report(m_flow.back());
}

void AnnotateView::forward()
{
    report(m_flow.forward());
}

void AnnotateView::nextField()
{
    const int count = static_cast<int>(m_session.fields().size());
    if (count > 1)
        setActiveField((m_active + 1) % count);
}

void AnnotateView::previousField()
{
    const int count = static_cast<int>(m_session.fields().size());
    if (count > 1)
        setActiveField((m_active + count - 1) % count);
}

void AnnotateView::setPointSize(int points)
{
    m_pointSize = std::clamp(points, kMinPointSize, kMaxPointSize);
    m_text->setTextPointSize(m_pointSize);
    QSettings().setValue(kPointSizeKey, m_pointSize);
}

void AnnotateView::zoomIn()
{
    setPointSize(m_pointSize + 1);
}

void AnnotateView::zoomOut()
{
    setPointSize(m_pointSize - 1);
}

void AnnotateView::zoomReset()
{
    setPointSize(kDefaultPointSize);
}

bool AnnotateView::isMetadataVisible() const
{
    return !m_metadata->isHidden();
}

void AnnotateView::setMetadataVisible(bool visible)
{
    m_metadata->setVisible(visible);
    if (visible && m_flow.hasItem())
        m_metadata->showItem(m_flow.item().item);
}

void AnnotateView::focusSearch()
{
    const core::Field *active = activeFieldInfo();
    if (active && active->isChoice())
        m_picker->focusSearch();
}

} // namespace assay::gui
