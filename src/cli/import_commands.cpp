// `pacte import caf FILE [--force] [--validate]`
// `pacte import spreadsheet FILE --mapping NAME [--sheet S] [--dry-run]`
// Runs the import synchronously in this process (the same jobs as the server's worker),
// printing its progress on stderr and the French report on stdout.
// Exit code: 0 when the run ended terminee (rejected households or rows are part of the
// report, not a failure); 1 when it ended echouee, annulee or interrompue; 2 when it could
// not start (file not found, unknown mapping, bad options).

#include <signal.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "app/ports/unit_of_work.hpp"
#include "cli/cli.hpp"

namespace pacte::cli {
namespace {

struct ImportOptions {
  std::string kind;
  std::string path;
  std::string mapping;
  std::string sheet;
  bool dry_run = false;
  bool force = false;
  bool validate = false;
};

// Prints the run's progress on `err` every second until stopped.
class ProgressPrinter {
 public:
  ProgressPrinter(app::Store& store, std::int64_t id, std::ostream& err)
      : thread_([this, &store, id, &err] { Loop(store, id, err); }) {}
  ~ProgressPrinter() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  void Loop(app::Store& store, std::int64_t id, std::ostream& err) {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::seconds{1}, [this] { return done_; })) {
      auto r = app::Read(store, [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
      if (!r) continue;
      err << "progression : " << r->units_done << " traité(s)";
      if (r->progress_total > 0) err << ", " << r->progress_done * 100 / r->progress_total << " %";
      err << "\n";
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;
};

void PrintReport(CliContext& ctx, const app::ImportRecord& r) {
  auto& out = ctx.Out();
  out << "import n° " << r.id << " (" << r.file_name << ") : " << app::ImportStatusLabel(r.status)
      << (r.dry_run ? " (simulation)" : "") << "\n";
  if (r.error) out << "erreur : " << *r.error << "\n";
  if (r.counts.is_object()) {
    for (const auto& [key, value] : r.counts.items()) {
      out << "  " << app::CounterLabel(key) << " : " << value.dump() << "\n";
    }
  }
  auto rejected = app::ImportReport(ctx.Store(), app::Actor::System(), r.id,
                                    std::string(app::kLineRejected), app::PageRequest{1, 20});
  if (!rejected || rejected->lines.items.empty()) return;
  out << rejected->lines.total << " ligne(s) rejetée(s)";
  if (rejected->lines.total > 20) out << " (les 20 premières)";
  out << " :\n";
  for (const auto& l : rejected->lines.items) {
    out << "  ligne " << l.line;
    if (!l.reference.empty()) out << " (" << l.reference << ")";
    out << " : " << l.message << "\n";
  }
}

// Whether the process `pid` of this host is gone.
bool ProcessGone(long pid) {
  return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// A `pacte import` killed mid-run (kill -9, power cut) leaves its run en_cours, and no server
// takes CLI runs: before starting, the runs of dead CLI processes of this host (runner
// "cli:<host>:<pid>") become interrompue, so that the journal tells what the database holds.
void MarkDeadCliRuns(CliContext& ctx, const std::string& own_runner) {
  const auto prefix = own_runner.substr(0, own_runner.rfind(':') + 1);
  std::vector<std::string> dead;
  app::Read(ctx.Store(), [&](app::UnitOfWork& uow) {
    for (int page = 1; page <= 5; ++page) {
      auto runs = uow.Imports().List(app::ImportQuery{}, app::PageRequest{page, 200});
      for (const auto& r : runs.items) {
        if (r.status != app::kImportRunning || !r.runner || !r.runner->starts_with(prefix))
          continue;
        const auto pid = std::strtol(r.runner->c_str() + prefix.size(), nullptr, 10);
        if (*r.runner != own_runner && ProcessGone(pid)) dead.push_back(*r.runner);
      }
      if (runs.items.size() < 200) break;
    }
    return true;
  });
  for (const auto& runner : dead) {
    app::Write(ctx.Store(), [&](app::UnitOfWork& uow) {
      return uow.Imports().MarkInterrupted(runner, ctx.Clock().Now());
    });
  }
}

int RunImport(CliContext& ctx, const ImportOptions& o) {
  auto intake = ctx.Hooks().intake(ctx.Store(), ctx.Settings(), ctx.Clock());
  if (intake.deps->runner) MarkDeadCliRuns(ctx, *intake.deps->runner);
  auto file = intake.deps->files->Describe(o.path);
  if (!file) {
    PrintError(ctx.Err(), file.error());
    return 2;
  }
  app::IntakeImportRequest request{o.kind,  *file,      o.mapping, o.dry_run,
                                   o.force, o.validate, o.sheet,   std::nullopt};
  auto actor = app::Actor::System();
  auto started = app::StartImport(ctx.Store(), ctx.Clock(), actor, *intake.deps, request);
  if (!started) {
    PrintError(ctx.Err(), started.error());
    return 2;
  }
  ctx.Err() << "import n° " << started->id << " lancé\n";
  Result<app::ImportRecord> ended = started;
  {
    ProgressPrinter progress(ctx.Store(), started->id, ctx.Err());
    ended =
        app::RunQueuedImport(ctx.Store(), ctx.Clock(), intake.runners, *intake.deps, started->id);
  }
  if (!ended) {
    PrintError(ctx.Err(), ended.error());
    return 1;
  }
  PrintReport(ctx, *ended);
  return ended->status == app::kImportDone ? 0 : 1;
}

}  // namespace

void RegisterImportCommands(CLI::App& app, CliContext& ctx) {
  auto* import =
      app.add_subcommand("import", "Importe des bénéficiaires (flux CAF / MSA, tableurs)");
  import->require_subcommand(1);
  auto caf = std::make_shared<ImportOptions>();
  caf->kind = app::kImportKindCaf;
  auto* c = import->add_subcommand("caf", "Applique un flux CAF / MSA (VRSB0801)");
  c->add_option("FICHIER", caf->path, "Fichier XML du flux")->required();
  c->add_flag("--force", caf->force, "Appliquer même un fichier déjà importé ou plus ancien");
  c->add_flag("--validate", caf->validate, "Valider le fichier avec le schéma XSD");
  c->callback([&ctx, caf] { throw CliExit{RunImport(ctx, *caf)}; });

  auto sheet = std::make_shared<ImportOptions>();
  sheet->kind = app::kImportKindSpreadsheet;
  auto* s = import->add_subcommand("spreadsheet", "Importe un tableur (CSV, XLSX)");
  s->add_option("FICHIER", sheet->path, "Fichier CSV ou XLSX")->required();
  s->add_option("--mapping", sheet->mapping, "Nom de la correspondance de colonnes")->required();
  s->add_option("--sheet", sheet->sheet, "Feuille à lire (XLSX)");
  s->add_flag("--dry-run", sheet->dry_run, "Simulation : montrer sans rien modifier");
  s->callback([&ctx, sheet] { throw CliExit{RunImport(ctx, *sheet)}; });
}

}  // namespace pacte::cli
