#include "import/ImportFilePage.h"

#include "import/ImportWizard.h"
#include "project/CoreStrings.h"
#include "window/FilePrompt.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace assay::gui {
namespace {

QString droppedFile(const QMimeData *data)
{
    const auto urls = data->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return {};
    const QString path = urls.front().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

QString formatDescription(const QString &path)
{
    switch (core::guessItemFormat(stdstr(path))) {
    case core::ItemFormat::Csv:
        return ImportFilePage::tr("CSV");
    case core::ItemFormat::Tsv:
        return ImportFilePage::tr("TSV");
    case core::ItemFormat::Text:
        return ImportFilePage::tr("plain text");
    case core::ItemFormat::Auto:
    case core::ItemFormat::Jsonl:
        break;
    }
    return ImportFilePage::tr("JSON Lines");
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a File"));
    setSubTitle(tr("Items come from JSON Lines, CSV, TSV or plain text files. Choose a file or "
                   "drop one on this page."));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("Path of the file to import"));
    m_path->setClearButtonEnabled(true);
    m_path->setAcceptDrops(false); // a dropped file goes to the page, not into the text
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    m_dropArea = new QLabel(tr("Drop a file here"), this);
    m_dropArea->setObjectName(QStringLiteral("importDropArea"));
    m_dropArea->setAlignment(Qt::AlignCenter);
    m_dropArea->setMinimumHeight(160);
    layout->addWidget(m_dropArea, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateInfo();
        emit completeChanged();
    });
    updateInfo();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(path());
    return !path().isEmpty() && info.isFile() && info.isReadable();
}

bool ImportFilePage::validatePage()
{
    const QString chosen = QFileInfo(path()).absoluteFilePath();
    core::ImportOptions &options = m_wizard.options();
    if (options.path != stdstr(chosen)) {
        // A new file: its columns are chosen afresh.
        options.path = stdstr(chosen);
        options.textField = "text";
        options.idField.clear();
        options.format = core::ItemFormat::Auto;
    }
    QSettings().setValue(QStringLiteral("import/lastDirectory"), QFileInfo(chosen).absolutePath());
    return true;
}

void ImportFilePage::browse()
{
    const QString start = path().isEmpty()
                              ? QSettings().value(QStringLiteral("import/lastDirectory")).toString()
                              : QFileInfo(path()).absolutePath();
    const QString chosen = FilePrompt::openFile(
        this, tr("Import Items"), start,
        tr("Item files (*.jsonl *.ndjson *.json *.csv *.tsv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportFilePage::updateInfo()
{
    const QString file = path();
    if (file.isEmpty()) {
        m_info->setText(QString());
        return;
    }
    const QFileInfo info(file);
    if (!info.exists()) {
        m_info->setText(tr("There is no file at this path."));
        return;
    }
    if (!info.isFile() || !info.isReadable()) {
        m_info->setText(tr("This is not a file that can be read."));
        return;
    }
    m_info->setText(tr("%1 · %2 · %3 by its extension")
                        .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                             formatDescription(file)));
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setPath(path);
}

} // namespace assay::gui
