#include "io/JsonScanner.h"

#include "text/Utf8.h"

#include <cstdint>
#include <cstring>

namespace assay::core {
namespace {

constexpr int kMaxDepth = 512;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether any of the eight bytes at `p` ends a run of plain string content: a quote, a
// backslash or a control character (the classic word-at-a-time byte tests, exact as a
// yes/no answer).
bool hasStringStop(const char *p)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    const auto hasZero = [](std::uint64_t v) {
        return (v - ones) & ~v & highs;
    };
    const std::uint64_t quote = hasZero(word ^ (ones * '"'));
    const std::uint64_t backslash = hasZero(word ^ (ones * '\\'));
    const std::uint64_t control = (word - ones * 0x20) & ~word & highs;
    return (quote | backslash | control) != 0;
}

} // namespace

const char *JsonScanner::kindName(JsonKind kind)
{
    switch (kind) {
    case JsonKind::String:
        return "a string";
    case JsonKind::Number:
        return "a number";
    case JsonKind::Object:
        return "an object";
    case JsonKind::Array:
        return "an array";
    case JsonKind::True:
    case JsonKind::False:
        return "a boolean";
    case JsonKind::Null:
        return "null";
    }
    return "a value";
}

bool JsonScanner::fail(std::string message)
{
    m_error.offset = m_pos;
    m_error.message = std::move(message);
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonScanner::string()
{
    // m_text[m_pos] == '"'
    ++m_pos;
    const std::size_t size = m_text.size();
    while (m_pos < size) {
        // Jump to the next quote, backslash or control character: eight bytes at a time
        // while none of them is one, then byte by byte.
        const char *base = m_text.data();
        std::size_t i = m_pos;
        while (i + 8 <= size && !hasStringStop(base + i))
            i += 8;
        while (i < size) {
            const auto c = static_cast<unsigned char>(base[i]);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ++i;
        }
        m_pos = i;
        if (m_pos >= size)
            break;
        const auto c = static_cast<unsigned char>(base[m_pos]);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail("control character inside a string (escape it, e.g. \\n)");
        // Backslash escape.
        if (m_pos + 1 >= size)
            break;
        const char e = base[m_pos + 1];
        if (e == 'u') {
            if (m_pos + 6 > size)
                return fail("incomplete \\u escape");
            for (int k = 2; k < 6; ++k)
                if (hexValue(base[m_pos + k]) < 0)
                    return fail("bad \\u escape: expected four hex digits");
            m_pos += 6;
        } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
            m_pos += 2;
        } else {
            ++m_pos;
            return fail(std::string("unknown escape '\\") + e + "'");
        }
    }
    return fail("unterminated string");
}

bool JsonScanner::number()
{
    const std::size_t start = m_pos;
    if (m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
        return fail("bad number");
    if (m_text[m_pos] == '0') {
        ++m_pos;
    } else {
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
            return fail("bad number: digits must follow '.'");
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
            return fail("bad number: digits must follow the exponent");
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    return m_pos > start;
}

bool JsonScanner::literal(std::string_view word)
{
    if (m_text.substr(m_pos, word.size()) != word)
        return fail("unexpected character");
    m_pos += word.size();
    return true;
}

bool JsonScanner::value(JsonKind &kind, int depth)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return fail("a value is missing");
    if (depth > kMaxDepth)
        return fail("nested too deeply");
    const char c = m_text[m_pos];
    switch (c) {
    case '"':
        kind = JsonKind::String;
        return string();
    case '{': {
        kind = JsonKind::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name in double quotes");
            if (!string())
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':' after a member name");
            ++m_pos;
            JsonKind inner;
            if (!value(inner, depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}' in an object");
        }
    }
    case '[': {
        kind = JsonKind::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            JsonKind inner;
            if (!value(inner, depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or ']' in an array");
        }
    }
    case 't':
        kind = JsonKind::True;
        return literal("true");
    case 'f':
        kind = JsonKind::False;
        return literal("false");
    case 'n':
        kind = JsonKind::Null;
        return literal("null");
    default:
        if (c == '-' || isDigit(c)) {
            kind = JsonKind::Number;
            return number();
        }
        return fail(std::string("unexpected character '") + c + "'");
    }
}

bool JsonScanner::scanObject(std::string_view text, std::vector<JsonMember> &members,
                             JsonScanError &error)
{
    members.clear();
    JsonScanner s(text);
    s.skipSpace();
    if (s.m_pos >= text.size() || text[s.m_pos] != '{') {
        s.fail(s.m_pos >= text.size() ? "empty line where a JSON object was expected"
                                      : "expected a JSON object starting with '{'");
        error = s.m_error;
        return false;
    }
    ++s.m_pos;
    s.skipSpace();
    bool ok = true;
    if (s.m_pos < text.size() && text[s.m_pos] == '}') {
        ++s.m_pos;
    } else {
        while (true) {
            s.skipSpace();
            if (s.m_pos >= text.size() || text[s.m_pos] != '"') {
                ok = s.fail("expected a member name in double quotes");
                break;
            }
            const std::size_t keyStart = s.m_pos;
            if (!(ok = s.string()))
                break;
            JsonMember member;
            member.key = decodeString(text.substr(keyStart, s.m_pos - keyStart));
            s.skipSpace();
            if (s.m_pos >= text.size() || text[s.m_pos] != ':') {
                ok = s.fail("expected ':' after a member name");
                break;
            }
            ++s.m_pos;
            s.skipSpace();
            const std::size_t valueStart = s.m_pos;
            if (!(ok = s.value(member.kind, 1)))
                break;
            member.raw = text.substr(valueStart, s.m_pos - valueStart);
            members.push_back(std::move(member));
            s.skipSpace();
            if (s.m_pos < text.size() && text[s.m_pos] == ',') {
                ++s.m_pos;
                continue;
            }
            if (s.m_pos < text.size() && text[s.m_pos] == '}') {
                ++s.m_pos;
                break;
            }
            ok = s.fail(s.m_pos >= text.size() ? "the object is not closed (missing '}')"
                                               : "expected ',' or '}' in an object");
            break;
        }
    }
    if (ok) {
        s.skipSpace();
        if (s.m_pos < text.size())
            ok = s.fail("unexpected text after the JSON object");
    }
    if (!ok)
        error = s.m_error;
    return ok;
}

std::string JsonScanner::decodeString(std::string_view raw)
{
    std::string out;
    if (raw.size() < 2)
        return out;
    raw = raw.substr(1, raw.size() - 2);
    out.reserve(raw.size());
    std::size_t clean = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        out.append(raw.data() + clean, i - clean);
        const char e = raw[i + 1];
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'u': {
            auto hex4 = [&](std::size_t at) {
                char32_t v = 0;
                for (std::size_t k = 0; k < 4; ++k)
                    v = v * 16 + static_cast<char32_t>(hexValue(raw[at + k]));
                return v;
            };
            char32_t cp = hex4(i + 2);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < raw.size() + 1 &&
                raw.substr(i + 2, 2) == "\\u") {
                const char32_t low = hex4(i + 4);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = utf8::kReplacement; // a lone surrogate has no UTF-8 form
            utf8::append(out, cp);
            break;
        }
        default:
            out += e;
            break; // '"', '\\', '/'
        }
        ++i;
        clean = i + 1;
    }
    out.append(raw.data() + clean, raw.size() - clean);
    return out;
}

} // namespace assay::core
