// Personal-data rights on SQLite and PostgreSQL: the export of everything held about a person
// and the retention run (anonymisation after 24 months without contact since the exit).

#include <gtest/gtest.h>

#include "app/personal_data/export_personal_data.hpp"
#include "app/personal_data/retention.hpp"
#include "storage/diagnostic_fixture.hpp"

namespace pacte::testing {
namespace {

class RetentionDbTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};
  app::Settings settings;
  TestOrganisation org = CreateTestStructure(db.store(), clock);

  std::string Q(const std::string& sql, std::int64_t id) {
    return QueryText(db.store(), sql, {id});
  }

  // A person with a full parcours, exited on `exited_on`.
  std::int64_t Followed(const std::string& last_name, const std::string& exited_on) {
    auto id =
        CreateTestPerson(db.store(), clock, {.last_name = last_name, .dd_since = "2020-01-01"});
    const std::string sid = std::to_string(id);
    ExecuteForTest(db.store(),
                   "UPDATE persons SET civility = 'madame', sex = 'F', birth_name = 'Durand', "
                   "nir = $2, caf_number = '1234567', internal_id = 'X-9', email = 'a@b.fr', "
                   "phone = '0601020304', address = '1 rue de la Paix' WHERE id = $1",
                   {sid, "28504" + std::string(10 - sid.size(), '0') + sid});
    OrientForTest(db.store(), clock, id, org.structure_id, "social", "2020-03-01");
    ExecuteForTest(db.store(),
                   "UPDATE orientations SET reason = 'Difficultés de logement', "
                   "criteria = '{\"other_difficulty\": \"secret\", \"employment_situation\": "
                   "\"sans_activite\"}' WHERE person_id = $1",
                   {sid});
    ExecuteForTest(db.store(),
                   "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, ends_on, "
                   "objectives, created_at, updated_at) VALUES ($1, 'cer_social', 'signe', "
                   "'2020-04-01', '2020-04-01', '2020-10-01', 'Trouver un logement', "
                   "'2020-04-01T00:00:00Z', '2020-04-01T00:00:00Z')",
                   {sid});
    ExecuteForTest(
        db.store(),
        "INSERT INTO contract_actions (contract_id, position, label, action_type) "
        "SELECT id, 1, 'Atelier CV chez Mme Durand', 9 FROM contracts WHERE person_id = $1",
        {sid});
    ExecuteForTest(db.store(),
                   "INSERT INTO appointments (person_id, starts_at, mode, place, motive_code, "
                   "status, comment, created_at, updated_at) VALUES ($1, "
                   "'2022-12-01T09:00:00Z', 'sur_place', 'Bureau 3', 'suivi', 'honore', "
                   "'Venue avec sa fille', '2022-11-01T00:00:00Z', '2022-11-01T00:00:00Z')",
                   {sid});
    ExecuteForTest(db.store(),
                   "INSERT INTO notes (person_id, visibility, body, created_at, updated_at) "
                   "VALUES ($1, 'structure', 'Note privée', '2022-12-01T00:00:00Z', "
                   "'2022-12-01T00:00:00Z')",
                   {sid});
    ExecuteForTest(db.store(),
                   "INSERT INTO diagnostics (person_id, made_on, professional_project, rome_code, "
                   "comment, created_at, updated_at) VALUES ($1, '2020-03-15', 'Cuisinier', "
                   "'G1602', 'Commentaire', '2020-03-15T00:00:00Z', '2020-03-15T00:00:00Z')",
                   {sid});
    ExecuteForTest(
        db.store(),
        "INSERT INTO diagnostic_items (diagnostic_id, theme, situation_code, impact) "
        "SELECT id, 'sante', 'dossier_mdph', 'fort' FROM diagnostics WHERE person_id = $1",
        {sid});
    ExecuteForTest(db.store(),
                   "INSERT INTO exits (person_id, exited_on, reason, comment, created_at, "
                   "updated_at) VALUES ($1, $2, 'emploi_durable', 'CDI chez Renault', "
                   "'2023-01-15T00:00:00Z', '2023-01-15T00:00:00Z')",
                   {sid, exited_on});
    RefreshForTest(db.store(), clock, id);
    return id;
  }

