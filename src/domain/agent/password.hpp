#pragma once
// Password rules and Argon2id hashing (libsodium crypto_pwhash_str).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/error.hpp"

namespace pacte {

enum class HashCost {
  kInteractive,  // OPSLIMIT/MEMLIMIT_INTERACTIVE: production
  kMin,          // OPSLIMIT/MEMLIMIT_MIN: tests only
};

// "interactive" or "min"; nullopt otherwise.
std::optional<HashCost> ParseHashCost(std::string_view text);

// Ok, or a kInvalid error on field "password" when the password has fewer than `min_length`
// characters (UTF-8 code points), is in the list of common passwords (case-insensitive), or
// equals the local part of `email` (case-insensitive).
Status CheckPasswordPolicy(std::string_view password, std::string_view email,
                           std::size_t min_length);

// True when the password (compared case-insensitively) is one of the ~200 most common ones.
bool IsCommonPassword(std::string_view password);

// An Argon2id hash string ("$argon2id$v=19$…") with a random salt. Throws std::runtime_error
// when libsodium cannot allocate the memory it needs.
std::string HashPassword(std::string_view password, HashCost cost);

// True when `hash` is a valid hash string of `password`.
bool VerifyPassword(std::string_view hash, std::string_view password);

}  // namespace pacte
