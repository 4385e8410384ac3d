#include "window/FilePrompt.h"

#include <QFileDialog>

namespace assay::gui {
namespace {

FilePrompt::Answerer &answerer()
{
    static FilePrompt::Answerer instance;
    return instance;
}

} // namespace

QString FilePrompt::openFile(QWidget *parent, const QString &title, const QString &directory,
                             const QString &filter)
{
    if (answerer())
        return answerer()(title, filter);
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

void FilePrompt::setAnswerer(Answerer next)
{
    answerer() = std::move(next);
}

} // namespace assay::gui