  app::RetentionReport Run(bool dry_run, std::optional<int> months = std::nullopt) {
    auto r =
        app::RunRetention(db.store(), clock, settings, app::Actor::System(), {dry_run, months});
    EXPECT_TRUE(r);
    return r ? *r : app::RetentionReport{};
  }

  static std::vector<std::int64_t> Ids(const app::RetentionReport& r) {
    std::vector<std::int64_t> out;
    for (const auto& p : r.persons) out.push_back(p.person_id);
    return out;
  }
};

TEST_F(RetentionDbTest, DryRunListsTheEligibleAndChangesNothing) {
  auto old = Followed("Ancien", "2023-01-15");
  auto recent_contact = Followed("Recent", "2023-01-15");
  ExecuteForTest(db.store(),
                 "INSERT INTO appointments (person_id, starts_at, mode, motive_code, status, "
                 "created_at, updated_at) VALUES ($1, '2025-01-10T09:00:00Z', 'telephone', "
                 "'suivi', 'honore', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
                 {std::to_string(recent_contact)});
  RefreshForTest(db.store(), clock, recent_contact);
  auto before = QueryRows(db.store(), "SELECT * FROM persons ORDER BY id");
  auto report = Run(true);
  EXPECT_TRUE(report.dry_run);
  EXPECT_EQ(Ids(report), std::vector<std::int64_t>{old});
  EXPECT_EQ(report.persons[0].exited_on, *ParseIsoDate("2023-01-15"));
  EXPECT_EQ(report.persons[0].last_contact_on, *ParseIsoDate("2023-01-15"));
  EXPECT_EQ(report.cutoff, *ParseIsoDate("2024-06-01"));
  EXPECT_NE(report.Summary().find("Simulation"), std::string::npos);
  EXPECT_EQ(QueryRows(db.store(), "SELECT * FROM persons ORDER BY id"), before);
  EXPECT_EQ(Q("SELECT COUNT(*) FROM notes WHERE person_id = $1", old), "1");
  EXPECT_EQ(QueryText(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = $1",
                      {std::string("person.anonymise")}),
            "0");
}

