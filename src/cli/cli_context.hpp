#pragma once
// What CLI verbs get: settings and a migrated store opened on first use, plus hooks the
// composition root (main/) provides for verbs that need other layers (server, demo, files).

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

#include "app/config/settings.hpp"
#include "app/intake/imports.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/common/error.hpp"

namespace CLI {
class App;
}

namespace pacte::cli {

struct DemoOptions {
  unsigned long long seed = 92;
  bool if_absent = false;  // do nothing when the database already holds data
  std::string size = "M";
};

// What `pacte import` runs with: the intake deps (readers, files…) and the runners, kept
// alive by `owner`. The CLI's runs carry their own runner name (no server takes them).
struct CliIntake {
  const app::IntakeDeps* deps = nullptr;
  app::ImportRunners runners;
  std::shared_ptr<void> owner;
};

// pacte demo caf-flux: a generated VRSB0801 file (io/caf_flux/caf_flux_writer.hpp).
struct DemoCafFluxOptions {
  long long households = 0;
  std::string out;
  unsigned long long seed = 1;
  std::string dtref;  // yyyy-mm-dd; empty: the last day of the previous month
  bool utf8 = false;  // windows-1252 (as real files) unless set
};

struct CliHooks {
  std::function<Result<app::Settings>(const std::string& config_path)> load_settings;
  // Opens the store and applies migrations.
  std::function<std::unique_ptr<app::Store>(const app::Settings&)> open_store;
  std::function<int(const app::Settings&)> serve;
  std::function<int(app::Store&, const app::Settings&, const DemoOptions&)> demo;
  // departement_name: empty to keep the name found in the file.
  std::function<int(app::Store&, const std::string& geojson_path,
                    const std::string& departement_name)>
      territory_import;
  std::function<CliIntake(app::Store&, const app::Settings&, const app::Clock&)> intake;
  // Writes the file and prints what it holds; returns the exit code.
  std::function<int(const DemoCafFluxOptions&)> demo_caf_flux;
};

class CliContext {
 public:
  CliContext(CliHooks hooks, std::ostream& out, std::ostream& err);
  // Loads settings once (from --config / PACTE_CONFIG); exits with a French message on error.
  const app::Settings& Settings();
  app::Store& Store();
  app::Clock& Clock() { return clock_; }
  const CliHooks& Hooks() const { return hooks_; }
  std::ostream& Out() { return out_; }
  std::ostream& Err() { return err_; }
  std::string config_path;

 private:
  CliHooks hooks_;
  std::ostream& out_;
  std::ostream& err_;
  std::optional<app::Settings> settings_;
  std::unique_ptr<app::Store> store_;
  app::SystemClock clock_;
};

// Thrown by verbs to stop with a French message and exit code.
struct CliExit {
  int code;
};

// Prints a business error as "erreur : message" (+ one line per field) on err.
void PrintError(std::ostream& err, const Error& e);

}  // namespace pacte::cli
