#include "search/TextContains.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <cstring>
#include <sqlite3.h>

namespace assay::core {
namespace {

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool containsIgnoringAsciiCase(std::string_view text, std::string_view needle)
{
    // Find candidates by the first byte in either case, then compare the rest folded.
    const char first = needle.front();
    const char other = isAsciiLetter(first) ? static_cast<char>(first - 'a' + 'A') : first;
    const std::size_t last = text.size() - needle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        const char c = text[i];
        if (c != first && c != other)
            continue;
        std::size_t k = 1;
        while (k < needle.size() && lowerAscii(text[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

void containsFunction(sqlite3_context *context, int, sqlite3_value **args)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
    if (!text) {
        sqlite3_result_int(context, 0);
        return;
    }
    const std::string_view haystack(text, static_cast<std::size_t>(sqlite3_value_bytes(args[0])));
    const auto *needleText = reinterpret_cast<const char *>(sqlite3_value_text(args[1]));
    const std::string_view needle(needleText ? needleText : "",
                                  static_cast<std::size_t>(sqlite3_value_bytes(args[1])));
    sqlite3_result_int(context, textContains(haystack, needle, sqlite3_value_int(args[2]) != 0));
}

} // namespace

bool textContains(std::string_view text, std::string_view needle, bool ignoreAsciiCase)
{
    if (needle.empty())
        return true;
    if (needle.size() > text.size())
        return false;
    bool hasLetters = false;
    for (char c : needle)
        hasLetters = hasLetters || isAsciiLetter(c);
    if (ignoreAsciiCase && hasLetters)
        return containsIgnoringAsciiCase(text, needle);
    // glibc's memmem is a vectorised two-way search: far faster than a byte loop.
    return ::memmem(text.data(), text.size(), needle.data(), needle.size()) != nullptr;
}

Status registerTextContains(Database &db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "assay_contains", 3,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, containsFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db.handle(), rc, "registering the text search function");
    return {};
}

} // namespace assay::core
