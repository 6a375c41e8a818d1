// Institutions and structures: use cases over both databases, with the audit events they
// leave (captured by a store decorator, committed transactions only).

#include <algorithm>

#include <gtest/gtest.h>

#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/ports/audit_repository.hpp"
#include "app/territory/import_territory.hpp"
#include "support/recording_store.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {


app::Actor WithRole(Role r, std::int64_t id = 41) {
  app::Actor a;
  a.agent_id = id;
  a.roles = {r};
  return a;
}

class OrganisationsTest : public ::testing::Test {
 protected:
  TestDatabase db;
  RecordingStore store{db.store()};
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  app::Actor coordinator = WithRole(Role::kCoordinateur);
  std::int64_t north_id = 0;
  std::int64_t south_id = 0;

  void SetUp() override {
    app::TerritoryImport t;
    t.departement_code = "92";
    t.departement_name = "Hauts-de-Seine";
    t.territories = {{"N", "Nord", TerritoryKind::kEpt}, {"S", "Sud", TerritoryKind::kEpt}};
    auto commune = [](const char* code, const char* name, const char* territory) {
      app::CommuneInput c;
      c.insee_code = code;
      c.name = name;
      c.territory_code = territory;
      return c;
    };
    t.communes = {commune("92050", "Nanterre", "N"), commune("92025", "Colombes", "N"),
                  commune("92002", "Antony", "S")};
    ASSERT_TRUE(app::ImportTerritory(db.store(), clock, app::Actor::System(), t));
    auto territories = app::Read(db.store(), [](app::UnitOfWork& uow) {
      return uow.Territory().ListTerritories(std::nullopt);
    });
    north_id = territories.at(0).territory.id;
    south_id = territories.at(1).territory.id;
  }

  app::Institution NewInstitution(const std::string& name, const std::string& kind = "ccas",
                                  const std::string& siret = "", bool signatory = false) {
    auto created =
        app::CreateInstitution(store, clock, coordinator, {name, kind, siret, signatory});
    EXPECT_TRUE(created) << (created ? "" : created.error().message);
    return created ? *created : app::Institution{};
  }

  StructureDraft Draft(std::int64_t institution_id, const std::string& name,
                       const std::string& commune = "92050") {
    StructureDraft d;
    d.institution_id = institution_id;
    d.name = name;
    d.commune_code = commune;
    d.is_referent_body = true;
    d.drees_category = "ccas_cias";
    return d;
  }

  app::Structure NewStructure(const StructureDraft& d) {
    auto created = app::CreateStructure(store, clock, coordinator, d);
    EXPECT_TRUE(created) << (created ? "" : created.error().message);
    return created ? *created : app::Structure{};
  }

  std::vector<std::string> Names(const app::PageOf<app::Structure>& page) {
    std::vector<std::string> out;
    for (const auto& s : page.items) out.push_back(s.fields.name);
    return out;
  }

  app::PageOf<app::Structure> Structures(const app::StructureFilter& f, app::PageRequest p = {}) {
    return *app::ListStructures(store, coordinator, f, p);
  }
};

app::StructureFilter Query(const std::string& q) {
  app::StructureFilter f;
  f.query = q;
  return f;
}

app::InstitutionFilter InstitutionQuery(const std::string& q) {
  app::InstitutionFilter f;
  f.query = q;
  return f;
}

std::vector<std::string> FieldsOf(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}

