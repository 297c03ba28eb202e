#pragma once
// SHA-256 (FIPS 180-4), for a document's identity in the evidence store: OpenSSL's libcrypto,
// which uses the processor's SHA extensions where it has them (tests/evidence/sha256_test.cpp
// checks it against the NIST test vectors).

#include <string>
#include <string_view>

namespace parley::evidence::detail {

// The SHA-256 of `bytes` as 64 lower-case hex digits. O(size).
std::string sha256_hex(std::string_view bytes);

}  // namespace parley::evidence::detail
