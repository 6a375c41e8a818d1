// The DREES OARSA page, workbook download and API (issue 6): who may read them, exact figures
// for the coordination, "s" for small counts for a signatory, the workbook's layout, bad years.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/audit_test_helpers.hpp"
#include "support/fake_auth_gate.hpp"
#include "support/oarsa_population.hpp"
#include "support/test_server.hpp"
#include "support/xlsx_test_reader.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class OarsaHttpTest : public ::testing::Test {
 protected:
  void SetUp() override { SeedOarsaPopulation(server.db().store(), server.clock()); }

  ClientResponse As(const std::string& role, const std::string& path) {
    return server.Get(path, FakeAuthGate::As(role));
  }
  static nlohmann::json Json(const ClientResponse& r) {
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  // The API's table `number` (1..6), first block (age).
  static const nlohmann::json& Table(const nlohmann::json& body, int number) {
    return body["tables"][static_cast<std::size_t>(number - 1)]["blocks"][0]["table"];
  }

  FakeAuthGate gate;
  TestServer server{&gate};
};

TEST_F(OarsaHttpTest, TheCoordinationReadsTheExactTablesAndTheReadIsAudited) {
  auto r = As("coordinateur", "/pilotage/oarsa?annee=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "<h1>Enquête DREES OARSA 2025</h1>")) << r.body;
  EXPECT_TRUE(Has(r.body,
                  "<caption>Tableau 1 — Personnes soumises aux droits et devoirs au 31 "
                  "décembre, selon l&apos;orientation et l&apos;organisme référent — par "
                  "tranche d&apos;âge</caption>"));
  EXPECT_TRUE(Has(r.body,
                  "<caption>Tableau 5 — Délais moyens et médians des entrants, en "
                  "jours</caption>"));
  EXPECT_TRUE(Has(r.body, "<td>40\u00a0j</td>")) << r.body;
  EXPECT_TRUE(Has(r.body, "75\u00a0%")) << r.body;
  EXPECT_TRUE(Has(r.body, "href=\"/pilotage/oarsa.xlsx?annee=2025\""));
  EXPECT_FALSE(Has(r.body, "Secret statistique appliqué"));
  EXPECT_EQ(RawCount(server.db().store(),
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'stats.oarsa' AND "
                     "object_id = '2025'"),
            1);

  auto api = As("admin", "/api/v1/stats/oarsa/2025");
  ASSERT_EQ(api.status, 200) << api.body;
  auto body = Json(api);
  EXPECT_EQ(body["year"], 2025);
  EXPECT_EQ(body["exact"], true);
  EXPECT_EQ(Table(body, 1)["totals"]["total"], 4);
  EXPECT_EQ(Table(body, 1)["totals"]["values"][0], 1);
  EXPECT_EQ(Table(body, 6)["totals"]["values"][0], 1);
  EXPECT_EQ(body["delays"]["primo_orientation_to_primo_cer"]["total"]["mean"], 21.0);
}

TEST_F(OarsaHttpTest, ASignatoryGetsSmallCountsHiddenNeverTheirValue) {
  auto api = As("signataire", "/api/v1/stats/oarsa/2025");
  ASSERT_EQ(api.status, 200) << api.body;
  auto body = Json(api);
  EXPECT_EQ(body["exact"], false);
  EXPECT_TRUE(body["oriented_rate"].is_null());
  for (const auto& table : body["tables"]) {
    for (const auto& block : table["blocks"]) {
      for (const auto& row : block["table"]["rows"]) {
        for (const auto& v : row["values"]) EXPECT_TRUE(v.is_null() || v == 0) << v;
      }
    }
  }
  EXPECT_TRUE(Table(body, 1)["totals"]["total"].is_null());
  EXPECT_TRUE(body["delays"]["entry_to_primo_orientation"]["total"]["mean"].is_null());

  auto page = As("lecteur_stats", "/pilotage/oarsa?annee=2025");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "Secret statistique appliqué"));
  EXPECT_TRUE(Has(page.body, "<abbr title=\"Effectif masqué (secret statistique)\">s</abbr>"));
  EXPECT_FALSE(Has(page.body, "40\u00a0j"));
  EXPECT_FALSE(Has(page.body, "75\u00a0%"));
}

