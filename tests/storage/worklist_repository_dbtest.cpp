// The bulk work-list repository: which persons a filter loads, the facts of their snapshots,
// their labels, and the deadline rules recorded in the application.

#include <gtest/gtest.h>

#include <algorithm>

#include "app/ports/worklist_repository.hpp"
#include "app/worklists/deadline_rule_settings.hpp"
#include "app/worklists/worklist_scope.hpp"
#include "scenarios/deadline_world.hpp"
#include "support/audit_test_helpers.hpp"

namespace pacte::testing {
namespace {

std::vector<app::WorklistPerson> Load(DeadlineWorld& w, const app::WorklistFilter& filter,
                                      const std::string& today = "2025-03-01") {
  std::vector<app::WorklistPerson> out;
  w.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    out = uow.Worklists().LoadSnapshots(filter, *ParseIsoDate(today));
    return true;
  });
  return out;
}

std::vector<std::int64_t> Ids(const std::vector<app::WorklistPerson>& persons) {
  std::vector<std::int64_t> ids;
  for (const auto& p : persons) ids.push_back(p.person_id);
  return ids;
}

// Two structures of territory T1 and a person in another territory.
struct Population {
  std::int64_t other_structure = 0;
  std::int64_t other_territory = 0;
  std::int64_t here = 0;      // oriented to the world's structure, référent agent 1
  std::int64_t followed = 0;  // oriented elsewhere, référent of the world's structure
  std::int64_t elsewhere = 0;
  std::int64_t far = 0;  // in the other territory
  std::int64_t agent = 0;

  explicit Population(DeadlineWorld& w) {
    other_structure = CreateTestStructure(w.store(), w.clock(), "Autre structure").structure_id;
    w.Sql("INSERT INTO territories (departement_code, code, name, kind, created_at, "
          "updated_at) VALUES ('92', 'T2', 'Autre territoire', 'ept', 'x', 'x')");
    w.Sql("INSERT INTO communes (insee_code, departement_code, name, search_key, territory_id, "
          "created_at, updated_at) SELECT '92012', '92', 'Boulogne-Billancourt', "
          "'boulogne billancourt', id, 'x', 'x' FROM territories WHERE code = 'T2'");
    agent = FirstAgent(w);
    here = w.Person("2024-09-02", "Ici");
    w.Orient(here, "social", "2024-10-01");
    AssignReferentForTest(w.store(), w.clock(), here, agent, w.structure_id(), "2024-10-02");
    followed = w.Person("2024-09-02", "Suivi");
    OrientForTest(w.store(), w.clock(), followed, other_structure, "social", "2024-10-01");
    AssignReferentForTest(w.store(), w.clock(), followed, agent, w.structure_id(), "2024-10-02");
    elsewhere = w.Person("2024-09-02", "Ailleurs");
    OrientForTest(w.store(), w.clock(), elsewhere, other_structure, "social", "2024-10-01");
    TestPersonSpec spec;
    spec.last_name = "Loin";
    spec.commune_code = "92012";
    spec.dd_since = "2024-09-02";
    far = CreateTestPerson(w.store(), w.clock(), spec);
    other_territory = TerritoryOf(w, far);
  }

  static std::int64_t FirstAgent(DeadlineWorld& w) {
    w.Sql("INSERT INTO agents (email, first_name, last_name, search_key, created_at, "
          "updated_at) VALUES ('ref@cd92.fr', 'Léa', 'Référente', 'lea referente', 'x', 'x')");
    return RawCount(w.sql_store(), "SELECT MAX(id) FROM agents");
  }

  static std::int64_t TerritoryOf(DeadlineWorld& w, std::int64_t person) {
    return RawCount(w.sql_store(),
                    "SELECT territory_id FROM person_parcours WHERE person_id = $1",
                    {person});
  }
};

