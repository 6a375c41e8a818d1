// The live dashboard pages, API and downloads, and the open-data pages: who may see what,
// disclosure for signatories, bad input.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/fake_auth_gate.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {
namespace {

constexpr const char* kHiddenCell =
    "<abbr title=\"Effectif masqué (secret statistique)\">s</abbr>";

class DashboardHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto org = CreateTestStructure(server.db().store(), server.clock(), "Service social");
    // Thirteen persons in D&D since 15/01/2025, one of them oriented: a small cell of 1.
    for (int i = 0; i < 13; ++i) {
      TestPersonSpec spec;
      spec.last_name = "Personne" + std::to_string(i);
      spec.dd_since = "2025-01-15";
      const auto id = CreateTestPerson(server.db().store(), server.clock(), spec);
      if (i == 0) OrientForTest(server.db().store(), server.clock(), id, org.structure_id);
    }
  }

  ClientResponse Get(const std::string& path, const std::string& role) {
    return server.Get(path, role.empty() ? std::map<std::string, std::string>{}
                                         : FakeAuthGate::As(role));
  }

  nlohmann::json Api(const std::string& query, const std::string& role, int status = 200) {
    auto r = Get("/api/v1/stats/dashboard" + query, role);
    EXPECT_EQ(r.status, status) << r.body;
    return nlohmann::json::parse(r.body);
  }

  FakeAuthGate gate;
  TestServer server{&gate};
};

TEST_F(DashboardHttpTest, CoordinatorSeesExactFigures) {
  auto page = Get("/pilotage/tableau-de-bord", "coordinateur");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("<h1>Tableau de bord du pacte</h1>"), std::string::npos);
  EXPECT_NE(page.body.find("Chiffres calculés le"), std::string::npos);
  EXPECT_NE(page.body.find("données connues au 27/11/2026"), std::string::npos);
  EXPECT_EQ(page.body.find(kHiddenCell), std::string::npos);
  auto api = Api("?group=aucun", "coordinateur");
  EXPECT_TRUE(api["exact"].get<bool>());
  EXPECT_EQ(api["tables"]["etapes"]["rows"][0]["values"][0], 12);
  EXPECT_EQ(api["tables"]["etapes"]["rows"][0]["values"][1], 1);
  EXPECT_EQ(api["tables"]["entonnoir"]["rows"][0]["values"][1], 1);
}

TEST_F(DashboardHttpTest, SignatorySeesTheSmallCellHidden) {
  auto page = Get("/pilotage/tableau-de-bord?groupe=aucun", "signataire");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find(kHiddenCell), std::string::npos);
  EXPECT_NE(page.body.find("secret statistique"), std::string::npos);
  auto api = Api("?group=aucun", "signataire");
  EXPECT_FALSE(api["exact"].get<bool>());
  const auto& stages = api["tables"]["etapes"]["rows"][0]["values"];
  // 1 is hidden, and 12 with it (secondary suppression: the total 13 would give it away).
  EXPECT_TRUE(stages[0].is_null());
  EXPECT_TRUE(stages[1].is_null());
  EXPECT_EQ(api["tables"]["etapes"]["rows"][0]["total"], 13);
  // The cumulative funnel does not give the small count away either.
  EXPECT_TRUE(api["tables"]["entonnoir"]["rows"][0]["values"][1].is_null());
  for (const auto& row : api["tables"]["couverture"]["rows"]) {
    for (const auto& v : row["values"]) EXPECT_TRUE(v.is_null() || v == 0) << v;
  }
}

