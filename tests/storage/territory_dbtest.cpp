// Territory import (GeoJSON → communes and territories) and territory queries, on both
// databases.

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

#include "main/composition.hpp"

#include "app/territory/import_territory.hpp"
#include "app/territory/territory_queries.hpp"
#include "cli/cli.hpp"
#include "io/territory/geojson_territory.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

namespace fs = std::filesystem;

// Not __FILE__: ccache (CCACHE_BASEDIR) makes it relative to the build folder.
const fs::path kTests = fs::path(PACTE_SOURCE_DIR) / "tests";
const fs::path kFixtures = kTests / "fixtures" / "geo";
const fs::path kRepoData = kTests.parent_path() / "data" / "geo";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class TerritoryImportTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  app::Actor system = app::Actor::System("test");

  Result<app::TerritoryImportReport> ImportFile(const fs::path& path,
                                                std::optional<std::string> name = {}) {
    auto parsed = io::ParseTerritoryGeoJson(ReadFile(path), path.filename().string());
    if (!parsed) return Fail(parsed.error());
    if (name) parsed->departement_name = name;
    return app::ImportTerritory(db.store(), clock, system, *parsed);
  }

  std::vector<app::CommuneListItem> Communes(app::CommuneFilter filter = {}) {
    auto page = app::ListCommunes(db.store(), system, filter, {1, 200});
    return page ? page->items : std::vector<app::CommuneListItem>{};
  }

  app::TerritoryOverview Overview() { return *app::GetTerritoryOverview(db.store(), system); }
};

TEST_F(TerritoryImportTest, ImportsLaReunionWithIntercommunalitiesAsTerritories) {
  auto report = ImportFile(kFixtures / "communes-974.geojson");
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->departement_code, "974");
  EXPECT_EQ(report->departement_name, "La Réunion");
  EXPECT_EQ(report->communes_created, 24);
  EXPECT_EQ(report->territories_created, 5);
  auto overview = Overview();
  ASSERT_EQ(overview.territories.size(), 5u);
  std::int64_t communes = 0;
  for (const auto& t : overview.territories) {
    EXPECT_EQ(t.territory.kind, TerritoryKind::kCustom);
    EXPECT_EQ(t.territory.departement_code, "974");
    communes += t.commune_count;
  }
  EXPECT_EQ(communes, 24);
  ASSERT_TRUE(overview.last_import);
  EXPECT_EQ(overview.last_import->source_name, "communes-974.geojson");
  EXPECT_EQ(overview.last_import->communes_created, 24);
}

TEST_F(TerritoryImportTest, ComputesCentroidsNearThePublishedPoints) {
  ASSERT_TRUE(ImportFile(kFixtures / "communes-974.geojson"));
  auto tampon = Communes({std::nullopt, std::nullopt, "tampon"});
  ASSERT_EQ(tampon.size(), 1u);
  EXPECT_EQ(tampon[0].insee_code, "97422");
  ASSERT_TRUE(tampon[0].lat && tampon[0].lon);
  // The file's own geo_point_2d for Le Tampon: 55.5586, -21.2232.
  EXPECT_NEAR(*tampon[0].lon, 55.5586, 0.02);
  EXPECT_NEAR(*tampon[0].lat, -21.2232, 0.02);
}

TEST_F(TerritoryImportTest, HautsDeSeineHasFourEptAndReimportIsIdempotent) {
  auto first = ImportFile(kRepoData / "communes-92.geojson");
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->departement_name, "Hauts-de-Seine");
  EXPECT_EQ(first->communes_created, 36);
  EXPECT_EQ(first->territories_created, 4);
  auto overview = Overview();
  ASSERT_EQ(overview.territories.size(), 4u);
  EXPECT_EQ(overview.territories[0].territory.name, "Boucle Nord de Seine");
  EXPECT_EQ(overview.territories[0].territory.kind, TerritoryKind::kEpt);
  EXPECT_EQ(overview.territories[0].territory.code, "200057990");

  auto second = ImportFile(kRepoData / "communes-92.geojson");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->communes_created, 0);
  EXPECT_EQ(second->communes_updated, 0);
  EXPECT_EQ(second->communes_unchanged, 36);
  EXPECT_EQ(second->territories_created, 0);
  EXPECT_EQ(second->territories_unchanged, 4);
  EXPECT_EQ(Communes().size(), 36u);
}

TEST_F(TerritoryImportTest, ReimportUpdatesChangedCommunesAndKeepsWhatTheFileLacks) {
  app::TerritoryImport manual;
  manual.departement_code = "974";
  manual.departement_name = "La Réunion";
  app::CommuneInput tampon;
  tampon.insee_code = "97422";
  tampon.name = "Tampon (ancien nom)";
  tampon.population = 80000;
  tampon.postal_codes = std::vector<std::string>{"97430"};
  manual.communes.push_back(tampon);
  ASSERT_TRUE(app::ImportTerritory(db.store(), clock, system, manual));

  auto report = ImportFile(kFixtures / "communes-974.geojson");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->communes_created, 23);
  EXPECT_EQ(report->communes_updated, 1);
  auto found = Communes({std::nullopt, std::nullopt, "97422"});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Le Tampon");
  EXPECT_EQ(found[0].population, 80000);
  EXPECT_EQ(found[0].postal_codes, std::vector<std::string>{"97430"});
  EXPECT_FALSE(found[0].territory_name.empty());
}

