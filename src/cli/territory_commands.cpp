// `pacte territory import FILE.geojson [--departement-name NAME]`.

#include <memory>
#include <optional>

#include <CLI/CLI.hpp>

#include "app/territory/import_territory.hpp"
#include "cli/cli.hpp"
#include "domain/common/text.hpp"

namespace pacte::cli {
namespace {

struct ImportOptions {
  std::string path;
  std::string departement_name;
};

// The import hook carries only the path: the name is applied to the département that the
// import just loaded.
int RenameImportedDepartement(CliContext& ctx, const std::string& name) {
  auto last = app::LastTerritoryImport(ctx.Store());
  if (!last) return 1;
  auto renamed =
      app::RenameDepartement(ctx.Store(), ctx.Clock(), app::Actor::System("territory import"),
                             last->departement_code, name);
  if (!renamed) {
    PrintError(ctx.Err(), renamed.error());
    return 1;
  }
  ctx.Out() << "Nom du département " << renamed->code << " : " << renamed->name << ".\n";
  return 0;
}

}  // namespace

void RegisterTerritoryCommands(CLI::App& app, CliContext& ctx) {
  auto* territory = app.add_subcommand("territory", "Territoire : communes et territoires");
  territory->require_subcommand(1);
  auto* import = territory->add_subcommand(
      "import", "Importe les communes et territoires d'un département (GeoJSON)");
  auto options = std::make_shared<ImportOptions>();
  import->add_option("FICHIER", options->path, "FeatureCollection GeoJSON des communes")
      ->required();
  import->add_option("--departement-name", options->departement_name,
                     "Nom du département (sinon celui du fichier)");
  import->callback([&ctx, options] {
    if (!options->departement_name.empty() && Trim(options->departement_name).empty()) {
      ctx.Err() << "erreur : le nom du département ne peut pas être vide.\n";
  throw CliExit{2};
}
int code = ctx.Hooks().territory_import(ctx.Store(), options->path);
if (code == 0 && !options->departement_name.empty()) {
  code = RenameImportedDepartement(ctx, options->departement_name);
}
throw CliExit{code};
}  // namespace pacte::cli
);
}

}  // namespace pacte::cli
