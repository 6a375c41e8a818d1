#pragma once
// A server on 1 March 2025 with two structures of territory T1 (A and B), a second territory
// T2, agents of every role, and five persons waiting for their orientation:
//   Alpha    référent ref_a (structure A)       due 2025-02-17 (entered D&D 2025-01-06)
//   Bravo    référent ref_a2 (structure A)      due 2025-02-17
//   Charlie  référent ref_b (structure B)       due 2025-02-17
//   Delta    in T2 (Boulogne), no référent      due 2025-02-17
//   Echo     in T1, no référent                 due 2025-02-02 (entered D&D 2024-12-02, 2009)
// and Foxtrot, oriented to A on 2025-01-10 with ref_a as référent: contract due 2025-02-10.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

inline bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class WorklistsHttp : public ::testing::Test {
 protected:
  TestServer server;
  bool clock_set = SetClock();
  TestOrganisation a = CreateTestStructure(server.db().store(), server.clock(), "EDAS A");
  TestOrganisation b = CreateTestStructure(server.db().store(), server.clock(), "CCAS B");
  std::int64_t t2 = AddSecondTerritory();
  std::int64_t admin = Agent("admin@cd92.fr", {Role::kAdmin});
  std::int64_t coord = Agent("coord@cd92.fr", {Role::kCoordinateur});
  std::int64_t charge = Agent("charge@cd92.fr", {Role::kChargeOrientation});
  std::int64_t ref_a = Agent("ref.a@cd92.fr", {Role::kReferent}, a.structure_id);
  std::int64_t ref_a2 = Agent("ref.a2@cd92.fr", {Role::kReferent}, a.structure_id);
  std::int64_t ref_b = Agent("ref.b@cd92.fr", {Role::kReferent}, b.structure_id);
  std::int64_t alpha = Followed("Alpha", ref_a, a.structure_id);
  std::int64_t bravo = Followed("Bravo", ref_a2, a.structure_id);
  std::int64_t charlie = Followed("Charlie", ref_b, b.structure_id);
  std::int64_t delta = PersonIn("Delta", "92012", "2025-01-06");
  std::int64_t echo = PersonIn("Echo", "92050", "2024-12-02");
  std::int64_t foxtrot = OrientedFollowed();

  bool SetClock() {
    server.clock().Set(*ParseIsoTimestamp("2025-03-01T09:00:00Z"));
    return true;
  }

  std::int64_t Agent(const std::string& email, std::vector<Role> roles,
                     std::optional<std::int64_t> structure = std::nullopt) {
    auto id = CreateAgent(server.db().store(), server.clock(), server.settings(), email, roles,
                          structure);
    if (roles.front() == Role::kChargeOrientation) {
      ExecuteForTest(server.db().store(),
                     "UPDATE agent_roles SET scope_territory_id = $1 WHERE agent_id = $2",
                     {std::to_string(a.territory_id), std::to_string(id)});
    }
    return id;
  }

  std::int64_t AddSecondTerritory() {
    auto& store = server.db().store();
    ExecuteForTest(store,
                   "INSERT INTO territories (departement_code, code, name, kind, created_at, "
                   "updated_at) VALUES ('92', 'T2', 'Grand Paris Seine Ouest', 'ept', 'x', 'x')");
    ExecuteForTest(store,
                   "INSERT INTO communes (insee_code, departement_code, name, search_key, "
                   "territory_id, created_at, updated_at) SELECT '92012', '92', "
                   "'Boulogne-Billancourt', 'boulogne billancourt', id, 'x', 'x' "
                   "FROM territories WHERE code = 'T2'");
    return 0;
  }

  std::int64_t PersonIn(const std::string& name, const std::string& commune,
                        const std::string& dd_since) {
    TestPersonSpec spec;
    spec.last_name = name;
    spec.commune_code = commune;
    spec.dd_since = dd_since;
    return CreateTestPerson(server.db().store(), server.clock(), spec);
  }

  std::int64_t Followed(const std::string& name, std::int64_t referent, std::int64_t structure) {
    auto id = PersonIn(name, "92050", "2025-01-06");
    AssignReferentForTest(server.db().store(), server.clock(), id, referent, structure,
                          "2025-01-07");
    return id;
  }

  std::int64_t OrientedFollowed() {
    auto id = PersonIn("Foxtrot", "92050", "2024-12-16");
    OrientForTest(server.db().store(), server.clock(), id, a.structure_id, "social", "2025-01-10");
    AssignReferentForTest(server.db().store(), server.clock(), id, ref_a, a.structure_id,
                          "2025-01-10");
    return id;
  }

  ClientResponse Page(const std::string& email, const std::string& path) {
    auto session = LoginSession(server, email);
    return server.Get(path, {{"Cookie", session.cookie}});
  }

  ClientResponse Api(std::int64_t agent, const std::string& path) {
    std::string token = CreateApiToken(server.db().store(), server.clock(), agent);
    return Send(server.port(), ClientRequest{"GET", path, {{"Authorization", "Bearer " + token}}, ""});
  }

  std::string Fiche(std::int64_t person) { return "/beneficiaires/" + std::to_string(person); }
};

}  // namespace pacte::testing