TEST(WorklistRepository, FiltersByVisibilityTerritoryStructureAndReferent) {
  DeadlineWorld w;
  Population pop(w);
  ASSERT_NE(pop.other_territory, w.territory_id());
  std::vector<std::int64_t> all{pop.here, pop.followed, pop.elsewhere, pop.far};
  EXPECT_EQ(Ids(Load(w, {})), all);

  app::WorklistFilter by_structure;
  by_structure.visibility.structure_id = w.structure_id();
  EXPECT_EQ(Ids(Load(w, by_structure)), (std::vector<std::int64_t>{pop.here, pop.followed}));

  app::WorklistFilter by_territory;
  by_territory.visibility.territory_id = w.territory_id();
  EXPECT_EQ(Ids(Load(w, by_territory)),
            (std::vector<std::int64_t>{pop.here, pop.followed, pop.elsewhere}));
  by_territory.territory_id = pop.other_territory;  // a filter narrows, never widens
  EXPECT_TRUE(Load(w, by_territory).empty());

  app::WorklistFilter by_referent;
  by_referent.referent_agent_id = pop.agent;
  by_referent.structure_id = pop.other_structure;
  EXPECT_EQ(Ids(Load(w, by_referent)), (std::vector<std::int64_t>{pop.followed}));

  app::WorklistFilter nobody;
  nobody.visibility.none = true;
  EXPECT_TRUE(Load(w, nobody).empty());
  app::WorklistFilter prescribed;
  prescribed.visibility.structure_id = w.structure_id();
  prescribed.visibility.only_prescribed = true;
  EXPECT_TRUE(Load(w, prescribed).empty());
}

TEST(WorklistRepository, ASnapshotHoldsTheFactsTheRulesNeed) {
  DeadlineWorld w;
  auto p = w.Person("2024-09-02");
  w.Orient(p, "professionnel", "2024-10-01", true);
  w.Contract(p, "ppae", "brouillon", "2024-10-10", "2025-04-09");
  w.Contract(p, "ppae", "signe", "2024-10-10", "2025-04-09", "2024-10-09");
  w.Appointment(p, "2024-11-02", "honore");
  w.Appointment(p, "2025-01-10", "honore");
  w.Appointment(p, "2025-02-10", "excuse");
  w.Appointment(p, "2025-02-11", "a_venir");
  w.Appointment(p, "2025-04-11", "a_venir");
  w.Appointment(p, "2025-03-20", "honore");  // after today: not a contact yet
  w.Sql("INSERT INTO parcours_reviews (person_id, reviewed_on, kind, created_at) VALUES "
        "($1, '2024-12-01', 'equipe_pluridisciplinaire', 'x'), "
        "($1, '2025-01-05', 'revue_conjointe', 'x')",
        {std::to_string(p)});
  w.Sql("INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) VALUES "
        "($1, '2024-08-01', 'autre', 'x', 'x')",
        {std::to_string(p)});
  auto persons = Load(w, {});
  ASSERT_EQ(persons.size(), 1u);
  const auto& s = persons[0].snapshot;
  EXPECT_EQ(s.dd_since, ParseIsoDate("2024-09-02"));
  ASSERT_TRUE(s.orientation);
  EXPECT_EQ(s.orientation->decided_on, *ParseIsoDate("2024-10-01"));
  EXPECT_EQ(s.orientation->parcours, Parcours::kProfessionnel);
  EXPECT_TRUE(s.orientation->with_france_travail);
  ASSERT_EQ(s.contracts.size(), 1u);  // drafts are not loaded
  EXPECT_EQ(s.contracts[0].status, ContractStatus::kSigne);
  EXPECT_EQ(s.contracts[0].signed_on, ParseIsoDate("2024-10-09"));
  std::vector<std::string> appointments;
  for (const auto& a : s.appointments) {
    appointments.push_back(FormatIsoDate(a.on) + " " +
                           std::string(AppointmentStatusCode(a.status)));
  }
  std::sort(appointments.begin(), appointments.end());
  EXPECT_EQ(appointments, (std::vector<std::string>{"2025-01-10 honore", "2025-02-11 a_venir",
                                                    "2025-04-11 a_venir"}));
  EXPECT_EQ(s.social_reviewed_on, ParseIsoDate("2025-01-05"));
  EXPECT_EQ(s.exited_on, ParseIsoDate("2024-08-01"));
  EXPECT_FALSE(s.has_vulnerabilities);
  EXPECT_EQ(persons[0].structure_id, w.france_travail_id());
}

