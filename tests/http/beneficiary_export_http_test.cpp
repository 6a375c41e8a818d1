// Downloading the beneficiaries list as CSV or XLSX (issue 5): the page route, the API route,
// their headers, formula neutralisation, the links of the list page and the refusals.

#include "http/beneficiaries_http_fixture.hpp"
#include "support/xlsx_test_reader.hpp"

namespace pacte::testing {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

class BeneficiaryExportHttpTest : public BeneficiariesHttpTest {
 protected:
  // A person whose last name a spreadsheet would read as a formula.
  std::int64_t HostilePerson() {
    auto id = Person("Martin");
    ExecuteForTest(server.db().store(),
                   "UPDATE persons SET last_name = $1, first_name = $2 WHERE id = $3",
                   {"=HYPERLINK(\"http://x\";\"y\")", "@Zoé", std::to_string(id)});
    return id;
  }
};

TEST_F(BeneficiaryExportHttpTest, ThePageDownloadsACsvWithNeutralisedFormulas) {
  HostilePerson();
  Person("Lefèvre");
  auto r = Page("/beneficiaires/export?format=csv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.Header("content-disposition"),
            "attachment; filename=\"pacte-beneficiaires-2026-11-27.csv\"");
  EXPECT_EQ(r.Header("cache-control"), "no-store");
  EXPECT_EQ(r.body.rfind("\xEF\xBB\xBFNom;Prénom;Date de naissance;Commune;Entrée D&D;", 0), 0u)
      << r.body;
  EXPECT_TRUE(Has(r.body, "\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";'@Zoé;12/04/1985;"))
      << r.body;
  EXPECT_TRUE(Has(r.body, "\r\nLefèvre;Awa;12/04/1985;Nanterre;06/01/2025;")) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.list_export'"), 1);
}

TEST_F(BeneficiaryExportHttpTest, ThePageDownloadsAnXlsxWithoutAnyFormula) {
  HostilePerson();
  auto r = Page("/beneficiaires/export?format=xlsx");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("content-type"), kXlsxType);
  EXPECT_EQ(r.Header("content-disposition"),
            "attachment; filename=\"pacte-beneficiaires-2026-11-27.xlsx\"");
  auto files = UnzipForTest(r.body);
  auto cells = SheetCellsForTest(files);
  EXPECT_EQ(cells["A1"], "Nom");
  EXPECT_EQ(cells["K1"], "Sortie");
  EXPECT_EQ(cells["A2"], "'=HYPERLINK(\"http://x\";\"y\")");
  EXPECT_EQ(cells["B2"], "'@Zoé");
  EXPECT_FALSE(Has(files["xl/worksheets/sheet1.xml"], "<f>"));
  EXPECT_TRUE(Has(files["xl/workbook.xml"], "name=\"Bénéficiaires\""));
}

TEST_F(BeneficiaryExportHttpTest, ThePageAppliesTheListFilters) {
  Person("Lefèvre");
  Person("Martin");
  auto r = Page("/beneficiaires/export?nom=lefe&page=3");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "Lefèvre;")) << "csv par défaut";
  EXPECT_FALSE(Has(r.body, "Martin;"));
}

TEST_F(BeneficiaryExportHttpTest, ThePageRefusesUnknownFormatsBadCriteriaAndOtherRoles) {
  auto pdf = Page("/beneficiaires/export?format=pdf");
  EXPECT_EQ(pdf.status, 422);
  EXPECT_TRUE(Has(pdf.body, "Format d&apos;export inconnu : csv ou xlsx.")) << pdf.body;
  auto nir = Page("/beneficiaires/export?nir=123");
  EXPECT_EQ(nir.status, 422);
  for (const char* role : {"operateur", "signataire", "lecteur_stats"}) {
    auto r = Page("/beneficiaires/export", role);
    EXPECT_EQ(r.status, 403) << role;
    EXPECT_EQ(r.Header("content-disposition"), "") << role;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_events WHERE action = 'person.list_export'"), 0);
}

TEST_F(BeneficiaryExportHttpTest, TheListPageLinksToBothFormatsWithItsFilters) {
  Person("Lefèvre");
  auto r = Page("/beneficiaires?nom=lefe&statut=en_cours&page=1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body,
                  "<a href=\"/beneficiaires/export?format=csv&amp;nom=lefe&amp;statut=en_cours\">"
                  "Exporter (CSV)</a>"))
      << r.body;
  EXPECT_TRUE(Has(r.body,
                  "<a href=\"/beneficiaires/export?format=xlsx&amp;nom=lefe&amp;statut=en_cours\">"
                  "Exporter (XLSX)</a>"));
  auto op = Page("/beneficiaires", "operateur");
  ASSERT_EQ(op.status, 200);
  EXPECT_FALSE(Has(op.body, "Exporter (CSV)")) << "l'opérateur n'exporte pas";
  auto invalid = Page("/beneficiaires?nir=123");
  EXPECT_FALSE(Has(invalid.body, "Exporter (CSV)")) << "pas de lien sur une recherche invalide";
}

TEST_F(BeneficiaryExportHttpTest, TheApiDownloadsCsvAndXlsx) {
  HostilePerson();
  auto csv = Api("GET", "/api/v1/beneficiaries/export?format=csv&sort=name");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(Has(csv.body, "\"'=HYPERLINK(")) << csv.body;
  auto xlsx = Api("GET", "/api/v1/beneficiaries/export?format=xlsx", "referent");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.Header("content-type"), kXlsxType);
  EXPECT_EQ(xlsx.Header("content-disposition"),
            "attachment; filename=\"pacte-beneficiaires-2026-11-27.xlsx\"");
  auto cells = SheetCellsForTest(UnzipForTest(xlsx.body));
  EXPECT_EQ(cells["A1"], "Nom");
  EXPECT_FALSE(cells.count("A2")) << "un référent sans structure ne voit personne";
}

TEST_F(BeneficiaryExportHttpTest, TheApiNamesBadParametersAndRefusesOtherRoles) {
  auto r = Api("GET", "/api/v1/beneficiaries/export?format=pdf&colour=red&status=x");
  ASSERT_EQ(r.status, 422) << r.body;
  auto fields = ProblemFields(r);
  EXPECT_NE(std::find(fields.begin(), fields.end(), "format"), fields.end()) << r.body;
  EXPECT_NE(std::find(fields.begin(), fields.end(), "colour"), fields.end()) << r.body;
  EXPECT_NE(std::find(fields.begin(), fields.end(), "status"), fields.end()) << r.body;
  auto nir = Api("GET", "/api/v1/beneficiaries/export?nir=123");
  EXPECT_EQ(nir.status, 422);
  EXPECT_EQ(ProblemFields(nir), std::vector<std::string>{"nir"});
  for (const char* role : {"operateur", "signataire", "lecteur_stats"}) {
    auto refused = Api("GET", "/api/v1/beneficiaries/export?colour=red", role);
    EXPECT_EQ(refused.status, 403) << role << " : refusé avant la lecture des paramètres";
    EXPECT_EQ(refused.Header("content-type"), "application/problem+json");
  }
}

}  // namespace
}  // namespace pacte::testing