TEST_F(RetentionDbTest, RunAnonymisesExactlyTheEligibleAndKeepsTheStatisticalFacts) {
  auto old = Followed("Ancien", "2023-01-15");
  auto recent_exit = Followed("Sortie", "2025-03-01");
  auto reopened = Followed("Revenu", "2023-01-15");
  // The right closed in 2023, then a new right (a new D&D period) in 2024.
  ExecuteForTest(db.store(),
                 "UPDATE rights_history SET valid_to = '2023-02-01' WHERE person_id = $1",
                 {std::to_string(reopened)});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, valid_to, "
                 "etatdosrsa, dd_flag, source, recorded_at) SELECT household_id, id, "
                 "'2023-02-01', '2024-01-01', '5', '0', 'manual', '2023-02-01T00:00:00Z' FROM "
                 "persons WHERE id = $1",
                 {std::to_string(reopened)});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) SELECT household_id, id, '2024-01-01', '2', '1', "
                 "'manual', '2024-01-01T00:00:00Z' FROM persons WHERE id = $1",
                 {std::to_string(reopened)});
  RefreshForTest(db.store(), clock, reopened);
  auto never_exited =
      CreateTestPerson(db.store(), clock, {.last_name = "Present", .dd_since = std::nullopt});

  auto report = Run(false);
  EXPECT_FALSE(report.dry_run);
  EXPECT_EQ(Ids(report), std::vector<std::int64_t>{old});

  // Identifying data removed.
  auto p = QueryRows(db.store(),
                     "SELECT first_name, last_name, birth_name, civility, birth_date, nir, "
                     "caf_number, internal_id, email, phone, address, search_key, anonymised_at, "
                     "sex, commune_code, role FROM persons WHERE id = $1",
                     {old})
               .at(0);
  EXPECT_EQ(p[0], "Anonyme");
  EXPECT_EQ(p[1], "Anonyme");
  for (int i : {2, 3, 5, 6, 7, 8, 9, 10, 11}) EXPECT_EQ(p[i], "") << i;
  EXPECT_EQ(p[4], "1985-01-01");
  EXPECT_EQ(p[12], "2026-06-01T09:00:00Z");
  // Regression: the name search index no longer finds the person by their old name.
  EXPECT_EQ(QueryRows(db.store(), "SELECT COUNT(*) FROM person_name_variants WHERE person_id = $1",
                      {old})
                .at(0)
                .at(0),
            "0");
  // Statistical facts kept.
  EXPECT_EQ(p[13], "F");
  EXPECT_EQ(p[14], "92050");
  EXPECT_EQ(p[15], "DEM");
  EXPECT_EQ(Q("SELECT COUNT(*) FROM rights_history WHERE person_id = $1", old), "1");
  EXPECT_EQ(Q("SELECT parcours || '|' || decided_on || '|' || COALESCE(reason, '-') FROM "
              "orientations WHERE person_id = $1",
              old),
            "social|2020-03-01|-");
  EXPECT_EQ(Q("SELECT criteria FROM orientations WHERE person_id = $1", old).find("secret"),
            std::string::npos);
  EXPECT_NE(Q("SELECT criteria FROM orientations WHERE person_id = $1", old).find("sans_activite"),
            std::string::npos);
  EXPECT_EQ(Q("SELECT type || '|' || status || '|' || ends_on || '|' || COALESCE(objectives, '-') "
              "FROM contracts WHERE person_id = $1",
              old),
            "cer_social|signe|2020-10-01|-");
  EXPECT_EQ(Q("SELECT CAST(a.action_type AS TEXT) || '|' || a.label FROM contract_actions a JOIN "
              "contracts c ON c.id = a.contract_id WHERE c.person_id = $1",
              old),
            "9|");
  EXPECT_EQ(Q("SELECT status || '|' || starts_at || '|' || COALESCE(place, '-') || "
              "COALESCE(comment, '-') FROM appointments WHERE person_id = $1",
              old),
            "honore|2022-12-01T09:00:00Z|--");
  EXPECT_EQ(Q("SELECT COUNT(*) FROM notes WHERE person_id = $1", old), "0");
  EXPECT_EQ(Q("SELECT reason || '|' || exited_on || '|' || COALESCE(comment, '-') FROM exits "
              "WHERE person_id = $1",
              old),
            "emploi_durable|2023-01-15|-");
  EXPECT_EQ(Q("SELECT rome_code || '|' || COALESCE(professional_project, '-') || "
              "COALESCE(comment, '-') FROM diagnostics WHERE person_id = $1",
              old),
            "G1602|--");
  EXPECT_EQ(Q("SELECT COUNT(*) FROM diagnostic_items i JOIN diagnostics d ON d.id = "
              "i.diagnostic_id WHERE d.person_id = $1 AND i.impact = 'fort'",
              old),
            "1");
  EXPECT_EQ(Q("SELECT COALESCE(numdemrsa, '') || caf_matricule || COALESCE(address, '') FROM "
              "households WHERE id = (SELECT household_id FROM persons WHERE id = $1)",
              old),
            "");
  EXPECT_EQ(QueryText(db.store(),
                      "SELECT COUNT(*) FROM audit_events WHERE action = $1 AND "
                      "object_type = 'person' AND object_id = $2 AND agent_id IS NULL",
                      {std::string("person.anonymise"), std::to_string(old)}),
            "1");
  // Everyone else untouched.
  for (auto kept : {recent_exit, reopened, never_exited}) {
    EXPECT_EQ(Q("SELECT COALESCE(anonymised_at, 'non') FROM persons WHERE id = $1", kept), "non");
    EXPECT_NE(Q("SELECT last_name FROM persons WHERE id = $1", kept), "Anonyme");
  }
  EXPECT_EQ(Q("SELECT COUNT(*) FROM notes WHERE person_id = $1", recent_exit), "1");

  // Running again changes nothing more.
  auto snapshot = QueryRows(db.store(), "SELECT * FROM persons ORDER BY id");
  auto again = Run(false);
  EXPECT_TRUE(again.persons.empty());
  EXPECT_EQ(QueryRows(db.store(), "SELECT * FROM persons ORDER BY id"), snapshot);
  EXPECT_EQ(QueryText(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = $1",
                      {std::string("person.anonymise")}),
            "1");
}