TEST(WorklistRepository, VulnerabilitiesComeFromTheLatestDiagnostic) {
  DeadlineWorld w;
  auto housing = w.Person("2024-09-02");
  auto mobility = w.Person("2024-09-02");
  auto recovered = w.Person("2024-09-02");
  auto diagnose = [&](std::int64_t person, const std::string& on, const std::string& theme,
                      const std::string& impact) {
    w.Sql("INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) "
          "VALUES ($1, $2, 'x', 'x')",
          {std::to_string(person), on});
    w.Sql("INSERT INTO diagnostic_items (diagnostic_id, theme, impact) SELECT MAX(id), $1, $2 "
          "FROM diagnostics",
          {theme, impact});
  };
  diagnose(housing, "2024-10-01", "logement", "moyen");
  diagnose(mobility, "2024-10-01", "mobilite", "fort");
  diagnose(recovered, "2024-10-01", "contraintes_familiales", "fort");
  diagnose(recovered, "2025-01-01", "sante", "sans_impact");
  auto persons = Load(w, {});
  ASSERT_EQ(persons.size(), 3u);
  EXPECT_TRUE(persons[0].snapshot.has_vulnerabilities);
  EXPECT_FALSE(persons[1].snapshot.has_vulnerabilities);
  EXPECT_FALSE(persons[2].snapshot.has_vulnerabilities);
}

TEST(WorklistRepository, DescribesPersonsInTheOrderAsked) {
  DeadlineWorld w;
  Population pop(w);
  std::vector<app::WorklistPersonLabel> labels;
  w.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    labels = uow.Worklists().DescribePersons({pop.far, pop.here, 999999});
    return true;
  });
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0].last_name, "Loin");
  EXPECT_EQ(labels[0].referent_name, "");
  EXPECT_EQ(labels[1].last_name, "Ici");
  EXPECT_EQ(labels[1].first_name, "Awa");
  EXPECT_EQ(labels[1].referent_name, "Léa Référente");
  EXPECT_EQ(labels[1].structure_name, "Département — insertion");
}

TEST(WorklistScope, AReferentLooksAtTheirCaseloadUnlessTheyAskForTheirStructure) {
  app::Actor referent;
  referent.agent_id = 12;
  referent.structure_id = 3;
  referent.roles = {Role::kReferent};
  auto mine = app::ResolveWorklistFilter(referent, {});
  EXPECT_EQ(mine.referent_agent_id, 12);
  EXPECT_EQ(mine.visibility.structure_id, 3);
  app::WorklistQuery wide;
  wide.perimeter = app::WorklistPerimeter::kStructure;
  EXPECT_EQ(app::ResolveWorklistFilter(referent, wide).referent_agent_id, std::nullopt);

  app::Actor coordinator;
  coordinator.agent_id = 4;
  coordinator.roles = {Role::kCoordinateur};
  EXPECT_EQ(app::ResolveWorklistFilter(coordinator, {}).referent_agent_id, std::nullopt);
  for (Role r : {Role::kOperateur, Role::kSignataire, Role::kLecteurStats}) {
    app::Actor other;
    other.roles = {r};
    EXPECT_FALSE(app::AuthorizeWorklists(other)) << RoleCode(r);
  }
}

