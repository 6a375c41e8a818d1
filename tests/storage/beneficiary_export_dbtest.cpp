// Exporting the beneficiaries list (issue 5), on SQLite and PostgreSQL: the list's persons
// for the actor, every page, its columns, the row cap, the permissions and the audit.

#include <gmock/gmock.h>

#include "app/beneficiaries/export_person_list.hpp"
#include "app/parcours/parcours_state.hpp"
#include "storage/beneficiaries_fixture.hpp"

namespace pacte::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class ExportPersonListTest : public BeneficiariesTest {
 protected:
  std::int64_t Person(const std::string& last, const std::string& first = "Awa") {
    return CreateTestPerson(db.store(), clock,
                            {.last_name = last, .first_name = first, .dd_since = "2025-01-06"});
  }
  Result<app::Table> Export(const app::Actor& actor, const app::BeneficiarySearch& s = {},
                            app::PersonListExportLimits limits = {}) {
    return app::ExportPersonList(db.store(), clock, actor, s, limits);
  }
  // The first column (Nom) of every row.
  std::vector<std::string> Names(const app::Actor& actor, const app::BeneficiarySearch& s = {},
                                 app::PersonListExportLimits limits = {}) {
    auto table = Export(actor, s, limits);
    EXPECT_TRUE(table) << (table ? "" : table.error().message);
    std::vector<std::string> out;
    if (table) {
      for (const auto& row : table->rows) out.push_back(std::get<std::string>(row.at(0)));
    }
    return out;
  }
  void Refresh(std::int64_t person) {
    db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
      app::RefreshParcoursState(uow, person, clock.Now());
      return true;
    });
  }
};

std::string TextAt(const app::Table& t, std::size_t row, std::size_t col) {
  return std::get<std::string>(t.rows.at(row).at(col));
}

TEST_F(ExportPersonListTest, HoldsTheListColumnsWithFrenchDatesAndLabels) {
  const auto id = Person("Lefèvre", "Zoé");
  OrientForTest(db.store(), clock, id, org.structure_id, "socio_professionnel", "2025-02-03");
  AssignReferentForTest(db.store(), clock, id, referent_id, org.structure_id, "2025-02-10");
  ExecuteForTest(db.store(),
                 "INSERT INTO contracts (person_id, type, status, signed_on, starts_on, ends_on, "
                 "created_at, updated_at) VALUES ($1, 'cer_social', 'signe', '2026-03-01', "
                 "'2026-03-01', '2026-08-31', 'x', 'x')",
                 {std::to_string(id)});
  Refresh(id);
  auto table = Export(Admin());
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->sheet_name, "Bénéficiaires");
  EXPECT_THAT(table->headers,
              ElementsAre("Nom", "Prénom", "Date de naissance", "Commune", "Entrée D&D", "Parcours",
                          "Orientée le", "Structure", "Référent", "Contrat jusqu'au", "Sortie"));
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(TextAt(*table, 0, 0), "Lefèvre");
  EXPECT_EQ(TextAt(*table, 0, 1), "Zoé");
  EXPECT_EQ(TextAt(*table, 0, 2), "12/04/1985");
  EXPECT_EQ(TextAt(*table, 0, 3), "Nanterre");
  EXPECT_EQ(TextAt(*table, 0, 4), "06/01/2025");
  EXPECT_EQ(TextAt(*table, 0, 5), "Socio-professionnel");
  EXPECT_EQ(TextAt(*table, 0, 6), "03/02/2025");
  EXPECT_FALSE(TextAt(*table, 0, 7).empty());
  EXPECT_NE(TextAt(*table, 0, 8), "");
  EXPECT_EQ(TextAt(*table, 0, 9), "31/08/2026");
  EXPECT_EQ(TextAt(*table, 0, 10), "");
}

TEST_F(ExportPersonListTest, NeverHoldsTheNir) {
  CreateTestPerson(db.store(), clock, {.last_name = "Dupont", .dd_since = "2025-01-06"});
  ExecuteForTest(db.store(), "UPDATE persons SET nir = $1", {kNir});
  auto table = Export(Admin());
  ASSERT_TRUE(table);
  for (const auto& h : table->headers) EXPECT_EQ(h.find("NIR"), std::string::npos);
  for (const auto& cell : table->rows.at(0)) {
    EXPECT_NE(std::get<std::string>(cell), kNir);
  }
}

