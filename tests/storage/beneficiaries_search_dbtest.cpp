// Searching and listing beneficiaries, the caseload counts and the journal, on SQLite and
// PostgreSQL.

#include <gmock/gmock.h>

#include "app/beneficiaries/beneficiary_timeline.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/beneficiaries/search_beneficiaries.hpp"
#include "storage/beneficiaries_fixture.hpp"
#include "storage/repositories/organisation_sql.hpp"

namespace pacte::testing {
namespace {

class SearchBeneficiariesTest : public BeneficiariesTest {
 protected:
  std::int64_t Person(const std::string& last, const std::string& first = "Awa",
                      std::optional<std::string> dd_since = "2025-01-06") {
    return CreateTestPerson(db.store(), clock,
                            {.last_name = last, .first_name = first, .dd_since = dd_since});
  }
  std::vector<std::int64_t> Ids(const app::BeneficiarySearch& s, app::Actor actor = {}) {
    if (actor.roles.empty()) actor = Admin();
    auto page = app::SearchBeneficiaries(db.store(), clock, actor, s, {1, 50});
    EXPECT_TRUE(page) << (page ? "" : page.error().message);
    std::vector<std::int64_t> out;
    if (page) {
      for (const auto& it : page->items) out.push_back(it.id);
    }
    return out;
  }
  std::vector<std::int64_t> ByName(const std::string& name) {
    app::BeneficiarySearch s;
    s.name = name;
    return Ids(s);
  }
  std::vector<std::int64_t> ByStatus(app::PersonStatusFilter status) {
    app::BeneficiarySearch s;
    s.status = status;
    return Ids(s);
  }
  void Contract(std::int64_t person, const std::string& status, const std::string& starts,
                const std::string& ends) {
    ExecuteForTest(db.store(),
                   "INSERT INTO contracts (person_id, type, status, starts_on, ends_on, "
                   "created_at, updated_at) VALUES ($1, 'cer_social', $2, $3, $4, "
                   "'2025-02-01T00:00:00Z', 'x')",
                   {std::to_string(person), status, starts, ends});
    Refresh(person);
  }
  void Exit(std::int64_t person) {
    ExecuteForTest(db.store(),
                   "INSERT INTO exits (person_id, exited_on, reason, created_at, updated_at) "
                   "VALUES ($1, '2026-05-01', 'emploi_durable', 'x', 'x')",
                   {std::to_string(person)});
    Refresh(person);
  }
  void Refresh(std::int64_t person) {
    db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
      app::RefreshParcoursState(uow, person, clock.Now());
      return true;
    });
  }
};

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

TEST_F(SearchBeneficiariesTest, NameIsAccentAndCaseInsensitivePrefix) {
  const auto lefevre = Person("Lefèvre");
  Person("Martin");
  EXPECT_THAT(ByName("lefe"), ElementsAre(lefevre));
  EXPECT_THAT(ByName("LEFÈVRE awa"), ElementsAre(lefevre));
  EXPECT_THAT(ByName("lefevre jean"), IsEmpty());
}

TEST_F(SearchBeneficiariesTest, NameToleratesOneTypoAfterTheExactMatches) {
  const auto lefevre = Person("Lefèvre");
  const auto lefebvre = Person("Lefebvre");
  Person("Lefort");
  EXPECT_THAT(ByName("Lefevbre"), UnorderedElementsAre(lefevre, lefebvre));
  EXPECT_THAT(ByName("Lefebre"), UnorderedElementsAre(lefevre, lefebvre));
  EXPECT_THAT(ByName("Lfevre"), ElementsAre(lefevre));
  EXPECT_THAT(ByName("Lefebre awa"), UnorderedElementsAre(lefevre, lefebvre));
  EXPECT_THAT(ByName("Lefebre jean"), IsEmpty());
  // Exact prefix matches come before typo matches.
  EXPECT_THAT(ByName("Lefebvre"), ElementsAre(lefebvre, lefevre));
  EXPECT_THAT(ByName("Lefbr"), IsEmpty());  // two typos
}