TEST_F(OrganisationsTest, CreateInstitutionValidatesAndAudits) {
  auto caf = NewInstitution("CAF des Hauts-de-Seine", "caf", "443 061 841 00047", true);
  EXPECT_EQ(caf.fields.siret, "44306184100047");
  EXPECT_EQ(caf.version, 1);
  ASSERT_EQ(store.Events().size(), 1u);
  EXPECT_EQ(store.Events()[0].action, "institution.create");
  EXPECT_EQ(store.Events()[0].object_type, "institution");
  EXPECT_EQ(store.Events()[0].object_id, std::to_string(caf.id));
  EXPECT_EQ(store.Events()[0].agent_id, coordinator.agent_id);
  EXPECT_EQ(store.Events()[0].details.find("CAF des"), std::string::npos);

  auto bad =
      app::CreateInstitution(store, clock, coordinator, {"", "caf", "73282932000075", false});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(FieldsOf(bad.error()), (std::vector<std::string>{"name", "siret"}));

  auto twin = app::CreateInstitution(store, clock, coordinator,
                                     {"Autre CAF", "caf", "44306184100047", false});
  ASSERT_FALSE(twin);
  EXPECT_EQ(twin.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(FieldsOf(twin.error()), std::vector<std::string>{"siret"});
  EXPECT_EQ(store.Events().size(), 1u);
  EXPECT_EQ(app::ListInstitutions(store, coordinator, {}, {})->total, 1);
}

TEST_F(OrganisationsTest, OnlyManagersChangeInstitutions) {
  for (Role r : {Role::kReferent, Role::kOperateur, Role::kSignataire, Role::kLecteurStats,
                 Role::kChargeOrientation}) {
    auto denied = app::CreateInstitution(store, clock, WithRole(r), {"X", "autre", "", false});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden) << RoleCode(r);
  }
  EXPECT_TRUE(
      app::CreateInstitution(store, clock, WithRole(Role::kAdmin), {"X", "autre", "", false}));
  EXPECT_TRUE(
      app::CreateInstitution(store, clock, app::Actor::System(), {"Y", "autre", "", false}));
  EXPECT_TRUE(app::ListInstitutions(store, WithRole(Role::kSignataire), {}, {}));
}

TEST_F(OrganisationsTest, UpdateInstitutionIsPartialVersionedAndAudited) {
  auto inst = NewInstitution("Mission locale", "mission_locale", "73282932000074");
  app::InstitutionChanges changes;
  changes.is_pact_signatory = true;
  auto updated = app::UpdateInstitution(store, clock, coordinator, inst.id, 1, changes);
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_TRUE(updated->fields.is_pact_signatory);
  EXPECT_EQ(updated->fields.name, "Mission locale");
  EXPECT_EQ(updated->fields.siret, "73282932000074");
  EXPECT_EQ(store.Events().back().action, "institution.update");
  EXPECT_EQ(store.Events().back().details, R"({"changed":["is_pact_signatory"]})");

  auto stale = app::UpdateInstitution(store, clock, coordinator, inst.id, 1, changes);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);

  app::InstitutionChanges clear;
  clear.siret = "";
  auto cleared = app::UpdateInstitution(store, clock, coordinator, inst.id, 2, clear);
  ASSERT_TRUE(cleared);
  EXPECT_FALSE(cleared->fields.siret);

  app::InstitutionChanges bad;
  bad.siret = "35600000012345";
  auto refused = app::UpdateInstitution(store, clock, coordinator, inst.id, 3, bad);
  ASSERT_FALSE(refused);
  EXPECT_EQ(FieldsOf(refused.error()), std::vector<std::string>{"siret"});
  EXPECT_EQ(app::GetInstitution(store, coordinator, inst.id)->version, 3);

  auto missing = app::UpdateInstitution(store, clock, coordinator, 9999, 1, changes);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
}

TEST_F(OrganisationsTest, ListInstitutionsFiltersAndPages) {
  NewInstitution("Caisse d'allocations familiales", "caf", "", true);
  NewInstitution("CCAS de Nanterre", "ccas");
  NewInstitution("CCAS d'Antony", "ccas", "", true);
  NewInstitution("Écoles de la deuxième chance", "association");
  auto list = [&](app::InstitutionFilter f, app::PageRequest p = {}) {
    auto page = *app::ListInstitutions(store, coordinator, f, p);
    std::vector<std::string> names;
    for (const auto& i : page.items) names.push_back(i.fields.name);
    return std::make_pair(page.total, names);
  };
  EXPECT_EQ(list({"ccas", std::nullopt, std::nullopt}).first, 2);
  EXPECT_EQ(list({"ECOLES", std::nullopt, std::nullopt}).second,
            std::vector<std::string>{"Écoles de la deuxième chance"});
  EXPECT_EQ(list({"", InstitutionKind::kCcas, true}).second,
            std::vector<std::string>{"CCAS d'Antony"});
  EXPECT_EQ(list({"", std::nullopt, false}).first, 2);
  auto page2 = list({}, {2, 3});
  EXPECT_EQ(page2.first, 4);
  EXPECT_EQ(page2.second, std::vector<std::string>{"Écoles de la deuxième chance"});
}

