// Creating, editing and reading a beneficiary through the use cases, on SQLite and
// PostgreSQL: validation, conflicts, stale versions, access, masking and audit.

#include "app/beneficiaries/beneficiary_file.hpp"
#include "app/beneficiaries/manage_beneficiary.hpp"
#include "storage/beneficiaries_fixture.hpp"

namespace pacte::testing {
namespace {

class ManageBeneficiaryTest : public BeneficiariesTest {
 protected:
  app::NewBeneficiary Valid() {
    app::NewBeneficiary in;
    in.person.last_name = "Lefèvre";
    in.person.first_name = "Awa";
    in.person.birth_date = "1985-04-12";
    in.person.sex = "F";
    in.person.nir = "2850492050123";  // 13 characters: completed with its key
    in.person.commune_code = "92050";
    in.dd_since = "2025-01-06";
    return in;
  }
  std::int64_t Create(const app::NewBeneficiary& in) {
    auto id = app::CreateBeneficiary(db.store(), clock, Admin(), in);
    EXPECT_TRUE(id) << (id ? "" : id.error().message);
    return id.value_or(0);
  }
  bool HasFieldError(const Error& e, const std::string& field) {
    for (const auto& f : e.fields) {
      if (f.field == field) return true;
    }
    return false;
  }
  void ExpectNothingWritten() {
    EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history"), 0);
    EXPECT_EQ(AuditCount("person.create"), 0);
  }
};

TEST_F(ManageBeneficiaryTest, CreatesThePersonItsDdRightsAndProjectionAndAudits) {
  const auto id = Create(Valid());
  ASSERT_GT(id, 0);
  auto file = app::GetBeneficiary(db.store(), clock, Admin(), id);
  ASSERT_TRUE(file);
  ASSERT_TRUE(file->person.person.nir);
  EXPECT_EQ(file->person.person.nir->Value(), kNir);
  EXPECT_EQ(file->state.dd_since, ParseIsoDate("2025-01-06"));
  EXPECT_EQ(file->state.territory_id, org.territory_id);
  ASSERT_EQ(file->rights.size(), 1u);
  EXPECT_EQ(file->rights[0].state.etatdosrsa, "2");
  EXPECT_EQ(file->rights[0].state.dd_flag, DdFlag::kYes);
  EXPECT_TRUE(file->household);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM rights_history WHERE source = 'manual'"), 1);
  EXPECT_EQ(AuditCount("person.create"), 1);
  EXPECT_EQ(AuditCount("person.read"), 1);
  // The audit holds codes only, never the name or the NIR.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE details LIKE '%285049%' OR "
                  "details LIKE '%Lef%'"),
            0);
}

// Regression: a référent creating a person (not yet oriented) got 404 on the new fiche.
TEST_F(ManageBeneficiaryTest, AReferentWhoCreatesAPersonFollowsIt) {
  const app::Actor referent = Agent(Role::kReferent, referent_id);
  auto id = app::CreateBeneficiary(db.store(), clock, referent, Valid());
  ASSERT_TRUE(id) << id.error().message;
  auto file = app::GetBeneficiary(db.store(), clock, referent, *id);
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(file->state.referent_agent_id, referent_id);
  EXPECT_EQ(file->state.referent_structure_id, org.structure_id);
  // An administrator (who sees everyone) creates without becoming anybody's référent.
  auto in = Valid();
  in.person.nir.clear();
  in.person.last_name = "Autre";
  const auto other = Create(in);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM referent_assignments WHERE person_id = " +
                  std::to_string(other)),
            0);
}

TEST_F(ManageBeneficiaryTest, CreatesWithoutDdSinceAndWithoutHousehold) {
  auto in = Valid();
  in.dd_since.clear();
  in.person.nir.clear();
  const auto id = Create(in);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM person_parcours WHERE person_id = " +
                  std::to_string(id) + " AND dd_since IS NULL"),
            1);
}

