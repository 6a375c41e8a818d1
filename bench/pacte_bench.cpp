// pacte_bench DATABASE OUT_DIR
//   [search|fiche|worklists|data-inclusion|catalogue|caf-import|oarsa|dashboard]...
// (caf-import alone: it ignores DATABASE and works on fresh databases under OUT_DIR)
// In-process measures on a SQLite demo database (see bench/README.md), run by bench/run.
// The use cases write audit events: run it on a copy of the database.

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <set>
#include <string>

#include "app/accounts/account_support.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "bench_sections.hpp"
#include "storage/sql_store.hpp"

int main(int argc, char** argv) {
  using namespace pacte;
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage : pacte_bench BASE DOSSIER "
                 "[search|fiche|worklists|data-inclusion|catalogue|caf-import|oarsa|"
                 "dashboard]...\n");
    return 2;
  }
  std::set<std::string> parts;
  for (int i = 3; i < argc; ++i) parts.insert(argv[i]);
  auto wanted = [&](const char* p) { return parts.empty() || parts.contains(p); };
  try {
    // Works on its own fresh databases under DOSSIER: asked for alone, by name.
    if (parts.contains("caf-import")) {
      const char* n = std::getenv("BENCH_CAF_HOUSEHOLDS");
      bench::BenchCafImport(argv[2], n != nullptr ? std::stoll(n) : 110000);
      return 0;
    }
    storage::SqlStore store(storage::DatabaseOptions{argv[1], 1});
    app::SystemClock clock;
    app::Settings settings;
    settings.database = argv[1];
    std::optional<Agent> agent;
    store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      agent = uow.Agents().FindByEmail("coordination@pacte-demo.fr");
      return true;
    });
    if (!agent) throw std::runtime_error("bench: no demo coordinateur in the database");
    bench::BareDb bare(argv[1]);
    bench::BenchContext ctx{store, clock, settings, app::ActorFor(*agent), bare, argv[2]};
    if (wanted("search")) bench::BenchSearch(ctx);
    if (wanted("fiche")) bench::BenchFiche(ctx);
    if (wanted("worklists")) bench::BenchWorklists(ctx);
    if (wanted("data-inclusion")) bench::BenchDataInclusion(ctx);
    if (wanted("catalogue")) bench::BenchCatalogue(ctx);
    if (wanted("oarsa")) bench::BenchOarsa(ctx);
    if (wanted("dashboard")) bench::BenchDashboard(ctx);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "pacte_bench : %s\n", e.what());
    return 1;
  }
  return 0;
}