TEST_F(OrganisationsTest, CreateStructureChecksInstitutionCommuneAndRules) {
  auto ccas = NewInstitution("CCAS de Nanterre");
  auto s = NewStructure(Draft(ccas.id, "Espace insertion"));
  EXPECT_EQ(s.institution_name, "CCAS de Nanterre");
  EXPECT_EQ(s.commune_name, "Nanterre");
  EXPECT_EQ(s.territory_name, "Nord");
  EXPECT_EQ(store.Events().back().action, "structure.create");
  EXPECT_EQ(store.Events().back().details,
            R"({"commune_code":"92050","drees_category":"ccas_cias","institution_id":)" +
                std::to_string(ccas.id) + "}");

  auto unknown = Draft(ccas.id + 100, "Structure fantôme", "92999");
  unknown.email = "pas-une-adresse";
  unknown.is_referent_body = false;
  auto refused = app::CreateStructure(store, clock, coordinator, unknown);
  ASSERT_FALSE(refused);
  EXPECT_EQ(
      FieldsOf(refused.error()),
      (std::vector<std::string>{"email", "is_referent_body", "institution_id", "commune_code"}));
  EXPECT_NE(refused.error().fields.back().message.find("Commune inconnue : « 92999 »"),
            std::string::npos);
  EXPECT_EQ(Structures({}).total, 1);
}

TEST_F(OrganisationsTest, StructuresAreHiddenFromSignatoriesAndReadOnlyForPartners) {
  auto ccas = NewInstitution("CCAS");
  auto s = NewStructure(Draft(ccas.id, "Accueil"));
  for (Role r : {Role::kSignataire, Role::kLecteurStats}) {
    EXPECT_EQ(app::GetStructure(store, WithRole(r), s.id).error().kind, ErrorKind::kForbidden);
    EXPECT_FALSE(app::ListStructures(store, WithRole(r), {}, {}));
  }
  for (Role r : {Role::kReferent, Role::kOperateur, Role::kChargeOrientation}) {
    EXPECT_TRUE(app::GetStructure(store, WithRole(r), s.id));
    auto denied = app::UpdateStructure(store, clock, WithRole(r), s.id, 1, {});
    EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  }
}

TEST_F(OrganisationsTest, UpdateStructureIsPartialVersionedAndAudited) {
  auto ccas = NewInstitution("CCAS");
  auto s = NewStructure(Draft(ccas.id, "Accueil"));
  app::StructureChanges c;
  c.is_action_operator = true;
  c.commune_code = "92002";
  c.email = "accueil@ccas.example.fr";
  auto updated = app::UpdateStructure(store, clock, coordinator, s.id, 1, c);
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->territory_name, "Sud");
  EXPECT_TRUE(updated->fields.is_referent_body);
  EXPECT_TRUE(updated->fields.is_action_operator);
  EXPECT_EQ(store.Events().back().details,
            R"({"changed":["commune_code","email","is_action_operator"]})");

  auto stale = app::UpdateStructure(store, clock, coordinator, s.id, 1, c);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);

  app::StructureChanges none;
  none.is_referent_body = false;
  none.is_action_operator = false;
  auto refused = app::UpdateStructure(store, clock, coordinator, s.id, 2, none);
  ASSERT_FALSE(refused);
  EXPECT_EQ(FieldsOf(refused.error()), std::vector<std::string>{"is_referent_body"});
  EXPECT_EQ(app::GetStructure(store, coordinator, s.id)->version, 2);
}