TEST_F(ManageBeneficiaryTest, RefusesAnInvalidNirKeyOnTheNirField) {
  auto in = Valid();
  in.person.nir = "285049205012399";
  auto r = app::CreateBeneficiary(db.store(), clock, Admin(), in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_TRUE(HasFieldError(r.error(), "nir"));
  ExpectNothingWritten();
}

TEST_F(ManageBeneficiaryTest, RefusesANirInconsistentWithBirthDateOrSex) {
  auto in = Valid();
  in.person.birth_date = "1986-04-12";
  auto r = app::CreateBeneficiary(db.store(), clock, Admin(), in);
  ASSERT_FALSE(r);
  EXPECT_TRUE(HasFieldError(r.error(), "nir"));
  in = Valid();
  in.person.sex = "M";
  r = app::CreateBeneficiary(db.store(), clock, Admin(), in);
  ASSERT_FALSE(r);
  EXPECT_TRUE(HasFieldError(r.error(), "nir"));
  ExpectNothingWritten();
}

TEST_F(ManageBeneficiaryTest, RefusesAFutureBirthDateAnUnknownCommuneAndAFutureDdSince) {
  auto in = Valid();
  in.person.nir.clear();
  in.person.birth_date = "2027-01-01";
  in.person.commune_code = "92999";
  in.dd_since = "2026-07-01";
  auto r = app::CreateBeneficiary(db.store(), clock, Admin(), in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_TRUE(HasFieldError(r.error(), "birth_date"));
  EXPECT_TRUE(HasFieldError(r.error(), "commune_code"));
  EXPECT_TRUE(HasFieldError(r.error(), "dd_since"));
  ExpectNothingWritten();
}

TEST_F(ManageBeneficiaryTest, RefusesAMissingNameAndBirthDate) {
  app::NewBeneficiary in;
  auto r = app::CreateBeneficiary(db.store(), clock, Admin(), in);
  ASSERT_FALSE(r);
  EXPECT_TRUE(HasFieldError(r.error(), "last_name"));
  EXPECT_TRUE(HasFieldError(r.error(), "first_name"));
  EXPECT_TRUE(HasFieldError(r.error(), "birth_date"));
}

TEST_F(ManageBeneficiaryTest, ADuplicateNirIsAConflictOnTheNirField) {
  Create(Valid());
  auto again = Valid();
  again.person.last_name = "Autre";
  auto r = app::CreateBeneficiary(db.store(), clock, Admin(), again);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(r.error().code, "person.nir_taken");
  ASSERT_EQ(r.error().fields.size(), 1u);
  EXPECT_EQ(r.error().fields[0].field, "nir");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM persons"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM households"), 1);
}

TEST_F(ManageBeneficiaryTest, SignataireAndLecteurStatsMayNotCreate) {
  for (Role role : {Role::kSignataire, Role::kLecteurStats, Role::kCoordinateur}) {
    auto r = app::CreateBeneficiary(db.store(), clock, Agent(role), Valid());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  }
  ExpectNothingWritten();
}

TEST_F(ManageBeneficiaryTest, UpdatesWithTheVersionAndRefusesAStaleOne) {
  const auto id = Create(Valid());
  app::BeneficiaryChanges c;
  c.last_name = "Lefebvre";
  c.phone = "06 12 34 56 78";
  ASSERT_TRUE(app::UpdateBeneficiary(db.store(), clock, Admin(), id, 2, c));
  auto file = app::GetBeneficiary(db.store(), clock, Admin(), id);
  ASSERT_TRUE(file);
  EXPECT_EQ(file->person.person.last_name, "Lefebvre");
  EXPECT_EQ(file->person.version, 3);
  EXPECT_EQ(AuditCount("person.update"), 1);
  c.last_name = "Autre";
  auto stale = app::UpdateBeneficiary(db.store(), clock, Admin(), id, 2, c);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  EXPECT_EQ(AuditCount("person.update"), 1);
}

TEST_F(ManageBeneficiaryTest, UpdateRefusesADuplicateNirAndAnUnknownCommune) {
  const auto first = Create(Valid());
  auto other = Valid();
  other.person.nir.clear();
  other.person.last_name = "Diallo";
  const auto second = Create(other);
  (void)first;
  app::BeneficiaryChanges c;
  c.nir = kNir;
  auto r = app::UpdateBeneficiary(db.store(), clock, Admin(), second, 1, c);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kConflict);
  app::BeneficiaryChanges commune;
  commune.commune_code = "92999";
  r = app::UpdateBeneficiary(db.store(), clock, Admin(), second, 1, commune);
  ASSERT_FALSE(r);
  EXPECT_TRUE(HasFieldError(r.error(), "commune_code"));
  EXPECT_EQ(AuditCount("person.update"), 0);
}

TEST_F(ManageBeneficiaryTest, ChargeOrientationOfTheTerritoryEditsOthersGet404) {
  const auto id = Create(Valid());
  auto charge = Agent(Role::kChargeOrientation);
  charge.territory_id = org.territory_id;
  app::BeneficiaryChanges c;
  c.email = "awa@example.org";
  EXPECT_TRUE(app::UpdateBeneficiary(db.store(), clock, charge, id, 2, c));
  charge.territory_id = org.territory_id + 1000;
  auto outside = app::UpdateBeneficiary(db.store(), clock, charge, id, 3, c);
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  auto read = app::GetBeneficiary(db.store(), clock, charge, id);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().kind, ErrorKind::kNotFound);
}

TEST_F(ManageBeneficiaryTest, ReferentOfAnotherStructureGets404AndOwnCaseloadEdits) {
  const auto id = Create(Valid());
  auto other = CreateTestStructure(db.store(), clock, "Autre structure");
  OrientForTest(db.store(), clock, id, org.structure_id, "social", "2025-02-03");
  auto referent = Agent(Role::kReferent);
  referent.structure_id = other.structure_id;
  auto r = app::GetBeneficiary(db.store(), clock, referent, id);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kNotFound);
  referent.structure_id = org.structure_id;
  app::BeneficiaryChanges c;
  c.email = "awa@example.org";
  EXPECT_TRUE(app::UpdateBeneficiary(db.store(), clock, referent, id, 2, c));
}