TEST_F(ExportPersonListTest, ReadsEveryPageInTheListOrder) {
  for (const char* name : {"Etienne", "Bernard", "Durand", "Aubert", "Carpentier"}) {
    Person(name);
  }
  EXPECT_THAT(Names(Admin(), {}, {.page_size = 2}),
              ElementsAre("Aubert", "Bernard", "Carpentier", "Durand", "Etienne"));
  app::BeneficiarySearch desc;
  desc.descending = true;
  EXPECT_THAT(Names(Admin(), desc, {.page_size = 3}),
              ElementsAre("Etienne", "Durand", "Carpentier", "Bernard", "Aubert"));
}

TEST_F(ExportPersonListTest, AppliesTheCriteriaOfTheList) {
  Person("Lefèvre");
  Person("Martin");
  app::BeneficiarySearch s;
  s.name = "lefe";
  EXPECT_THAT(Names(Admin(), s), ElementsAre("Lefèvre"));
  s.name.clear();
  s.status = app::PersonStatusFilter::kSorti;
  EXPECT_THAT(Names(Admin(), s), IsEmpty());
}

TEST_F(ExportPersonListTest, AReferentExportsOnlyWhatTheirStructureFollows) {
  const auto ours = Person("Aubert");
  OrientForTest(db.store(), clock, ours, org.structure_id);
  const auto other_org = CreateTestStructure(db.store(), clock, "Autre");
  const auto theirs = Person("Bernard");
  OrientForTest(db.store(), clock, theirs, other_org.structure_id);
  Person("Chevalier");
  EXPECT_THAT(Names(Agent(Role::kReferent)), ElementsAre("Aubert"));
  auto charge = Agent(Role::kChargeOrientation);
  charge.territory_id = org.territory_id;
  EXPECT_THAT(Names(charge), ElementsAre("Aubert", "Bernard", "Chevalier"));
  EXPECT_EQ(Names(Agent(Role::kCoordinateur)).size(), 3u);
}

TEST_F(ExportPersonListTest, OperatorsSignatoriesAndStatisticsReadersAreRefused) {
  Person("Aubert");
  for (Role role : {Role::kOperateur, Role::kSignataire, Role::kLecteurStats}) {
    auto r = Export(Agent(role));
    ASSERT_FALSE(r) << RoleCode(role);
    EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
    EXPECT_EQ(r.error().message,
              "L'export des listes de bénéficiaires est réservé aux agents qui les "
              "accompagnent.");
  }
  EXPECT_EQ(AuditCount("person.list_export"), 0);
}

TEST_F(ExportPersonListTest, MoreRowsThanTheCapIsAFrenchErrorAndNothingIsAudited) {
  for (const char* name : {"Aubert", "Bernard", "Chevalier"}) Person(name);
  auto r = Export(Admin(), {}, {.max_rows = 2});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(r.error().code, "person.export_too_large");
  EXPECT_EQ(r.error().message,
            "L'export est limité à 2 personnes et 3 correspondent à ces critères : affinez la "
            "recherche (territoire, structure, situation…).");
  EXPECT_EQ(AuditCount("person.list_export"), 0);
  EXPECT_EQ(Names(Admin(), {}, {.max_rows = 3}).size(), 3u);
}

TEST_F(ExportPersonListTest, TheCapMessageGroupsThousands) {
  Person("Aubert");
  Person("Bernard");
  auto r = Export(Admin(), {}, {.max_rows = 1});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("limité à 1 personnes et 2 correspondent"), std::string::npos);
  EXPECT_EQ(app::kPersonListExportMaxRows, 50000);
}

TEST_F(ExportPersonListTest, UnreadableCriteriaAreReportedByField) {
  app::BeneficiarySearch s;
  s.nir = "123";
  s.birth_date = "31/02/2020";
  auto r = Export(Admin(), s);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  ASSERT_EQ(r.error().fields.size(), 2u);
  EXPECT_EQ(r.error().fields[0].field, "nir");
  EXPECT_EQ(r.error().fields[1].field, "birth_date");
}

TEST_F(ExportPersonListTest, EachExportIsAuditedWithCodesAndCountOnly) {
  Person("Lefèvre");
  Person("Martin");
  app::BeneficiarySearch s;
  s.name = "Lefèvre";
  s.status = app::PersonStatusFilter::kEnCours;
  ASSERT_EQ(Names(Admin(), s).size(), 1u);
  EXPECT_EQ(AuditCount("person.list_export"), 1);
  EXPECT_EQ(AuditCount("person.search"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.list_export' AND "
                  "details LIKE '%en_cours%' AND details LIKE '%\"count\":1%' AND "
                  "details LIKE '%\"name\"%' AND details NOT LIKE '%Lef%'"),
            1);
}

}  // namespace
}  // namespace pacte::testing
