#pragma once
// Finding the stored person a spreadsheet row designates, in the order of issue 5:
//  1. the NIR;
//  2. the CAF number, among the persons carrying it, the one born on the row's birth date
//     (both adults of a household carry the household's number, so the number alone never
//     designates a person; a row without birth date matches on the folded first and last
//     names instead);
//  3. the département's internal id;
//  4. the e-mail with the birth date, then the first phone number with the birth date.
// The first rule that finds someone decides: one person is the match, several are
// ambiguous (the row is refused); a rule that finds nobody passes to the next. Anonymised
// persons are never matched.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/intake/row_candidate.hpp"

namespace pacte::app {

struct PersonMatch {
  std::optional<StoredPerson> person;        // the one person found
  std::vector<std::int64_t> ambiguous_ids{};  // several persons found by `rule`
  std::string rule{};  // nir, caf_number, internal_id, email, phone; empty: nobody

  bool Found() const { return person.has_value(); }
  bool Ambiguous() const { return !ambiguous_ids.empty(); }
};

PersonMatch MatchPerson(UnitOfWork& uow, const intake::RowCandidate& row);

// The French label of a rule for messages ("NIR", "numéro allocataire"…).
std::string MatchRuleLabel(const std::string& rule);

}  // namespace pacte::app
