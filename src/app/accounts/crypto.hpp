#pragma once
// Small libsodium helpers for the accounts feature: random tokens, SHA-256 of secrets before
// storage, authenticated encryption of TOTP secrets with the server key.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pacte::app {

// `bytes` random bytes.
std::string RandomBytes(std::size_t bytes);

// `bytes` random bytes as lower-case hex (2 × bytes characters).
std::string RandomHex(std::size_t bytes);

// SHA-256 of `text` as lower-case hex: how session ids and tokens are stored.
std::string Sha256Hex(std::string_view text);

// True when `text` has exactly `length` lower-case hex digits.
bool IsLowerHex(std::string_view text, std::size_t length);

// Encrypts `plain` with crypto_secretbox_easy under key = crypto_generichash(server_key) and
// a random nonce; returns hex(nonce || ciphertext).
std::string EncryptSecret(std::string_view server_key, std::string_view plain);

// The plaintext of EncryptSecret's output, or nullopt when it is malformed, was encrypted
// under another key or was altered.
std::optional<std::string> DecryptSecret(std::string_view server_key, std::string_view sealed);

}  // namespace pacte::app
