#pragma once
// SHA-256 (FIPS 180-4): a document's identity in the evidence store, an input's in a forecast.
// OpenSSL's libcrypto, which uses the processor's SHA extensions where it has them
// (tests/core/sha256_test.cpp checks it against the NIST test vectors).

#include <string>
#include <string_view>

namespace parley {

// The SHA-256 of `bytes` as 64 lower-case hex digits. O(size).
std::string sha256_hex(std::string_view bytes);

}  // namespace parley
