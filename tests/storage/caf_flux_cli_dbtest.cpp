// `pacte demo caf-flux --households N --out FILE [--seed S] [--dtref D] [--utf8]`: the file
// written reads back as a VRSB0801 flux; `pacte demo` alone still runs the demo.

#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "cli/cli.hpp"
#include "io/caf_flux/libxml_caf_flux_reader.hpp"
#include "main/composition.hpp"
#include "support/borrowed_store.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

class CafFluxCli : public ::testing::Test {
 protected:
  TestDatabase db;
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("pacte-caf-cli-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }

  int Cli(std::vector<std::string> args, cli::CliHooks hooks) {
    hooks.load_settings = [](const std::string&) -> Result<app::Settings> {
      return app::Settings{};
    };
    hooks.open_store = [this](const app::Settings&) -> std::unique_ptr<app::Store> {
      return std::make_unique<BorrowedStore>(db.store());
    };
    args.insert(args.begin(), "pacte");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    return cli::RunCli(static_cast<int>(argv.size()), argv.data(), hooks, out, err);
  }
};

TEST_F(CafFluxCli, WritesAGeneratedFluxThatReadsBack) {
  const std::string path = (dir / "flux.xml").string();
  ASSERT_EQ(Cli({"demo", "caf-flux", "--households", "25", "--out", path, "--seed", "3",
                 "--dtref", "2026-01-31"},
                main::MakeCliHooks()),
            0);
  io::LibxmlCafFluxReader reader;
  app::CafFluxOptions options;
  options.validate_xsd = true;
  int n = 0;
  auto summary = reader.Read(path, options, [&](const app::CafHousehold&) -> Status {
    ++n;
    return {};
  });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(n, 25);
  EXPECT_EQ(summary->header.reference_date, "2026-01-31");
}

TEST_F(CafFluxCli, RefusesABadDateAndKeepsPlainDemoWorking) {
  const std::string path = (dir / "bad.xml").string();
  EXPECT_EQ(Cli({"demo", "caf-flux", "--households", "2", "--out", path, "--dtref", "31/01/2026"},
                main::MakeCliHooks()),
            1);
  EXPECT_NE(Cli({"demo", "caf-flux", "--out", path}, main::MakeCliHooks()), 0);  // no count
  cli::CliHooks hooks;
  int demo_calls = 0, flux_calls = 0;
  hooks.demo = [&](app::Store&, const app::Settings&, const cli::DemoOptions&) {
    ++demo_calls;
    return 0;
  };
  hooks.demo_caf_flux = [&](const cli::DemoCafFluxOptions&) {
    ++flux_calls;
    return 0;
  };
  EXPECT_EQ(Cli({"demo", "--seed", "5"}, hooks), 0);
  EXPECT_EQ(demo_calls, 1);
  EXPECT_EQ(flux_calls, 0);
  EXPECT_EQ(Cli({"demo", "caf-flux", "--households", "1", "--out", path}, hooks), 0);
  EXPECT_EQ(demo_calls, 1);
  EXPECT_EQ(flux_calls, 1);
}

}  // namespace
}  // namespace pacte::testing
