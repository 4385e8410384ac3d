#include "data/LabelFilterEdit.h"

#include "labels/LabelRoles.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <algorithm>

namespace assay::gui {
namespace {

constexpr int kFieldRole = LabelIdRole + 100;

} // namespace

LabelFilterEdit::LabelFilterEdit(ProjectSession &session, QWidget *parent)
    : QLineEdit(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("labelFilter"));
    setPlaceholderText(tr("Any label"));
    setClearButtonEnabled(true);
    m_offers = new QStandardItemModel(this);
    m_completer = new QCompleter(m_offers, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &LabelFilterEdit::choose);
    connect(this, &QLineEdit::textEdited, this, &LabelFilterEdit::offer);
}

void LabelFilterEdit::offer(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_offers->clear();
        m_completer->popup()->hide();
        clearLabel();
        return;
    }
    struct Offer {
        std::int64_t fieldId;
        core::LabelMatch match;
    };
    std::vector<Offer> offers;
    for (const core::Field &field : m_session.fields())
        for (const core::LabelMatch &match :
             m_session.labelSearch(field.id).search(stdstr(text.trimmed()), kOffered))
            offers.push_back({field.id, match});
    std::stable_sort(offers.begin(), offers.end(),
                     [](const Offer &a, const Offer &b) { return a.match.score > b.match.score; });
    if (offers.size() > kOffered)
        offers.resize(kOffered);
    m_offers->clear();
    const bool severalFields = m_session.fields().size() > 1;
    for (const Offer &offer : offers) {
        auto taxonomy = m_session.taxonomy(offer.fieldId);
        const core::Label *label = taxonomy ? taxonomy->byId(offer.match.labelId) : nullptr;
        if (!label)
            continue;
        QString shown = qstr(label->path);
        if (severalFields)
            shown += QStringLiteral("  (%1)").arg(qstr(taxonomy->field().name));
        auto *row = new QStandardItem(shown);
        row->setData(QVariant::fromValue<qint64>(label->id), LabelIdRole);
        row->setData(QVariant::fromValue<qint64>(offer.fieldId), kFieldRole);
        m_offers->appendRow(row);
    }
    m_completer->complete();
}

void LabelFilterEdit::choose(const QModelIndex &index)
{
    setLabel(index.data(kFieldRole).toLongLong(), index.data(LabelIdRole).toLongLong());
}

void LabelFilterEdit::setLabel(std::int64_t fieldId, std::int64_t labelId)
{
    auto taxonomy = m_session.taxonomy(fieldId);
    const core::Label *label = taxonomy ? taxonomy->byId(labelId) : nullptr;
    if (!label)
        return;
    setText(qstr(label->path));
    m_labelId = labelId;
    emit labelChanged();
}

void LabelFilterEdit::clearLabel()
{
    if (!m_labelId)
        return;
    m_labelId.reset();
    emit labelChanged();
}

} // namespace assay::gui
