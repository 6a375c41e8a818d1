#pragma once
// The catalogue search world (SQLite and PostgreSQL): ParcoursWorld (2026-06-01, a person in
// Nanterre followed by `referent`) plus communes with centroids in two territories:
//   T1 Nanterre 92050 (48.8924, 2.2071)
//   T2 Boulogne-Billancourt 92012 (48.8356, 2.2410), about 6.8 km from Nanterre
//      Antony 92002 (48.7540, 2.2975), about 16.9 km from Nanterre

#include <string>
#include <vector>

#include "app/catalogue_search/search_actions.hpp"
#include "app/territory/import_territory.hpp"
#include "app/territory/territory_queries.hpp"
#include "storage/appointments_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {

class CatalogueSearchWorld : public ParcoursWorld {
 protected:
  std::int64_t t1 = 0;
  std::int64_t t2 = 0;

  void SetUp() override {
    ParcoursWorld::SetUp();
    app::TerritoryImport in;
    in.departement_code = "92";
    in.territories = {{"T1", "Territoire de test", TerritoryKind::kEpt},
                      {"T2", "Grand Paris Seine Ouest", TerritoryKind::kEpt}};
    in.communes = {Commune("92050", "Nanterre", "T1", 48.8924, 2.2071),
                   Commune("92012", "Boulogne-Billancourt", "T2", 48.8356, 2.2410),
                   Commune("92002", "Antony", "T2", 48.7540, 2.2975)};
    in.source_name = "recherche.geojson";
    auto done = app::ImportTerritory(db.store(), clock, app::Actor::System("test"), in);
    ASSERT_TRUE(done) << done.error().message;
    auto territories = app::ListTerritories(db.store(), app::Actor::System("test"), "92");
    ASSERT_TRUE(territories);
    for (const auto& t : *territories) {
      (t.territory.code == "T1" ? t1 : t2) = t.territory.id;
    }
  }

  static app::CommuneInput Commune(const char* code, const char* name, const char* territory,
                                   double lat, double lon) {
    app::CommuneInput c;
    c.insee_code = code;
    c.name = name;
    c.territory_code = territory;
    c.lat = lat;
    c.lon = lon;
    return c;
  }

  std::int64_t Action(TestActionSpec spec) {
    return CreateTestAction(db.store(), clock, org.structure_id, spec);
  }

  void Sql(const std::string& sql, const std::vector<std::string>& params = {}) {
    ExecuteForTest(db.store(), sql, params);
  }

  app::ActionSearchResult Search(const app::ActionSearchCriteria& c,
                                 app::PageRequest page = {}) {
    auto r = app::SearchActions(db.store(), clock, referent, c, page, true);
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    return r ? *r : app::ActionSearchResult{};
  }

  std::vector<std::string> Names(const app::ActionSearchCriteria& c) {
    std::vector<std::string> out;
    for (const auto& it : Search(c).page.items) out.push_back(it.name);
    return out;
  }
};

using Found = std::vector<std::string>;

}  // namespace pacte::testing
