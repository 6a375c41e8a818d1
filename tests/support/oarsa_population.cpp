#include "support/oarsa_population.hpp"

#include <string>

#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"

namespace pacte::testing {
namespace {

struct Structures {
  std::int64_t france_travail, departement, ccas;
};

std::int64_t StructureOf(app::Store& store, const app::Clock& clock, const char* name,
                         const char* category) {
  const auto org = CreateTestStructure(store, clock, name);
  ExecuteForTest(store, "UPDATE structures SET drees_category = $1 WHERE id = $2",
                 {category, std::to_string(org.structure_id)});
  return org.structure_id;
}

// A person in D&D from `since`, the rights row recorded at `recorded_at`.
std::int64_t Person(app::Store& store, const app::Clock& clock, const char* name, const char* since,
                    const std::string& recorded_at) {
  TestPersonSpec spec;
  spec.last_name = name;
  spec.dd_since = since;
  const auto id = CreateTestPerson(store, clock, spec);
  ExecuteForTest(store, "UPDATE rights_history SET recorded_at = $1 WHERE person_id = $2",
                 {recorded_at, std::to_string(id)});
  return id;
}

void Orient(app::Store& store, const app::Clock& clock, std::int64_t person, std::int64_t structure,
            const char* on) {
  const auto id = OrientForTest(store, clock, person, structure, "social", on);
  ExecuteForTest(store,
                 "UPDATE orientations SET created_at = decided_on || 'T10:00:00Z' "
                 "WHERE id = $1",
                 {std::to_string(id)});
}

void Contract(app::Store& store, std::int64_t person, const char* type, const char* starts,
              const char* ends, const std::vector<int>& action_types = {}) {
  const std::string id = std::to_string(person);
  ExecuteForTest(store,
                 "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, ends_on, "
                 "created_at, updated_at) VALUES ($1, $2, 'signe', $3, $3, $4, $3 || "
                 "'T10:00:00Z', $3 || 'T10:00:00Z')",
                 {id, type, starts, ends});
  int position = 1;
  for (int t : action_types) {
    ExecuteForTest(store,
                   "INSERT INTO contract_actions (contract_id, position, label, action_type) "
                   "SELECT id, $1, 'Action', $2 FROM contracts WHERE person_id = $3 AND "
                   "starts_on = $4",
                   {std::to_string(position++), std::to_string(t), id, starts});
  }
}

}  // namespace

OarsaPopulation SeedOarsaPopulation(app::Store& store, const app::Clock& clock) {
  const Structures s{StructureOf(store, clock, "Agence France Travail", "france_travail"),
                     StructureOf(store, clock, "Service social départemental", "departement"),
                     StructureOf(store, clock, "CCAS de test", "ccas_cias")};
  OarsaPopulation p;
  p.ft = Person(store, clock, "Ferrand", "2024-01-01", "2024-01-05T00:00:00Z");
  Orient(store, clock, p.ft, s.france_travail, "2024-02-10");
  Contract(store, p.ft, "ppae", "2025-01-01", "2025-12-31");

  p.entrant = Person(store, clock, "Entrant", "2025-03-01", "2025-03-02T00:00:00Z");
  Orient(store, clock, p.entrant, s.departement, "2025-04-10");
  Contract(store, p.entrant, "cer_social", "2025-05-01", "2025-10-31", {2});
  Contract(store, p.entrant, "cer_social", "2025-11-01", "2026-04-30", {7, 9, 9});

  p.waiting = Person(store, clock, "Attente", "2025-06-01", "2025-06-03T00:00:00Z");

  p.reoriented = Person(store, clock, "Reoriente", "2020-01-01", "2020-01-03T00:00:00Z");
  Orient(store, clock, p.reoriented, s.france_travail, "2020-02-01");
  Orient(store, clock, p.reoriented, s.ccas, "2025-09-01");

  p.late = Person(store, clock, "Tardif", "2025-06-01", "2026-01-15T00:00:00Z");

  p.closed = Person(store, clock, "Clos", "2024-01-01", "2024-01-05T00:00:00Z");
  ExecuteForTest(store,
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2025-10-01', '6', "
                 "'1', 'caf', '2025-10-05T00:00:00Z' FROM persons WHERE id = $1",
                 {std::to_string(p.closed)});
  return p;
}

}  // namespace pacte::testing
