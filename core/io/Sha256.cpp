#include "io/Sha256.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace assay::core {

struct Sha256::State {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes)
{
    EVP_DigestUpdate(m_state->context, bytes.data(), bytes.size());
}

namespace {
std::string toHex(const unsigned char *bytes, std::size_t size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = kDigits[bytes[i] >> 4];
        out[2 * i + 1] = kDigits[bytes[i] & 0xF];
    }
    return out;
}
} // namespace

std::string Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_state->context, digest, &size);
    return toHex(digest, size);
}

std::array<std::uint8_t, 32> Sha256::digest(std::string_view bytes)
{
    std::array<std::uint8_t, 32> out{};
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(), out.data());
    return out;
}

std::string Sha256::hex(std::string_view bytes)
{
    const auto d = digest(bytes);
    return toHex(d.data(), d.size());
}

} // namespace assay::core