TEST_F(TerritoryImportTest, DepartementNameCanBeGiven) {
  auto report = ImportFile(kFixtures / "communes-974.geojson", "Département de La Réunion");
  ASSERT_TRUE(report);
  EXPECT_EQ(Overview().departements.at(0).name, "Département de La Réunion");
}

TEST_F(TerritoryImportTest, FiltersCommunesByTerritoryAndQuery) {
  ASSERT_TRUE(ImportFile(kRepoData / "communes-92.geojson"));
  auto territories = Overview().territories;
  auto gpso = std::find_if(territories.begin(), territories.end(), [](const auto& t) {
    return t.territory.name == "Grand Paris Seine Ouest";
  });
  ASSERT_NE(gpso, territories.end());
  auto in_gpso = Communes({std::nullopt, gpso->territory.id, ""});
  EXPECT_EQ(static_cast<std::int64_t>(in_gpso.size()), gpso->commune_count);
  EXPECT_EQ(in_gpso.size(), 8u);
  auto sevres = Communes({std::nullopt, std::nullopt, "SEVRES"});
  ASSERT_EQ(sevres.size(), 1u);
  EXPECT_EQ(sevres[0].name, "Sèvres");
  EXPECT_TRUE(Communes({std::nullopt, std::nullopt, "%"}).size() == 36u);
  EXPECT_TRUE(Communes({std::nullopt, std::nullopt, "x'; DROP TABLE communes; --"}).empty());
  EXPECT_EQ(Communes().size(), 36u);
}

// Every broken input is refused with a French message, and nothing changes.
class BrokenTerritoryFile : public TerritoryImportTest {
 protected:
  void SetUp() override { ASSERT_TRUE(ImportFile(kFixtures / "communes-974.geojson")); }

  void ExpectRefused(const std::string& content, const std::string& message_part) {
    auto parsed = io::ParseTerritoryGeoJson(content, "x.geojson");
    Result<app::TerritoryImportReport> report =
        parsed ? app::ImportTerritory(db.store(), clock, system, *parsed)
               : Result<app::TerritoryImportReport>(Fail(parsed.error()));
    ASSERT_FALSE(report) << "accepted: " << content.substr(0, 80);
    EXPECT_NE(report.error().message.find(message_part), std::string::npos)
        << report.error().message;
    auto overview = Overview();
    EXPECT_EQ(overview.departements.size(), 1u);
    EXPECT_EQ(overview.territories.size(), 5u);
    EXPECT_EQ(Communes().size(), 24u);
    EXPECT_EQ(overview.last_import->source_name, "communes-974.geojson");
  }
};

const char* kSquare =
    R"({"type":"Polygon","coordinates":[[[2.2,48.8],[2.3,48.8],[2.3,48.9],[2.2,48.8]]]})";

std::string Feature(const std::string& properties, const std::string& geometry = kSquare) {
  return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry + "}";
}

std::string Collection(const std::string& features) {
  return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

TEST_F(BrokenTerritoryFile, NotJson) {
  ExpectRefused(ReadFile(kFixtures / "not-json.geojson"), "n'est pas un JSON valide");
}

TEST_F(BrokenTerritoryFile, Truncated) {
  ExpectRefused(ReadFile(kFixtures / "truncated-974.geojson"), "tronqué");
}

TEST_F(BrokenTerritoryFile, NotAFeatureCollection) {
  ExpectRefused(ReadFile(kFixtures / "single-feature.geojson"), "FeatureCollection");
  ExpectRefused("[1, 2, 3]", "FeatureCollection");
  ExpectRefused(R"({"type":"FeatureCollection","features":[]})", "aucune commune");
}

TEST_F(BrokenTerritoryFile, FeatureWithoutComCode) {
  ExpectRefused(ReadFile(kFixtures / "missing-com-code.geojson"),
                "élément n° 2 : propriété com_code (code INSEE) absente");
}

TEST_F(BrokenTerritoryFile, FeatureWithoutNameOrGeometry) {
  ExpectRefused(Collection(Feature(R"({"com_code":"97401"})")), "com_name");
  ExpectRefused(Collection(Feature(R"({"com_code":"97401","com_name":"X"})", "null")),
                "géométrie absente ou invalide");
  ExpectRefused(Collection(Feature(R"({"com_code":"97401","com_name":"X"})",
                                   R"({"type":"Point","coordinates":[55.5,-21.1]})")),
                "Polygon ou MultiPolygon");
  ExpectRefused(Collection(Feature(R"({"com_code":"97401","com_name":"X"})",
                                   R"({"type":"Polygon","coordinates":[[["a","b"]]]})")),
                "géométrie");
  ExpectRefused(Collection(R"({"type":"Other"})"), "Feature");
}

TEST_F(BrokenTerritoryFile, CommunesOfSeveralDepartementsOrDuplicates) {
  ExpectRefused(Collection(Feature(R"({"com_code":"97401","com_name":"A"})") + "," +
                           Feature(R"({"com_code":"92050","com_name":"Nanterre"})")),
                "n'appartient pas au département 974");
  ExpectRefused(Collection(Feature(R"({"com_code":"97401","com_name":"A"})") + "," +
                           Feature(R"({"com_code":"97401","com_name":"A"})")),
                "apparaît deux fois");
  ExpectRefused(Collection(Feature(R"({"com_code":"ABCDE","com_name":"A"})")),
                "Aucun code INSEE valide");
}

TEST_F(TerritoryImportTest, OnlyAdministratorsImport) {
  app::Actor referent;
  referent.agent_id = 5;
  referent.roles = {Role::kReferent};
  auto parsed = io::ParseTerritoryGeoJson(ReadFile(kFixtures / "communes-974.geojson"), "f");
  ASSERT_TRUE(parsed);
  auto report = app::ImportTerritory(db.store(), clock, referent, *parsed);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().kind, ErrorKind::kForbidden);
  EXPECT_TRUE(Overview().departements.empty());
}

