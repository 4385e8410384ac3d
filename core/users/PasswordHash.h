#pragma once

#include <string>
#include <string_view>

namespace assay::core {

/// Hashes a password with PBKDF2-HMAC-SHA256 and a random salt:
/// "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>".
std::string hashPassword(std::string_view password);

/// Whether `password` matches a value made by hashPassword(); constant time in the hash.
bool verifyPassword(std::string_view password, std::string_view stored);

} // namespace assay::core