TEST_F(OarsaHttpTest, OtherRolesAreRefused) {
  for (const char* role : {"referent", "operateur", "charge_orientation"}) {
    EXPECT_EQ(As(role, "/pilotage/oarsa?annee=2025").status, 403) << role;
    EXPECT_EQ(As(role, "/pilotage/oarsa.xlsx?annee=2025").status, 403) << role;
    EXPECT_EQ(As(role, "/api/v1/stats/oarsa/2025").status, 403) << role;
  }
  EXPECT_EQ(RawCount(server.db().store(),
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'stats.oarsa'"),
            0);
}

TEST_F(OarsaHttpTest, TheWorkbookHasOneSheetPerTableInTheSurveyLayout) {
  auto r = As("coordinateur", "/pilotage/oarsa.xlsx?annee=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("content-disposition"), "attachment; filename=\"oarsa-2025-2026-11-27.xlsx\"");
  auto files = UnzipForTest(r.body);
  for (const char* sheet : {"Tableau 1", "Tableau 6", "Définitions"}) {
    EXPECT_TRUE(Has(files["xl/workbook.xml"], std::string("name=\"") + sheet + "\"")) << sheet;
  }
  auto t1 = SheetCellsForTest(files, 1);
  EXPECT_EQ(t1["A1"], "Ventilation");
  EXPECT_EQ(t1["B1"], "Modalité");
  EXPECT_EQ(t1["C1"], "Non orientés");
  EXPECT_EQ(t1["O1"], "Total");
  EXPECT_EQ(t1["A2"], "Ensemble");
  EXPECT_EQ(t1["C2"], "1");
  EXPECT_EQ(t1["O2"], "4");
  EXPECT_EQ(t1["A3"], "Tranche d'âge");
  EXPECT_EQ(t1["B3"], "Moins de 25 ans");
  auto t5 = SheetCellsForTest(files, 5);
  EXPECT_EQ(t5["G1"], "Délai moyen entrée → primo-orientation (jours)");
  EXPECT_EQ(t5["G2"], "40");
  auto definitions = SheetCellsForTest(files, 7);
  EXPECT_EQ(definitions["A2"], "Enquête");
  EXPECT_TRUE(Has(definitions["B2"], "année 2025"));

  auto hidden = As("signataire", "/pilotage/oarsa.xlsx?annee=2025");
  ASSERT_EQ(hidden.status, 200);
  auto cells = SheetCellsForTest(UnzipForTest(hidden.body), 1);
  EXPECT_EQ(cells["C2"], "s");
  EXPECT_EQ(cells["O2"], "s");
}

TEST_F(OarsaHttpTest, ABadYearIsRefusedWithAPreciseMessage) {
  auto typed = As("coordinateur", "/pilotage/oarsa?annee=deux");
  EXPECT_EQ(typed.status, 422);
  EXPECT_TRUE(Has(typed.body, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(typed.body,
                  "<p class=\"field-error\" id=\"annee-error\">Année invalide : "
                  "indiquez une année sur quatre chiffres, par exemple 2024.</p>"))
      << typed.body;
  auto future = As("coordinateur", "/pilotage/oarsa?annee=2027");
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(Has(future.body, "L&apos;année 2027 n&apos;a pas encore commencé"));
  auto empty = As("coordinateur", "/api/v1/stats/oarsa/2012");
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(Json(empty)["code"], "oarsa.no_data");
  auto api = As("coordinateur", "/api/v1/stats/oarsa/abc");
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(Json(api)["code"], "oarsa.invalid_year");
  EXPECT_EQ(As("coordinateur", "/pilotage/oarsa.xlsx?annee=1999").status, 422);
}

TEST_F(OarsaHttpTest, WithoutAYearThePageShowsTheLastFullYear) {
  auto r = As("admin", "/pilotage/oarsa");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "<h1>Enquête DREES OARSA 2025</h1>"));
  EXPECT_TRUE(Has(r.body, "value=\"2025\""));
}

}  // namespace
}  // namespace pacte::testing
