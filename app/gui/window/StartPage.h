#pragma once

#include <QWidget>

class QListWidget;

namespace assay::gui {

/// What the window shows with no project open: create or open one, pick a recent project,
/// or drop a project file on the window.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Lists the recent projects again.
    void refresh();

signals:
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectChosen(const QString &path);

private:
    QListWidget *m_recent = nullptr;
};

} // namespace assay::gui