TEST_F(DashboardHttpTest, SignatoryChoosesFixedDatesOnly) {
  auto page = Get("/pilotage/tableau-de-bord?date=2025-06-30", "signataire");
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Choisissez une des dates proposées"), std::string::npos);
  EXPECT_NE(page.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(page.body.find("<caption>"), std::string::npos);  // no figure at all
  EXPECT_EQ(Get("/pilotage/tableau-de-bord?date=2025-12-31", "signataire").status, 200);
  auto api = Api("?date=2025-06-30", "lecteur_stats", 422);
  EXPECT_EQ(api["errors"][0]["field"], "date");
  // Exact agents choose any past date, never a future one.
  EXPECT_EQ(Get("/pilotage/tableau-de-bord?date=2025-06-30", "coordinateur").status, 200);
  auto future = Get("/pilotage/tableau-de-bord?date=2027-01-01", "coordinateur");
  EXPECT_EQ(future.status, 422);
  EXPECT_NE(future.body.find("La date ne peut pas être postérieure à aujourd"), std::string::npos);
}

TEST_F(DashboardHttpTest, BadInputIsRefusedWithFrenchMessages) {
  auto date = Get("/pilotage/tableau-de-bord?date=2025-13-01", "coordinateur");
  EXPECT_EQ(date.status, 422);
  EXPECT_NE(date.body.find("Date invalide : le format attendu est AAAA-MM-JJ."),
            std::string::npos);
  auto group = Get("/pilotage/tableau-de-bord?groupe=nom", "coordinateur");
  EXPECT_EQ(group.status, 422);
  EXPECT_NE(group.body.find("Regroupement inconnu"), std::string::npos);
  Api("?filtre=x", "coordinateur", 422);
  EXPECT_EQ(Get("/pilotage/tableau-de-bord?groupe=referent", "signataire").status, 403);
  EXPECT_EQ(Get("/pilotage/tableau-de-bord?groupe=referent", "coordinateur").status, 200);
  EXPECT_EQ(Get("/pilotage/tableau-de-bord/export?tableau=inconnu", "coordinateur").status, 404);
  EXPECT_EQ(Get("/pilotage/tableau-de-bord/export?format=pdf", "coordinateur").status, 422);
}

TEST_F(DashboardHttpTest, RolesWithoutDashboardsAreRefused) {
  EXPECT_EQ(Get("/pilotage/tableau-de-bord", "referent").status, 403);
  EXPECT_EQ(Get("/pilotage/tableau-de-bord", "operateur").status, 403);
  EXPECT_EQ(Get("/api/v1/stats/dashboard", "referent").status, 403);
  EXPECT_EQ(Get("/pilotage/tableau-de-bord/export", "operateur").status, 403);
}

TEST_F(DashboardHttpTest, CsvExportOfOneTableIsDisclosed) {
  auto csv = Get("/pilotage/tableau-de-bord/export?groupe=aucun&tableau=etapes&format=csv",
                 "signataire");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.Header("content-type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv.Header("content-disposition").find("tableau-de-bord-2026-11-27"),
            std::string::npos);
  EXPECT_NE(csv.body.find("Non orientées"), std::string::npos);
  EXPECT_NE(csv.body.find("Ensemble;s;s;0;"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find(";12;"), std::string::npos) << csv.body;
  auto all = Get("/pilotage/tableau-de-bord/export?format=xlsx", "coordinateur");
  EXPECT_EQ(all.status, 200);
  EXPECT_EQ(all.body.substr(0, 2), "PK");
}

TEST_F(DashboardHttpTest, OpenDataIsPublicAndAlwaysDisclosed) {
  auto page = Get("/donnees-ouvertes", "");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("/donnees-ouvertes/tableau-de-bord.csv?date=2026-11-27"),
            std::string::npos);
  EXPECT_NE(page.body.find("/donnees-ouvertes/tableau-de-bord.csv?date=2025-12-31"),
            std::string::npos);
  auto csv = Get("/donnees-ouvertes/tableau-de-bord.csv?date=2026-11-27", "");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.Header("content-type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv.body.find(";s;"), std::string::npos);
  // Even an admin downloads the disclosed file.
  auto admin = Get("/donnees-ouvertes/tableau-de-bord.csv?date=2026-11-27", "admin");
  EXPECT_EQ(admin.body, csv.body);
  EXPECT_EQ(Get("/donnees-ouvertes/tableau-de-bord.csv?date=2025-06-30", "").status, 422);
  EXPECT_EQ(Get("/donnees-ouvertes/tableau-de-bord.csv?date=2026-11-27&territoire=999999", "")
                .status,
            404);
}

}  // namespace
}  // namespace pacte::testing
