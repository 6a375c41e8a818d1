// `pacte territory import FILE.geojson [--departement-name NAME]`.

#include <memory>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "domain/common/text.hpp"

namespace pacte::cli {
namespace {

struct ImportOptions {
  std::string path;
  std::string departement_name;
};

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
    throw CliExit{ctx.Hooks().territory_import(ctx.Store(), options->path,
                                               Trim(options->departement_name))};
  });
}

}  // namespace pacte::cli
