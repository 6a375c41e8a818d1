#include "app/intake/spreadsheet_matching.hpp"

#include <algorithm>

#include "app/ports/intake_lookup_repository.hpp"
#include "domain/common/text.hpp"

namespace pacte::app {
namespace {

std::vector<StoredPerson> Living(std::vector<StoredPerson> persons) {
  std::erase_if(persons, [](const StoredPerson& p) { return p.anonymised_at.has_value(); });
  return persons;
}

bool SameNames(const Person& p, const intake::RowCandidate& row) {
  return !row.last_name.empty() && !row.first_name.empty() &&
         SearchKey(p.last_name) == SearchKey(row.last_name) &&
         SearchKey(p.first_name) == SearchKey(row.first_name);
}

std::vector<StoredPerson> ByCafNumber(UnitOfWork& uow, const intake::RowCandidate& row) {
  auto persons = Living(uow.Beneficiaries().FindPersonsByCafNumber(row.caf_number));
  std::erase_if(persons, [&](const StoredPerson& p) {
    return row.birth_date ? p.person.birth_date != *row.birth_date : !SameNames(p.person, row);
  });
  return persons;
}

// Applies one rule's result to the match; true when the rule decided.
bool Decide(PersonMatch& match, const std::string& rule, std::vector<StoredPerson> found) {
  if (found.empty()) return false;
  match.rule = rule;
  if (found.size() == 1) {
    match.person = std::move(found.front());
  } else {
    for (const auto& p : found) match.ambiguous_ids.push_back(p.id);
  }
  return true;
}

}  // namespace

PersonMatch MatchPerson(UnitOfWork& uow, const intake::RowCandidate& row) {
  PersonMatch match;
  if (row.nir) {
    std::vector<StoredPerson> found;
    if (auto p = uow.Beneficiaries().FindPersonByNir(row.nir->Value())) found.push_back(*p);
    if (Decide(match, "nir", Living(std::move(found)))) return match;
  }
  if (!row.caf_number.empty() && Decide(match, "caf_number", ByCafNumber(uow, row))) {
    return match;
  }
  auto& lookup = uow.IntakeLookup();
  if (!row.internal_id.empty() &&
      Decide(match, "internal_id", lookup.FindByInternalId(row.internal_id))) {
    return match;
  }
  if (!row.birth_date) return match;
  if (!row.email.empty() &&
      Decide(match, "email", lookup.FindByEmailAndBirth(row.email, *row.birth_date))) {
    return match;
  }
  if (!row.phone.empty()) {
    Decide(match, "phone", lookup.FindByPhoneAndBirth(row.phone, *row.birth_date));
  }
  return match;
}

std::string MatchRuleLabel(const std::string& rule) {
  if (rule == "nir") return "NIR";
  if (rule == "caf_number") return "numéro allocataire et date de naissance";
  if (rule == "internal_id") return "identifiant départemental";
  if (rule == "email") return "courriel et date de naissance";
  if (rule == "phone") return "téléphone et date de naissance";
  return rule;
}

}  // namespace pacte::app