TEST_F(OrganisationsTest, ListStructuresFiltersAndPages) {
  auto ccas = NewInstitution("CCAS");
  auto asso = NewInstitution("Association Relais", "association");
  NewStructure(Draft(ccas.id, "Accueil Nanterre", "92050"));
  auto colombes = Draft(asso.id, "Atelier Colombes", "92025");
  colombes.is_referent_body = false;
  colombes.is_action_operator = true;
  colombes.drees_category = "autre_hors_spe";
  NewStructure(colombes);
  auto antony = Draft(ccas.id, "Point emploi Antony", "92002");
  antony.is_action_operator = true;
  antony.drees_category = "autre_spe";
  NewStructure(antony);

  EXPECT_EQ(Structures({}).total, 3);
  EXPECT_EQ(Names(Structures(Query("colombes"))), std::vector<std::string>{"Atelier Colombes"});
  app::StructureFilter by_commune;
  by_commune.commune_code = "92002";
  EXPECT_EQ(Names(Structures(by_commune)), std::vector<std::string>{"Point emploi Antony"});
  app::StructureFilter north;
  north.territory_id = north_id;
  EXPECT_EQ(Names(Structures(north)),
            (std::vector<std::string>{"Accueil Nanterre", "Atelier Colombes"}));
  app::StructureFilter referents;
  referents.kind = StructureKind::kReferentBody;
  EXPECT_EQ(Structures(referents).total, 2);
  referents.kind = StructureKind::kActionOperator;
  EXPECT_EQ(Structures(referents).total, 2);
  referents.kind = StructureKind::kBoth;
  EXPECT_EQ(Names(Structures(referents)), std::vector<std::string>{"Point emploi Antony"});
  app::StructureFilter drees;
  drees.drees_category = DreesCategory::kAutreHorsSpe;
  EXPECT_EQ(Names(Structures(drees)), std::vector<std::string>{"Atelier Colombes"});
  app::StructureFilter of_ccas;
  of_ccas.institution_id = ccas.id;
  of_ccas.territory_id = south_id;
  EXPECT_EQ(Names(Structures(of_ccas)), std::vector<std::string>{"Point emploi Antony"});
  auto page = Structures({}, {2, 2});
  EXPECT_EQ(page.total, 3);
  EXPECT_EQ(Names(page), std::vector<std::string>{"Point emploi Antony"});
  EXPECT_EQ(app::GetInstitution(store, coordinator, ccas.id)->structure_count, 2);
}

TEST_F(OrganisationsTest, SearchIsSafeWithSqlMetacharacters) {
  auto ccas = NewInstitution("CCAS");
  NewStructure(Draft(ccas.id, "Alpha Beta"));
  NewStructure(Draft(ccas.id, "Axxb"));
  NewStructure(Draft(ccas.id, "Atelier 100% emploi"));
  // "%" and "_" are not wildcards: "a%b" looks for the words "a b".
  EXPECT_EQ(Names(Structures(Query("a%b"))), std::vector<std::string>{"Alpha Beta"});
  EXPECT_EQ(Names(Structures(Query("a_b"))), std::vector<std::string>{"Alpha Beta"});
  EXPECT_EQ(Names(Structures(Query("100%"))), std::vector<std::string>{"Atelier 100% emploi"});
  EXPECT_EQ(Structures(Query("%")).total, 3);
  EXPECT_EQ(Structures(Query("'; DROP TABLE structures; --")).total, 0);
  EXPECT_EQ(Structures(Query("\\")).total, 3);
  EXPECT_EQ(app::ListInstitutions(store, coordinator, InstitutionQuery("' OR 1=1 --"), {})->total,
            0);
  EXPECT_EQ(Structures({}).total, 3);
}

}  // namespace
}  // namespace pacte::testing