// The name prefix is matched with an index-served byte range on SQLite
// (storage::KeyPrefixCondition): the same persons as the LIKE alone, at the range's edges.
TEST_F(SearchBeneficiariesTest, NamePrefixMatchesExactlyTheKeysStartingWithIt) {
  const auto mar = Person("Mar");
  const auto mara = Person("Mara");
  const auto marzouki = Person("Marzouki");
  const auto martin = Person("Märtin");
  const auto ma_riviere = Person("Ma Rivière");
  Person("Maq");
  Person("Mas");
  Person("Lemar");
  EXPECT_THAT(ByName("mar"), UnorderedElementsAre(mar, mara, marzouki, martin));
  EXPECT_THAT(ByName("MAR awa"), ElementsAre(mar));
  EXPECT_THAT(ByName("marzo"), ElementsAre(marzouki));
  EXPECT_THAT(ByName("ma r"), ElementsAre(ma_riviere));
  EXPECT_THAT(ByName("maz"), IsEmpty());
  db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    app::PersonQuery q;
    q.name = "Mar";
    auto page = uow.Beneficiaries().SearchPersons(q, {1, 50});
    EXPECT_EQ(page.total, 4);
    std::vector<std::int64_t> ids;
    for (const auto& p : page.items) ids.push_back(p.id);
    EXPECT_THAT(ids, UnorderedElementsAre(mar, mara, marzouki, martin));
    return true;
  });
}

TEST_F(SearchBeneficiariesTest, NamePrefixConditionIsServedByTheSearchKeyIndexOnSqlite) {
  db.store().WithConnection([&](storage::SqlConnection& conn) {
    storage::SqlParams values;
    const std::string cond =
        storage::KeyPrefixCondition(conn.dialect(), "search_key", "mar", values);
    storage::SqlConditions where;
    where.Add(cond, values);
    if (conn.dialect().LikePrefixNeedsRange()) {
      EXPECT_EQ(values.size(), 3u);
      std::string plan;
      for (const auto& row :
           conn.Query("EXPLAIN QUERY PLAN SELECT id FROM persons" + where.Where(),
                      where.params())
               .rows) {
        plan += row.Text(3) + "\n";
      }
      EXPECT_THAT(plan, ::testing::HasSubstr("USING COVERING INDEX persons_by_search_key"));
    } else {
      EXPECT_EQ(cond, "search_key LIKE ? ESCAPE '\\'");
      EXPECT_EQ(values.size(), 1u);
    }
  });
}

TEST_F(SearchBeneficiariesTest, SearchesByNirCafNumberAndBirthDate) {
  const auto id = Person("Diallo");
  ExecuteForTest(db.store(),
                 "UPDATE persons SET nir = $1, caf_number = '1234567' WHERE id = $2",
                 {kNir, std::to_string(id)});
  Person("Martin");
  app::BeneficiarySearch s;
  s.nir = "2850492050123";
  EXPECT_THAT(Ids(s), ElementsAre(id));
  s = {};
  s.caf_number = "1234567";
  EXPECT_THAT(Ids(s), ElementsAre(id));
  s = {};
  s.birth_date = "1985-04-12";
  EXPECT_EQ(Ids(s).size(), 2u);
  s = {};
  s.nir = "123";
  auto bad = app::SearchBeneficiaries(db.store(), clock, Admin(), s, {});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  ASSERT_FALSE(bad.error().fields.empty());
  EXPECT_EQ(bad.error().fields[0].field, "nir");
}

