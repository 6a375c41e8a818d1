#pragma once
// The two legal frameworks of RSA deadlines. Which one applies to a deadline is chosen by the
// date of the event that triggers it (see DeadlineRules::RegimeAt), never by today's date.

#include <string_view>

namespace pacte {

enum class Regime {
  k2009,  // "2009": loi RSA of 2008, in force from 1 June 2009 (décret 2012-294 for orientation)
  k2025,  // "2025": loi pour le plein emploi, from 1 January 2025 (décret 2024-1244)
};

std::string_view RegimeCode(Regime r);
std::string_view RegimeLabel(Regime r);

}  // namespace pacte
