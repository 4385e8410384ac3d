#include "io/JsonlItemSource.h"

#include "io/JsonWriter.h"
#include "text/Utf8.h"

namespace assay::core {
namespace {

// Finds a member by a dotted path; nested objects are scanned on demand.
const JsonMember *findMember(const std::vector<JsonMember> &members, std::string_view path,
                             std::vector<JsonMember> &scratch, std::string_view &topKey)
{
    for (const JsonMember &m : members)
        if (m.key == path) {
            topKey = m.key;
            return &m;
        }
    const auto dot = path.find('.');
    if (dot == std::string_view::npos)
        return nullptr;
    for (const JsonMember &m : members) {
        if (m.key != path.substr(0, dot) || m.kind != JsonKind::Object)
            continue;
        JsonScanError ignored;
        std::vector<JsonMember> nested;
        if (!JsonScanner::scanObject(m.raw, nested, ignored))
            return nullptr;
        std::string_view innerTop;
        const JsonMember *found = findMember(nested, path.substr(dot + 1), scratch, innerTop);
        if (!found)
            return nullptr;
        scratch.push_back(*found);
        topKey = m.key;
        return &scratch.back();
    }
    return nullptr;
}

// Appends `raw` (an object) compacted, without the member that the dotted `path` names,
// the way findMember() finds it. False when nothing would be left of the object.
bool appendObjectWithout(std::string &out, std::string_view raw, std::string_view path)
{
    std::vector<JsonMember> members;
    JsonScanError ignored;
    if (!JsonScanner::scanObject(raw, members, ignored))
        return false;
    bool exact = false;
    for (const JsonMember &m : members)
        exact = exact || m.key == path;
    const auto dot = path.find('.');
    std::string object;
    for (const JsonMember &m : members) {
        if (exact && m.key == path)
            continue;
        std::string value;
        if (!exact && dot != std::string_view::npos && m.key == path.substr(0, dot) &&
            m.kind == JsonKind::Object) {
            if (!appendObjectWithout(value, m.raw, path.substr(dot + 1)))
                continue;
        } else {
            appendCompactJson(value, m.raw);
        }
        object += object.empty() ? '{' : ',';
        appendJsonString(object, m.key);
        object += ':';
        object += value;
    }
    if (object.empty())
        return false;
    out += object;
    out += '}';
    return true;
}

std::string memberList(const std::vector<JsonMember> &members)
{
    std::string list;
    for (const JsonMember &m : members) {
        if (!list.empty())
            list += ", ";
        list += m.key;
    }
    return list.empty() ? "none" : list;
}

} // namespace

JsonlItemSource::JsonlItemSource(std::unique_ptr<InputFile> input, const ImportOptions &options)
    : ItemSource(std::move(input), options)
    , m_lines(*m_input, options.maxLineBytes)
    , m_idField(options.idField.empty() ? "id" : options.idField)
    , m_idRequired(!options.idField.empty())
{}

ReadStatus JsonlItemSource::next(ItemRecord &record, Error &error)
{
    std::string_view line;
    while (true) {
        auto got = m_lines.next(line);
        if (!got) {
            error = got.error();
            if (m_lines.skippedLongLine()) {
                record.line = m_lines.lineNumber();
                return ReadStatus::RowError;
            }
            return ReadStatus::Fatal;
        }
        if (!*got)
            return ReadStatus::End;
        if (line.find_first_not_of(" \t\r") != std::string_view::npos)
            break;
    }
    const std::int64_t lineNo = m_lines.lineNumber();
    const std::string &path = m_input->path();
    record.line = lineNo;
    if (!checkUtf8(line, lineNo, error))
        return ReadStatus::RowError;

    if (line.substr(0, 3) == "\xEF\xBB\xBF") {
        error = Error(ErrorCode::ParseError,
                      "a byte-order mark starts this line, as if files were joined together; "
                      "remove it",
                      path, lineNo, 1);
        return ReadStatus::RowError;
    }
    JsonScanError scanError;
    if (!JsonScanner::scanObject(line, m_members, scanError)) {
        error =
            Error(ErrorCode::ParseError, "invalid JSON: " + scanError.message, path, lineNo,
                  static_cast<std::int64_t>(utf8::length(line.substr(0, scanError.offset))) + 1);
        return ReadStatus::RowError;
    }

    std::vector<JsonMember> scratch;
    scratch.reserve(4);
    std::string_view textTop;
    const JsonMember *text = findMember(m_members, m_options.textField, scratch, textTop);
    if (!text) {
        error = Error(ErrorCode::Validation,
                      "no member '" + m_options.textField + "' (members: " + memberList(m_members) +
                          "); choose the text with --text-field",
                      path, lineNo);
        return ReadStatus::RowError;
    }
    if (text->kind != JsonKind::String) {
        error = Error(ErrorCode::Validation,
                      "'" + m_options.textField + "' is " + JsonScanner::kindName(text->kind) +
                          ", expected a string",
                      path, lineNo);
        return ReadStatus::RowError;
    }
    record.text = JsonScanner::decodeString(text->raw);

    std::string_view idTop;
    const JsonMember *id = findMember(m_members, m_idField, scratch, idTop);
    record.externalId.reset();
    if (id && id->kind == JsonKind::String) {
        record.externalId = JsonScanner::decodeString(id->raw);
    } else if (id && id->kind == JsonKind::Number) {
        record.externalId = std::string(id->raw);
    } else if (id && id->kind != JsonKind::Null) {
        error = Error(ErrorCode::Validation,
                      "id '" + m_idField + "' is " + JsonScanner::kindName(id->kind) +
                          ", expected a string or a number",
                      path, lineNo);
        return ReadStatus::RowError;
    } else if (m_idRequired) {
        error = Error(ErrorCode::Validation, "no id member '" + m_idField + "'", path, lineNo);
        return ReadStatus::RowError;
    }

    record.meta.clear();
    const bool nestedText = textTop != m_options.textField;
    for (const JsonMember &m : m_members) {
        if ((m.key == textTop && !nestedText) || (id && m.key == idTop && idTop == m_idField))
            continue;
        std::string value;
        if (m.key == textTop) {
            // The text sits inside this object: keep its other members.
            if (!appendObjectWithout(
                    value, m.raw, std::string_view(m_options.textField).substr(textTop.size() + 1)))
                continue;
        } else {
            appendCompactJson(value, m.raw);
        }
        record.meta += record.meta.empty() ? '{' : ',';
        appendJsonString(record.meta, m.key);
        record.meta += ':';
        record.meta += value;
    }
    if (!record.meta.empty())
        record.meta += '}';
    return finishText(record, error) ? ReadStatus::Item : ReadStatus::RowError;
}

} // namespace assay::core