TEST_F(SearchBeneficiariesTest, StatusFilters) {
  const auto not_oriented = Person("Aubert");
  const auto no_referent = Person("Bernard");
  OrientForTest(db.store(), clock, no_referent, org.structure_id, "social", "2025-02-01");
  const auto valid = Person("Chevalier");
  OrientForTest(db.store(), clock, valid, org.structure_id, "social", "2025-02-01");
  AssignReferentForTest(db.store(), clock, valid, referent_id, org.structure_id, "2025-02-10");
  Contract(valid, "signe", "2026-01-01", "2026-12-31");
  const auto expiring = Person("Durand");
  OrientForTest(db.store(), clock, expiring, org.structure_id, "professionnel", "2025-02-01");
  Contract(expiring, "signe", "2026-01-01", "2026-06-20");
  const auto exited = Person("Etienne");
  Exit(exited);
  using S = app::PersonStatusFilter;
  EXPECT_THAT(ByStatus(S::kNonOriente), ElementsAre(not_oriented));
  EXPECT_THAT(ByStatus(S::kOrienteSansReferent), ElementsAre(no_referent, expiring));
  EXPECT_THAT(ByStatus(S::kSansContratValide), ElementsAre(no_referent));
  EXPECT_THAT(ByStatus(S::kContratExpirant), ElementsAre(expiring));
  EXPECT_THAT(ByStatus(S::kSorti), ElementsAre(exited));
  EXPECT_EQ(ByStatus(S::kEnCours).size(), 4u);
  app::BeneficiarySearch s;
  s.parcours = "professionnel";
  EXPECT_THAT(Ids(s), ElementsAre(expiring));
  s = {};
  s.referent_agent_id = referent_id;
  EXPECT_THAT(Ids(s), ElementsAre(valid));
}

TEST_F(SearchBeneficiariesTest, SortsAndPaginates) {
  const auto a = Person("Aubert", "Awa", "2025-03-01");
  const auto b = Person("Bernard", "Awa", "2024-01-01");
  const auto c = Person("Chevalier", "Awa", std::nullopt);
  app::BeneficiarySearch s;
  s.sort = app::PersonSort::kDdSince;
  EXPECT_THAT(Ids(s), ElementsAre(b, a, c));
  s.descending = true;
  EXPECT_THAT(Ids(s), ElementsAre(a, b, c));
  auto page = app::SearchBeneficiaries(db.store(), clock, Admin(), {}, {2, 2});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total, 3);
  EXPECT_THAT(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id, c);
}

TEST_F(SearchBeneficiariesTest, ListsApplyTheActorsVisibility) {
  const auto ours = Person("Aubert");
  OrientForTest(db.store(), clock, ours, org.structure_id);
  const auto other_org = CreateTestStructure(db.store(), clock, "Autre");
  const auto theirs = Person("Bernard");
  OrientForTest(db.store(), clock, theirs, other_org.structure_id);
  const auto nobody = Person("Chevalier");
  EXPECT_THAT(Ids({}, Agent(Role::kReferent)), ElementsAre(ours));
  auto charge = Agent(Role::kChargeOrientation);
  charge.territory_id = org.territory_id;
  EXPECT_THAT(Ids({}, charge), ElementsAre(ours, theirs, nobody));
  charge.territory_id = org.territory_id + 1000;
  EXPECT_THAT(Ids({}, charge), IsEmpty());
  // No prescriptions before the offer: an operateur sees nobody.
  EXPECT_THAT(Ids({}, Agent(Role::kOperateur)), IsEmpty());
  for (Role role : {Role::kSignataire, Role::kLecteurStats}) {
    auto r = app::SearchBeneficiaries(db.store(), clock, Agent(role), {}, {});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  }
}

TEST_F(SearchBeneficiariesTest, EachSearchIsAuditedWithCodesOnly) {
  Person("Lefèvre");
  app::BeneficiarySearch s;
  s.name = "Lefèvre";
  s.status = app::PersonStatusFilter::kEnCours;
  Ids(s);
  EXPECT_EQ(AuditCount("person.search"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.search' AND "
                  "details LIKE '%en_cours%' AND details NOT LIKE '%Lef%'"),
            1);
}

