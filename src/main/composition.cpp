#include "main/composition.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <spdlog/spdlog.h>

#include "app/stats/indicator_library.hpp"
#include "app/stats/stats_service.hpp"
#include "jobs/audit_retention_job.hpp"
#include "jobs/import_worker.hpp"
#include "jobs/job_runner.hpp"
#include "jobs/parcours_refresh_job.hpp"
#include "jobs/stats_prewarm_job.hpp"
#include "jobs/prescription_deadlines_job.hpp"
#include "jobs/retention_job.hpp"
#include "main/config_loader.hpp"
#include "main/intake_runtime.hpp"
#include "storage/sql_store.hpp"
#include "web/html/auth/session_auth_gate.hpp"
#include "web/routes.hpp"
#include "web/server/embedded_files.hpp"
#include "web/server/metrics.hpp"
#include "web/server/restinio_server.hpp"
#include "web/server/templates.hpp"
#include "io/caf_flux/caf_flux_writer.hpp"
#include "io/demo/demo_generator.hpp"
#include "io/territory/geojson_territory.hpp"

namespace pacte::main {
namespace {

std::unique_ptr<app::Store> OpenStore(const app::Settings& s) {
  if (!storage::IsPostgresUrl(s.database)) {
    auto parent = std::filesystem::path(s.database).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  auto store = std::make_unique<storage::SqlStore>(
      storage::DatabaseOptions{s.database, std::max(s.database_pool, s.workers)});
  auto applied = store->MigrateSchema();
  if (!applied.empty()) spdlog::info("{} migration(s) appliquée(s)", applied.size());
  return store;
}

int Serve(const app::Settings& s) {
  web::BlockShutdownSignals();
  auto store = OpenStore(s);
  app::SystemClock clock;
  web::Templates templates;
  web::Metrics metrics;
  web::SessionAuthGate gate(*store, clock, s);
  auto intake = MakeIntakeRuntime(s, *store, clock, ServerRunnerName());
  jobs::ImportWorker imports(*store, clock, intake->deps, intake->runners);
  web::Services services{*store, clock, s, templates, metrics, &gate, &intake->deps,
                         [&imports] { imports.Wake(); }};
  services.tables = intake->deps.tables;
  app::StatsService stats(*store, clock, s);
  app::IndicatorLibrary indicators(*store, clock, s);
  services.stats = &stats;
  services.indicators = &indicators;
  web::Pipeline pipeline(services, web::BuildRouter());
  web::HttpServer server(pipeline,
                         web::ServerOptions{s.listen_address, s.listen_port, s.workers,
                                            s.max_body_bytes, s.request_timeout,
                                            s.max_upload_bytes});
  server.Start();
  imports.Start();
  std::vector<jobs::Job> scheduled{
      jobs::AuditRetentionJob(*store, clock, s), jobs::RetentionJob(*store, clock, s),
      jobs::ParcoursRefreshJob(*store, clock), jobs::PrescriptionDeadlinesJob(*store, clock, s)};
  if (auto prewarm = jobs::StatsPrewarmJob(stats, indicators, s)) {
    scheduled.push_back(std::move(*prewarm));
  }
  jobs::JobRunner jobs(std::move(scheduled));
  jobs.Start();
  int sig = web::WaitForShutdownSignal();
  spdlog::info("signal {} reçu : arrêt en cours", sig);
  jobs.Stop();
  server.Stop();
  imports.Stop();
  return 0;
}

int DemoCafFlux(const cli::DemoCafFluxOptions& o) {
  io::GeneratedFluxOptions g;
  g.households = o.households;
  g.seed = o.seed;
  g.encoding = o.utf8 ? io::FluxEncoding::kUtf8 : io::FluxEncoding::kWindows1252;
  if (o.dtref.empty()) {
    const auto today = std::chrono::year_month_day{DateOf(app::SystemClock().Now())};
    g.reference_date = FormatIsoDate(Date{today.year() / today.month() / 1} - std::chrono::days{1});
  } else {
    g.reference_date = o.dtref;
  }
  auto written = io::WriteGeneratedCafFlux(o.out, g);
  if (!written) {
    cli::PrintError(std::cerr, written.error());
    return 1;
  }
  std::cout << "flux CAF écrit : " << written->households << " foyers, " << written->persons
            << " personnes, " << written->bytes << " octets, DTREF " << g.reference_date
            << " → " << o.out << "\n";
  return 0;
}

}  // namespace

cli::CliHooks MakeCliHooks() {
  cli::CliHooks hooks;
  hooks.load_settings = [](const std::string& path) {
    auto s = LoadSettings(path, [](const char* name) { return std::getenv(name); });
    if (s) spdlog::set_level(spdlog::level::from_str(s->log_level));
    return s;
  };
  hooks.open_store = OpenStore;
  hooks.serve = Serve;
  hooks.demo = [](app::Store& store, const app::Settings& s, const cli::DemoOptions& o) {
    const auto& files = web::EmbeddedFiles();
    io::DemoParameters p{o.seed, o.if_absent, o.size, files.at("data/communes-92.geojson"),
                         files.at("data/postal-codes-92.csv")};
    app::SystemClock clock;
    return io::RunDemo(store, clock, s, p, std::cout);
  };
  hooks.territory_import = [](app::Store& store, const std::string& path,
                              const std::string& departement_name) {
    io::TerritoryFileOptions options;
    if (!departement_name.empty()) options.departement_name = departement_name;
    return io::ImportTerritoryFile(store, path, options, std::cout, std::cerr);
  };
  hooks.intake = [](app::Store& store, const app::Settings& s, const app::Clock& clock) {
    std::shared_ptr<IntakeRuntime> rt = MakeIntakeRuntime(s, store, clock, CliRunnerName());
    return cli::CliIntake{&rt->deps, rt->runners, rt};
  };
  hooks.demo_caf_flux = DemoCafFlux;
  return hooks;
}

}  // namespace pacte::main
