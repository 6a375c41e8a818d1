#include "app/personal_data/person_display.hpp"

#include "domain/common/upper_name.hpp"

namespace pacte::app {

std::string PersonDisplayName(const StoredPerson& p) {
  if (p.anonymised_at) return "Personne anonymisée";
  std::string last = UpperName(p.person.last_name);
  std::string out;
  if (p.person.civility) out = std::string(CivilityLabel(*p.person.civility)) + " ";
  return out + p.person.first_name + " " + last;
}

}  // namespace pacte::app
