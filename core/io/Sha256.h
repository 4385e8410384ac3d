#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace assay::core {

/// Incremental SHA-256 (OpenSSL's, which uses the CPU's SHA extensions where present).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits; the hasher must not be updated afterwards.
    std::string hexDigest();

    /// One-shot digest of `bytes`.
    static std::array<std::uint8_t, 32> digest(std::string_view bytes);
    static std::string hex(std::string_view bytes);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace assay::core
