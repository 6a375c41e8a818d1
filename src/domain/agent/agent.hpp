#pragma once
// An agent: a person who signs in to pacte (département staff or partner). Credentials
// (password hash, TOTP secret) are deliberately not part of this type, so an Agent can be
// rendered anywhere without leaking them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agent/role.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

struct Agent {
  std::int64_t id = 0;
  std::string email;  // normalised: trimmed, lower-case (unique)
  std::string first_name;
  std::string last_name;
  std::optional<std::int64_t> structure_id;
  std::vector<Role> roles;
  // Territory every role of the agent is scoped to; nullopt = the whole département.
  std::optional<std::int64_t> territory_id;
  bool active = true;
  bool totp_enabled = false;
  std::optional<Timestamp> last_login_at;
  Timestamp created_at{};
  Timestamp updated_at{};
  int version = 1;

  // "Prénom Nom".
  std::string DisplayName() const;
  bool Has(Role r) const;
  // Admins must use a second factor.
  bool RequiresSecondFactor() const { return Has(Role::kAdmin) || totp_enabled; }
};

// The trimmed, lower-case form of an e-mail address, or nullopt when it is not a plausible
// address (one '@', non-empty local part, a dotted domain, no spaces, at most 254 bytes).
std::optional<std::string> NormalizeEmail(std::string_view email);

// The part before '@' (lower-case), "" when there is none.
std::string EmailLocalPart(std::string_view email);

// Maximum length of a first or last name, in bytes.
inline constexpr std::size_t kMaxNameLength = 100;

// Adds field errors ("email", "first_name", "last_name", "roles") for the identity of an
// agent; `email` is the raw input. Role codes are parsed into `roles` when all are known,
// without duplicates and sorted by code.
void ValidateAgentIdentity(Validation& v, std::string_view email, std::string_view first_name,
                           std::string_view last_name, const std::vector<std::string>& role_codes,
                           std::vector<Role>& roles);

}  // namespace pacte
