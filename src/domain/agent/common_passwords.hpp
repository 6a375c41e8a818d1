#pragma once
// The list of common passwords refused by the password policy (lower-case).

#include <span>
#include <string_view>

namespace pacte {

// About 200 passwords from public leak statistics, French and international, lower-case.
std::span<const std::string_view> CommonPasswords();

}  // namespace pacte
