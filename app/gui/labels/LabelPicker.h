#pragma once

#include "labels/Suggestion.h"
#include "search/LabelSearch.h"

#include <QWidget>
#include <memory>
#include <unordered_set>
#include <vector>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace assay::gui {

class LabelInfoView;
class LabelResultModel;
class SuggestionStrip;
class TaxonomyTreeModel;

/// Chooses labels of one choice field from a taxonomy of thousands, by keyboard first:
/// suggestions on keys 1–9, a search box that filters as you type (name, path, aliases,
/// pinyin, English), arrow keys and Enter, a browsable tree, and the highlighted label's
/// guideline beside it. Enter with nothing to choose asks to submit (enterUnused).
class LabelPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::size_t kSearchLimit = 300;

    explicit LabelPicker(QWidget *parent = nullptr);
    ~LabelPicker() override;

    /// Shows the labels of `taxonomy`, found with `search` (which must outlive the picker's
    /// use of it). Clears the search box and the suggestions.
    void setField(std::shared_ptr<const core::Taxonomy> taxonomy, const core::LabelSearch *search);
    const core::Taxonomy *taxonomy() const { return m_taxonomy.get(); }
    /// Offers `suggestions` on keys 1–9.
    void setSuggestions(std::vector<Suggestion> suggestions);
    /// The labels in the current answer, in the order chosen.
    void setChosen(const std::vector<std::int64_t> &chosen);

    /// Types `query` into the search box, filtering the list as typing does.
    void setQuery(const QString &query);
    /// What is typed in the search box.
    QString query() const;
    /// Empties the search box and returns to the tree.
    void clearSearch();
    /// Gives the search box the keyboard.
    void focusSearch();

    /// The highlighted label (0 when none).
    std::int64_t highlightedLabel() const;
    /// Picks suggestion `number` (1-based); false when there is no such suggestion.
    bool pickSuggestion(int number);
    /// Rows the result list holds (all matches, loaded or not).
    std::size_t matchCount() const;

signals:
    /// The user chose `labelId` (to set it, or for multiple choice to toggle it).
    void labelChosen(qint64 labelId);
    /// The user removed `labelId` from the answer.
    void labelRemoved(qint64 labelId);
    /// Enter was pressed with nothing to choose: the caller submits.
    void enterUnused();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &query);
    bool handleSearchKey(QKeyEvent *event);
    bool activateHighlighted();
    void activate(const QModelIndex &index);
    void showInTree(std::int64_t labelId);
    void highlightChanged();
    void updateChosenText();
    QListView *resultsView() const { return m_results; }

    std::shared_ptr<const core::Taxonomy> m_taxonomy;
    const core::LabelSearch *m_search = nullptr;
    std::vector<std::int64_t> m_chosen;
    std::unordered_set<std::int64_t> m_chosenSet;
    bool m_treeArmed = false; ///< the user moved in the tree since the last choice

    QLabel *m_chosenLabel = nullptr;
    QLabel *m_suggestCaption = nullptr;
    SuggestionStrip *m_strip = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_results = nullptr;
    QTreeView *m_tree = nullptr;
    LabelInfoView *m_info = nullptr;
    QLabel *m_status = nullptr;
    LabelResultModel *m_resultModel = nullptr;
    TaxonomyTreeModel *m_treeModel = nullptr;
};

} // namespace assay::gui
