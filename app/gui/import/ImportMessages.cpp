#include "import/ImportMessages.h"

#include "project/CoreStrings.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <functional>
#include <vector>

namespace assay::gui {
namespace {

/// One message of the core's importers, and how to say it here.
struct Rewrite {
    QRegularExpression pattern;
    std::function<QString(const QRegularExpressionMatch &)> say;
};

QString where(const QString &line, const QString &item)
{
    return item.isEmpty() ? ImportMessages::tr("line %1").arg(line)
                          : ImportMessages::tr("item %1 already in the project").arg(item);
}

const std::vector<Rewrite> &rewrites()
{
    static const QString at = QStringLiteral("(?:line (\\d+)|item (\\d+) already in the project)");
    static const std::vector<Rewrite> table = {
        {QRegularExpression(QStringLiteral("^duplicate id '(.*)': same id as ") + at + "$"),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("duplicate id “%1”: the same id as %2")
                 .arg(m.captured(1), where(m.captured(2), m.captured(3)));
         }},
        {QRegularExpression(QStringLiteral("^duplicate text: same as ") + at + "$"),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("duplicate text: the same as %1")
                 .arg(where(m.captured(1), m.captured(2)));
         }},
        {QRegularExpression(QStringLiteral("^expected (\\d+) columns, found (\\d+)")),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("expected %1 columns, found %2 (is a comma inside a value "
                                       "not quoted?)")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^the text is empty$")),
         [](const QRegularExpressionMatch &) {
             return ImportMessages::tr("the text is empty");
         }},
        {QRegularExpression(QStringLiteral("^invalid UTF-8(;.*)?$")),
         [](const QRegularExpressionMatch &m) {
             return m.captured(1).isEmpty()
                        ? ImportMessages::tr("not valid UTF-8")
                        : ImportMessages::tr("not valid UTF-8; if the file comes from an older "
                                             "Chinese system, choose the encoding GB18030");
         }},
        {QRegularExpression(QStringLiteral("^invalid JSON: (.*)$")),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("invalid JSON: %1").arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^no (?:member|column) '(.*)' (?:in the header )?"
                                           "\\((?:members|columns): (.*)\\)")),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("there is no column “%1” (the file has: %2); choose the "
                                       "columns on the Format page")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^the id column '(.*)' is empty$")),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("the id column “%1” is empty").arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^no id member '(.*)'$")),
         [](const QRegularExpressionMatch &m) {
             return ImportMessages::tr("the id “%1” is missing").arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^the file is empty; expected a header row$")),
         [](const QRegularExpressionMatch &) {
             return ImportMessages::tr("the file is empty; a header row was expected");
         }},
    };
    return table;
}

} // namespace

QString ImportMessages::reason(const std::string &message)
{
    const QString text = qstr(message);
    for (const Rewrite &rewrite : rewrites())
        if (const auto match = rewrite.pattern.match(text); match.hasMatch())
            return rewrite.say(match);
    return text;
}

QString ImportMessages::rowError(const core::Error &error)
{
    QString place;
    if (!error.file.empty()) {
        place = QFileInfo(qstr(error.file)).fileName();
        if (error.line > 0)
            place += QStringLiteral(":%1").arg(error.line);
        if (error.column > 0)
            place += QStringLiteral(":%1").arg(error.column);
    }
    const QString why = reason(error.message);
    return place.isEmpty() ? why : QStringLiteral("%1: %2").arg(place, why);
}

} // namespace assay::gui