// The CLI verb, with the hooks main wires.
class TerritoryCliTest : public TerritoryImportTest {
 protected:
  int Run(std::vector<std::string> args, std::string* out_text = nullptr,
          std::string* err_text = nullptr) {
    cli::CliHooks hooks;
    hooks.load_settings = [this](const std::string&) -> Result<app::Settings> {
      app::Settings s;
      s.database = db.url();
      return s;
    };
    hooks.open_store = [](const app::Settings& s) -> std::unique_ptr<app::Store> {
      return std::make_unique<storage::SqlStore>(storage::DatabaseOptions{s.database, 2});
    };
    hooks.territory_import = main::MakeCliHooks().territory_import;
    args.insert(args.begin(), "pacte");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    int code = cli::RunCli(static_cast<int>(argv.size()), argv.data(), hooks, out, err);
    std::string hook_out = ::testing::internal::GetCapturedStdout();
    std::string hook_err = ::testing::internal::GetCapturedStderr();
    if (out_text) *out_text = hook_out + out.str();
    if (err_text) *err_text = hook_err + err.str();
    return code;
  }
};

TEST_F(TerritoryCliTest, ImportPrintsCountsInFrenchAndRenamesTheDepartement) {
  std::string out;
  int code = Run({"territory", "import", (kFixtures / "communes-974.geojson").string(),
                  "--departement-name", "Île de La Réunion"},
                 &out);
  EXPECT_EQ(code, 0);
  EXPECT_NE(out.find("Département 974 (Île de La Réunion) : 5 territoires (5 créés, 0 modifié, "
                     "0 inchangé) et 24 communes (24 créées, 0 modifiée, 0 inchangée)."),
            std::string::npos)
      << out;
  EXPECT_EQ(Overview().departements.at(0).name, "Île de La Réunion");
}

TEST_F(TerritoryCliTest, RefusedFileExitsWithAFrenchMessage) {
  std::string err;
  int code =
      Run({"territory", "import", (kFixtures / "truncated-974.geojson").string()}, nullptr, &err);
  EXPECT_EQ(code, 1);
  EXPECT_NE(err.find("erreur : Le fichier n'est pas un JSON valide"), std::string::npos) << err;
  EXPECT_TRUE(Overview().departements.empty());
  code = Run({"territory", "import", "/nulle/part.geojson"}, nullptr, &err);
  EXPECT_EQ(code, 1);
  EXPECT_NE(err.find("Fichier introuvable"), std::string::npos) << err;
}

TEST_F(TerritoryCliTest, ReadsPostalCodesBesideTheFile) {
  fs::path dir = fs::temp_directory_path() / ("pacte-postal-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(kRepoData / "communes-92.geojson", dir / "communes-92.geojson",
                fs::copy_options::overwrite_existing);
  fs::copy_file(kRepoData / "postal-codes-92.csv", dir / "postal-codes-92.csv",
                fs::copy_options::overwrite_existing);
  std::string out;
  EXPECT_EQ(Run({"territory", "import", (dir / "communes-92.geojson").string()}, &out), 0);
  EXPECT_NE(out.find("Codes postaux lus dans postal-codes-92.csv : 36 communes."),
            std::string::npos)
      << out;
  auto meudon = Communes({std::nullopt, std::nullopt, "meudon"});
  ASSERT_EQ(meudon.size(), 1u);
  EXPECT_EQ(meudon[0].postal_codes, (std::vector<std::string>{"92190", "92360"}));

  // A broken postal-code file refuses the whole import.
  std::ofstream(dir / "postal-codes-92.csv") << "code_insee,code_postal\n92050,9200\n";
  std::string err;
  EXPECT_EQ(Run({"territory", "import", (dir / "communes-92.geojson").string()}, nullptr, &err), 1);
  EXPECT_NE(err.find("ligne 2 : code postal invalide « 9200 »"), std::string::npos) << err;
  EXPECT_EQ(Communes({std::nullopt, std::nullopt, "meudon"})[0].postal_codes.size(), 2u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pacte::testing