TEST(DeadlineRuleSettings, AChangeIsCheckedStoredListedAndAudited) {
  DeadlineWorld w;
  w.settings().deadline_rules = {{"orientation_delay", "8w", "2025-03-01"}};
  auto admin = AgentWithRole(Role::kAdmin, 0);
  auto added = app::AddDeadlineRule(w.store(), w.clock(), w.settings(), admin,
                                    {" no_appointment_delay ", "4M", "2025-06-01"});
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(RawCount(w.sql_store(),
                     "SELECT COUNT(*) FROM deadline_rules WHERE rule = 'no_appointment_delay' "
                     "AND duration = '4m' AND effective_from = '2025-06-01'"),
            1);
  EXPECT_EQ(RawCount(w.sql_store(),
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'deadline_rule.create'"),
            1);
  auto rules = app::ListDeadlineRules(w.store(), w.settings(), admin);
  ASSERT_TRUE(rules) << rules.error().message;
  auto steps_of = [&](DeadlineRule rule) {
    std::vector<std::string> out;
    for (const auto& r : *rules) {
      if (r.rule != rule) continue;
      for (const auto& s : r.steps) {
        out.push_back((s.effective_from ? FormatIsoDate(*s.effective_from) : "-") + " " +
                      (s.duration ? FormatRuleDuration(*s.duration) : "none") + " " +
                      std::string(app::RuleSourceLabel(s.source)));
      }
    }
    return out;
  };
  EXPECT_EQ(steps_of(DeadlineRule::kOrientationDelay),
            (std::vector<std::string>{"- 2m valeur par défaut", "2025-01-01 6w valeur par défaut",
                                      "2025-03-01 8w fichier de configuration"}));
  EXPECT_EQ(steps_of(DeadlineRule::kNoAppointmentDelay),
            (std::vector<std::string>{"- 3m valeur par défaut",
                                      "2025-06-01 4m modifiée dans l'application"}));
}

TEST(DeadlineRuleSettings, BadChangesAreRefusedInFrenchAndNothingIsWritten) {
  DeadlineWorld w;
  auto admin = AgentWithRole(Role::kAdmin, 0);
  auto bad = app::AddDeadlineRule(w.store(), w.clock(), w.settings(), admin,
                                  {"delai_magique", "deux mois", "2025-02-30"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  std::map<std::string, std::string> fields;
  for (const auto& f : bad.error().fields) fields[f.field] = f.message;
  EXPECT_NE(fields["rule"].find("Règle de délai inconnue"), std::string::npos);
  EXPECT_FALSE(fields["duration"].empty());
  EXPECT_NE(fields["effective_from"].find("Date d'effet invalide"), std::string::npos);

  auto undated = app::AddDeadlineRule(w.store(), w.clock(), w.settings(), admin,
                                      {"orientation_delay", "2m", ""});
  ASSERT_FALSE(undated);
  EXPECT_EQ(undated.error().fields.back().field, "effective_from");

  ASSERT_TRUE(app::AddDeadlineRule(w.store(), w.clock(), w.settings(), admin,
                                   {"orientation_delay", "2m", "2026-01-01"}));
  auto twice = app::AddDeadlineRule(w.store(), w.clock(), w.settings(), admin,
                                    {"orientation_delay", "3m", "2026-01-01"});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(twice.error().fields.at(0).field, "effective_from");

  auto referent = AgentWithRole(Role::kReferent, 0);
  auto refused = app::AddDeadlineRule(w.store(), w.clock(), w.settings(), referent,
                                      {"orientation_delay", "3m", "2026-02-01"});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(RawCount(w.sql_store(), "SELECT COUNT(*) FROM deadline_rules"), 1);
  EXPECT_EQ(RawCount(w.sql_store(),
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'deadline_rule.create'"),
            1);
}

TEST(WorklistAudit, AListIsAuditedWithTheIdsShownAndCountsAreNot) {
  DeadlineWorld w;
  auto p = w.Person("2025-01-06");
  w.Today("2025-03-01");
  EXPECT_EQ(w.Count(DueKind::kOrientation), 1);
  EXPECT_EQ(RawCount(w.sql_store(),
                     "SELECT COUNT(*) FROM audit_events WHERE action LIKE 'worklist.%'"),
            0);
  EXPECT_EQ(w.Listed(DueKind::kOrientation).size(), 1u);
  EXPECT_EQ(RawCount(w.sql_store(),
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'worklist.read' AND "
                     "object_id = 'orientation_overdue' AND details LIKE $1",
                     {"%\"person_ids\":[" + std::to_string(p) + "]%"}),
            1);
}

}  // namespace
}  // namespace pacte::testing