TEST_F(RetentionDbTest, MonthsComeFromOptionsOrSettings) {
  Followed("Ancien", "2023-01-15");
  EXPECT_TRUE(Run(true, 60).persons.empty());
  settings.retention_parcours_months = 48;
  EXPECT_TRUE(Run(true).persons.empty());
  settings.retention_parcours_months = 12;
  EXPECT_EQ(Run(true).persons.size(), 1u);
  auto bad = app::RunRetention(db.store(), clock, settings, app::Actor::System(), {true, 0});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  auto referent = ActorFor(1, Role::kReferent, org.structure_id);
  auto refused = app::RunRetention(db.store(), clock, settings, referent, {true, {}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
}

TEST_F(RetentionDbTest, ExportHoldsEverythingAboutThePersonAndIsAudited) {
  auto id = Followed("Exporte", "2025-03-01");
  auto referent_id =
      CreateAgent(db.store(), clock, settings, "ref@cd92.fr", {Role::kReferent}, org.structure_id);
  AssignReferentForTest(db.store(), clock, id, referent_id, org.structure_id, "2020-03-05");
  auto referent = ActorFor(referent_id, Role::kReferent, org.structure_id);
  auto e = app::ExportPersonalData(db.store(), clock, referent, id, "json");
  ASSERT_TRUE(e) << e.error().message;
  std::map<std::string, std::size_t> counts;
  for (const auto& s : e->sections) counts[s.key] = s.rows.size();
  EXPECT_EQ(counts["person"], 1u);
  EXPECT_EQ(counts["household"], 1u);
  EXPECT_EQ(counts["rights_history"], 1u);
  EXPECT_EQ(counts["orientations"], 1u);
  EXPECT_EQ(counts["referent_assignments"], 1u);
  EXPECT_EQ(counts["diagnostics"], 1u);
  EXPECT_EQ(counts["diagnostic_items"], 1u);  // sante: the referent's structure sees health
  EXPECT_EQ(counts["contracts"], 1u);
  EXPECT_EQ(counts["contract_actions"], 1u);
  EXPECT_EQ(counts["appointments"], 1u);
  EXPECT_EQ(counts["notes"], 1u);
  EXPECT_EQ(counts["exits"], 1u);
  EXPECT_EQ(counts.count("reorientation_requests"), 1u);
  EXPECT_EQ(counts.count("parcours_reviews"), 1u);
  EXPECT_FALSE(e->nir_masked);
  const auto& person = e->sections.front();
  auto last = std::find(person.columns.begin(), person.columns.end(), "last_name");
  EXPECT_EQ(person.rows[0][static_cast<std::size_t>(last - person.columns.begin())], "Exporte");
  EXPECT_EQ(QueryText(db.store(),
                      "SELECT details FROM audit_events WHERE action = $1 AND "
                      "object_id = $2",
                      {std::string("person.export"), std::to_string(id)}),
            "{\"format\":\"json\"}");
  // The second export lists the first one in the audit section.
  auto second = app::ExportPersonalData(db.store(), clock, referent, id, "page");
  for (const auto& s : second->sections) {
    if (s.key == "audit_events") {
      EXPECT_GE(s.rows.size(), 1u);
    }
  }
  // A charge_orientation of the territory exports, health and NIR included; a coordinateur
  // sees the person but may not export.
  auto charge =
      ActorFor(CreateAgent(db.store(), clock, settings, "co@cd92.fr", {Role::kChargeOrientation}),
               Role::kChargeOrientation, std::nullopt, org.territory_id);
  EXPECT_TRUE(app::ExportPersonalData(db.store(), clock, charge, id, "json"));
  auto coordinateur =
      ActorFor(CreateAgent(db.store(), clock, settings, "coord@cd92.fr", {Role::kCoordinateur}),
               Role::kCoordinateur);
  auto refused = app::ExportPersonalData(db.store(), clock, coordinateur, id, "json");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
}

TEST_F(RetentionDbTest, AnonymisedPersonShowsAsSuchInTheExport) {
  auto id = Followed("Ancien", "2023-01-15");
  Run(false);
  auto e = app::ExportPersonalData(db.store(), clock, app::Actor::System(), id, "json");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->display_name, "Personne anonymisée");
}

}  // namespace
}  // namespace pacte::testing
