#pragma once
// Builds small hand-written populations of PersonFacts for unit tests of the statistics
// (dashboards, OARSA, indicator definitions). Dates are ISO text for readability:
//
//   PersonFacts p = FactsBuilder(1).Born("1980-05-01").Sex("F")
//       .Dd("2020-03-01")                        // in D&D (etat 2, flag 1) from that date
//       .Oriented("2020-04-15", "social", 7, "departement")
//       .Contract("2020-05-01", "2020-10-31", "cer_social")
//       .Build();

#include <cstdint>
#include <string>
#include <utility>

#include "domain/stats/person_facts.hpp"

namespace pacte::stats::testing {

inline Date D(const char* iso) { return *ParseIsoDate(iso); }

class FactsBuilder {
 public:
  explicit FactsBuilder(std::int64_t id) { p_.person_id = id; }

  FactsBuilder& Born(const char* iso) { p_.birth_date = D(iso); return *this; }
  FactsBuilder& Sex(const char* code) { p_.sex = code; return *this; }
  FactsBuilder& Lives(const char* commune, std::optional<std::int64_t> territory) {
    p_.commune_code = commune;
    p_.territory_id = territory;
    return *this;
  }
  FactsBuilder& Qualification(const char* level) { p_.qualification_level = level; return *this; }

  // A rights row from `from` (until the next row, or `to` exclusive when given).
  FactsBuilder& Rights(const char* from, const char* etat, DdFlag flag,
                       std::optional<FamilySituation> family = std::nullopt,
                       const char* to = nullptr) {
    if (!p_.rights.empty() && !p_.rights.back().valid_to) p_.rights.back().valid_to = D(from);
    RightsRow row;
    row.valid_from = D(from);
    if (to) row.valid_to = D(to);
    row.state.etatdosrsa = etat;
    row.state.dd_flag = flag;
    p_.rights.push_back(row);
    p_.family.push_back(family);
    return *this;
  }
  // In D&D (etatdosrsa 2, flag 1) from `from`.
  FactsBuilder& Dd(const char* from, std::optional<FamilySituation> family = std::nullopt,
                   const char* to = nullptr) {
    return Rights(from, "2", DdFlag::kYes, family, to);
  }
  // Right closed (etatdosrsa 6) from `from`.
  FactsBuilder& Closed(const char* from) { return Rights(from, "6", DdFlag::kYes); }

  FactsBuilder& Oriented(const char* on, const char* parcours, std::int64_t structure_id,
                         const char* drees_category, bool reorientation = false) {
    OrientationFact o;
    o.id = static_cast<std::int64_t>(p_.orientations.size()) + 1 + p_.person_id * 100;
    o.decided_on = D(on);
    o.parcours = parcours;
    o.structure_id = structure_id;
    o.drees_category = drees_category;
    o.is_first = p_.orientations.empty();
    o.is_reorientation = reorientation;
    p_.orientations.push_back(o);
    return *this;
  }
  FactsBuilder& Referent(const char* from, std::int64_t agent_id,
                         std::optional<std::int64_t> structure_id = std::nullopt,
                         const char* to = nullptr) {
    ReferentFact r;
    r.agent_id = agent_id;
    r.structure_id = structure_id;
    r.valid_from = D(from);
    if (to) r.valid_to = D(to);
    p_.referents.push_back(r);
    return *this;
  }
  // A signed contract from `starts` to `ends` (inclusive), signed on `starts` unless given.
  FactsBuilder& Contract(const char* starts, const char* ends, const char* type,
                         std::vector<int> action_types = {}, const char* signed_on = nullptr,
                         const char* closed_on = nullptr) {
    ContractFact c;
    c.id = static_cast<std::int64_t>(p_.contracts.size()) + 1 + p_.person_id * 100;
    c.type = type;
    c.status = closed_on ? "resilie" : "signe";
    c.signed_on = D(signed_on ? signed_on : starts);
    c.starts_on = D(starts);
    c.ends_on = D(ends);
    if (closed_on) c.closed_on = D(closed_on);
    c.action_types = std::move(action_types);
    p_.contracts.push_back(c);
    return *this;
  }
  FactsBuilder& Prescription(PrescriptionFact f) {
    p_.prescriptions.push_back(std::move(f));
    return *this;
  }
  FactsBuilder& Exit(const char* on, const char* reason) {
    p_.exits.push_back({D(on), reason});
    return *this;
  }

  PersonFacts Build() const { return p_; }

 private:
  PersonFacts p_;
};

}  // namespace pacte::stats::testing
