#include "users/PasswordHash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <vector>

namespace assay::core {
namespace {

constexpr int kIterations = 120000;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::string toHex(const std::vector<unsigned char> &bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0xF];
    }
    return out;
}

std::vector<unsigned char> fromHex(std::string_view hex)
{
    std::vector<unsigned char> bytes;
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        const int hi = digit(hex[i]);
        const int lo = digit(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        bytes.push_back(static_cast<unsigned char>(hi * 16 + lo));
    }
    return bytes;
}

std::vector<unsigned char> derive(std::string_view password, const std::vector<unsigned char> &salt,
                                  int iterations)
{
    std::vector<unsigned char> out(kHashBytes);
    PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                      static_cast<int>(salt.size()), iterations, EVP_sha256(),
                      static_cast<int>(out.size()), out.data());
    return out;
}

} // namespace

std::string hashPassword(std::string_view password)
{
    std::vector<unsigned char> salt(kSaltBytes);
    RAND_bytes(salt.data(), static_cast<int>(salt.size()));
    return "pbkdf2-sha256$" + std::to_string(kIterations) + '$' + toHex(salt) + '$' +
           toHex(derive(password, salt, kIterations));
}

bool verifyPassword(std::string_view password, std::string_view stored)
{
    constexpr std::string_view prefix = "pbkdf2-sha256$";
    if (stored.substr(0, prefix.size()) != prefix)
        return false;
    stored.remove_prefix(prefix.size());
    const auto first = stored.find('$');
    const auto second = stored.find('$', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos)
        return false;
    const int iterations = std::atoi(std::string(stored.substr(0, first)).c_str());
    const auto salt = fromHex(stored.substr(first + 1, second - first - 1));
    const auto expected = fromHex(stored.substr(second + 1));
    if (iterations <= 0 || salt.empty() || expected.size() != kHashBytes)
        return false;
    const auto actual = derive(password, salt, iterations);
    return CRYPTO_memcmp(actual.data(), expected.data(), kHashBytes) == 0;
}

} // namespace assay::core
