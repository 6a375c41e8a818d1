#include "app/personal_data/person_display.hpp"

namespace pacte::app {

std::string PersonDisplayName(const StoredPerson& p) {
  if (p.anonymised_at) return "Personne anonymisée";
  std::string last = p.person.last_name;
  for (char& c : last) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  std::string out;
  if (p.person.civility) out = std::string(CivilityLabel(*p.person.civility)) + " ";
  return out + p.person.first_name + " " + last;
}

}  // namespace pacte::app