TEST_F(ManageBeneficiaryTest, SignataireGetsNoFile) {
  const auto id = Create(Valid());
  auto r = app::GetBeneficiary(db.store(), clock, Agent(Role::kSignataire), id);
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.error().kind == ErrorKind::kNotFound || r.error().kind == ErrorKind::kForbidden);
}

TEST_F(ManageBeneficiaryTest, NirIsMaskedForTheCoordinateur) {
  const auto id = Create(Valid());
  auto coord = app::GetBeneficiary(db.store(), clock, Agent(Role::kCoordinateur), id);
  ASSERT_TRUE(coord);
  EXPECT_FALSE(coord->person.person.nir);
  EXPECT_TRUE(coord->nir_masked);
  EXPECT_EQ(coord->nir_display, "2 85 04 ** *** *** **");
  auto admin = app::GetBeneficiary(db.store(), clock, Admin(), id);
  ASSERT_TRUE(admin);
  EXPECT_EQ(admin->nir_display, "2 85 04 92 050 123 34");
}

TEST_F(ManageBeneficiaryTest, HealthIsHiddenFromRolesWithoutTheRight) {
  const auto id = Create(Valid());
  ExecuteForTest(db.store(),
                 "INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) VALUES "
                 "($1, '2025-04-01', 'x', 'x')",
                 {std::to_string(id)});
  const auto diag = std::to_string(Count("SELECT MAX(id) FROM diagnostics"));
  for (const char* values : {"'sante', 'fort'", "'logement', 'moyen'", "'logement', 'fort'",
                             "'mobilite', 'sans_impact'"}) {
    ExecuteForTest(db.store(),
                   std::string("INSERT INTO diagnostic_items (diagnostic_id, theme, impact) "
                               "VALUES ($1, ") + values + ")",
                   {diag});
  }
  auto admin = app::GetBeneficiary(db.store(), clock, Admin(), id);
  ASSERT_TRUE(admin);
  EXPECT_FALSE(admin->health_hidden);
  ASSERT_EQ(admin->summary.barriers.size(), 3u);
  EXPECT_EQ(admin->summary.barriers[0].theme, "logement");
  EXPECT_EQ(admin->summary.barriers[0].impact, "fort");  // the strongest of the theme
  EXPECT_EQ(admin->summary.barriers[1].theme, "mobilite");
  EXPECT_EQ(admin->summary.barriers[2].theme, "sante");
  auto coord = app::GetBeneficiary(db.store(), clock, Agent(Role::kCoordinateur), id);
  ASSERT_TRUE(coord);
  EXPECT_TRUE(coord->health_hidden);
  EXPECT_EQ(coord->summary.barriers.size(), 2u);
}

TEST_F(ManageBeneficiaryTest, RightsAsKnownAtADate) {
  auto in = Valid();
  in.dd_since.clear();
  const auto id = Create(in);
  // A history recorded on 2025-02-01, corrected on 2025-03-10 (row superseded).
  ExecuteForTest(db.store(),
                 "INSERT INTO households (caf_matricule, paying_body, created_at, updated_at) "
                 "VALUES ('0012345', 'CAF', 'x', 'x')");
  const auto h = std::to_string(Count("SELECT MAX(id) FROM households"));
  const auto p = std::to_string(id);
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at, superseded_at) VALUES ($1, $2, '2025-01-01', "
                 "'3', '1', 'caf', '2025-02-01T00:00:00Z', '2025-03-10T00:00:00Z')",
                 {h, p});
  ExecuteForTest(db.store(),
                 "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                 "dd_flag, source, recorded_at) VALUES ($1, $2, '2025-01-01', '2', '1', 'caf', "
                 "'2025-03-10T00:00:00Z')",
                 {h, p});
  auto now = app::GetBeneficiary(db.store(), clock, Admin(), id);
  ASSERT_TRUE(now);
  ASSERT_EQ(now->rights.size(), 1u);
  EXPECT_EQ(now->rights[0].state.etatdosrsa, "2");
  auto then = app::GetBeneficiary(db.store(), clock, Admin(), id, ParseIsoDate("2025-02-15"));
  ASSERT_TRUE(then);
  ASSERT_EQ(then->rights.size(), 1u);
  EXPECT_EQ(then->rights[0].state.etatdosrsa, "3");
  auto before = app::GetBeneficiary(db.store(), clock, Admin(), id, ParseIsoDate("2025-01-15"));
  ASSERT_TRUE(before);
  EXPECT_TRUE(before->rights.empty());
  auto future = app::GetBeneficiary(db.store(), clock, Admin(), id, ParseIsoDate("2027-01-01"));
  ASSERT_FALSE(future);
  EXPECT_EQ(future.error().kind, ErrorKind::kInvalid);
}

}  // namespace
}  // namespace pacte::testing