TEST_F(SearchBeneficiariesTest, CaseloadCountsByStatus) {
  auto referent = Agent(Role::kReferent, referent_id);
  const auto a = Person("Aubert");
  AssignReferentForTest(db.store(), clock, a, referent_id, org.structure_id, "2025-02-10");
  const auto b = Person("Bernard");
  OrientForTest(db.store(), clock, b, org.structure_id);
  AssignReferentForTest(db.store(), clock, b, referent_id, org.structure_id, "2025-02-10");
  Contract(b, "signe", "2026-01-01", "2026-06-20");
  const auto c = Person("Chevalier");
  AssignReferentForTest(db.store(), clock, c, referent_id, org.structure_id, "2025-02-10");
  Exit(c);
  Person("Durand");
  auto counts = app::GetCaseloadCounts(db.store(), clock, referent);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->total, 2);
  EXPECT_EQ(counts->non_oriente, 1);
  EXPECT_EQ(counts->sans_contrat_valide, 0);
  EXPECT_EQ(counts->contrat_expirant, 1);
  EXPECT_EQ(counts->sorti, 1);
}

TEST_F(SearchBeneficiariesTest, TimelineListsEveryEventNewestFirstAndIsAudited) {
  const auto id = Person("Aubert", "Awa", "2025-01-06");
  const auto p = std::to_string(id);
  OrientForTest(db.store(), clock, id, org.structure_id, "social", "2025-02-03");
  AssignReferentForTest(db.store(), clock, id, referent_id, org.structure_id, "2025-02-10");
  Contract(id, "signe", "2025-03-01", "2025-08-31");
  ExecuteForTest(db.store(), "UPDATE contracts SET signed_on = '2025-03-01' WHERE person_id = $1",
                 {p});
  ExecuteForTest(db.store(),
                 "INSERT INTO appointments (person_id, starts_at, mode, motive_code, status, "
                 "created_at, updated_at) VALUES ($1, '2025-04-01T09:00:00Z', 'sur_place', "
                 "'suivi', 'honore', 'x', 'x')",
                 {p});
  ExecuteForTest(db.store(),
                 "INSERT INTO notes (person_id, visibility, body, created_at, updated_at) "
                 "VALUES ($1, 'referent', 'secret du référent', '2025-05-01T10:00:00Z', 'x')",
                 {p});
  ExecuteForTest(db.store(),
                 "INSERT INTO diagnostics (person_id, made_on, created_at, updated_at) VALUES "
                 "($1, '2025-02-20', 'x', 'x')",
                 {p});
  Exit(id);
  auto page = app::GetTimeline(db.store(), clock, Admin(), id, {1, 50});
  ASSERT_TRUE(page);
  std::vector<std::string> kinds;
  for (const auto& e : page->items) kinds.push_back(e.event.kind);
  EXPECT_THAT(kinds, ElementsAre("sortie", "note", "rendez_vous", "contrat_signe",
                                 "diagnostic", "referent_designe", "orientation",
                                 "contrat_cree", "droits"));
  EXPECT_EQ(page->total, 9);
  for (const auto& e : page->items) {
    EXPECT_EQ(e.label.find("secret"), std::string::npos);
    EXPECT_FALSE(e.label.empty());
  }
  EXPECT_EQ(page->items[1].label, "Note ajoutée (visibilité : référent seulement)");
  EXPECT_EQ(page->items[1].tab, "notes");
  EXPECT_EQ(page->items[6].label, "Orientation : parcours Social");
  auto second = app::GetTimeline(db.store(), clock, Admin(), id, {2, 4});
  ASSERT_TRUE(second);
  ASSERT_EQ(second->items.size(), 4u);
  EXPECT_EQ(second->items[0].event.kind, "diagnostic");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.read' AND "
                  "details LIKE '%journal%'"),
            2);
  auto hidden = app::GetTimeline(db.store(), clock, Agent(Role::kLecteurStats), id, {});
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
}

}  // namespace
}  // namespace pacte::testing
