// `pacte catalogue import FICHIER [--dry-run]` and `pacte catalogue export [--out DIR]`:
// French output, exit codes, files written.

#include "support/borrowed_store.hpp"
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "cli/cli.hpp"
#include "storage/data_inclusion_fixture.hpp"

namespace pacte::testing {
namespace {

class DataInclusionCli : public DataInclusionDb {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("pacte-di-cli-" + std::to_string(::getpid()) + "-" +
                               ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }

  struct Run {
    int code = 0;
    std::string out, err;
  };

  Run Cli(std::vector<std::string> args) {
    cli::CliHooks hooks;
    hooks.load_settings = [this](const std::string&) -> Result<app::Settings> { return settings; };
    hooks.open_store = [this](const app::Settings&) -> std::unique_ptr<app::Store> {
      return std::make_unique<BorrowedStore>(db.store());
    };
    args.insert(args.begin(), "pacte");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    int code = cli::RunCli(static_cast<int>(argv.size()), argv.data(), hooks, out, err);
    return {code, out.str(), err.str()};
  }

  std::string Write(const std::string& name, const std::string& content) {
    auto path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
};

TEST_F(DataInclusionCli, ImportsAFileAfterADryRunAndPrintsTheReport) {
  auto bad = DiServiceRecord("cd92--bad");
  bad["zone_eligibilite"] = {"92999"};
  auto path = Write("lot.json", ArrayFile({DiStructureRecord(), DiServiceRecord("cd92--s1"), bad}));
  auto dry = Cli({"catalogue", "import", path, "--dry-run"});
  EXPECT_EQ(dry.code, 0) << dry.err;
  EXPECT_NE(dry.out.find("Vérification de 3 enregistrements (rien n'a été écrit)"), std::string::npos)
      << dry.out;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 0);
  auto run = Cli({"catalogue", "import", path});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("1 structure créée"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("enregistrement n° 3 (ligne 4) « cd92--bad » : rejeté"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("erreur zone_eligibilite[0] : code COG invalide « 92999 »"),
            std::string::npos)
      << run.out;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 1);
}

TEST_F(DataInclusionCli, ABrokenOrMissingFileExitsWithAnError) {
  auto truncated = Write("tronque.json", "[{\"id\": \"cd92--x\"");
  auto r = Cli({"catalogue", "import", truncated});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("Fichier tronqué"), std::string::npos) << r.err;
  auto missing = Cli({"catalogue", "import", (dir / "absent.json").string()});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("impossible de lire"), std::string::npos);
}

TEST_F(DataInclusionCli, ExportsStructuresAndServicesAsJsonArrays) {
  Import(LinesFile({DiStructureRecord(), DiServiceRecord("cd92--s1")}));
  auto r = Cli({"catalogue", "export", "--out", dir.string()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("services.json : 1 enregistrement(s)"), std::string::npos) << r.out;
  std::ifstream in(dir / "services.json");
  std::stringstream content;
  content << in.rdbuf();
  auto services = nlohmann::json::parse(content.str());
  ASSERT_EQ(services.size(), 1u);
  EXPECT_EQ(services[0]["id"], "cd92--s1");
  EXPECT_TRUE(std::filesystem::exists(dir / "structures.json"));
}

}  // namespace
}  // namespace pacte::testing
