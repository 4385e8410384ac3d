#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// JSON value kinds as the scanner sees them.
enum class JsonKind { String, Number, Object, Array, True, False, Null };

/// One top-level member of a scanned object: the key decoded, the value as raw JSON text.
struct JsonMember {
    std::string key;
    std::string_view raw;
    JsonKind kind = JsonKind::Null;
};

/// Where and why a scan failed.
struct JsonScanError {
    std::size_t offset = 0; ///< byte offset in the scanned text
    std::string message;
};

/// A strict, allocation-light JSON validator that splits one object into its top-level
/// members without building a document. It is what makes JSONL import fast; values that
/// are needed are decoded on demand. The input must already be valid UTF-8.
class JsonScanner
{
public:
    /// Validates `text` as exactly one JSON object (surrounding whitespace allowed) and
    /// lists its members in order. Returns false and fills `error` when it is not.
    static bool scanObject(std::string_view text, std::vector<JsonMember> &members,
                           JsonScanError &error);

    /// Decodes a raw JSON string literal (with its quotes) into UTF-8, resolving escapes.
    /// The literal must have been validated by scanObject.
    static std::string decodeString(std::string_view raw);

    /// Readable name of a kind ("a string", "a number", …) for messages.
    static const char *kindName(JsonKind kind);

private:
    JsonScanner(std::string_view text)
        : m_text(text)
    {}
    void skipSpace();
    bool value(JsonKind &kind, int depth);
    bool string();
    bool number();
    bool literal(std::string_view word);
    bool fail(std::string message);

    std::string_view m_text;
    std::size_t m_pos = 0;
    JsonScanError m_error;
};

} // namespace assay::core
