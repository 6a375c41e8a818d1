// data·inclusion exchange: import of 10,000 services (ImportCatalogue, first run creating and
// second run finding them unchanged) against the bare INSERTs of the same rows, and the export
// of every published service (ExportAllRecords) against the bare SELECTs it boils down to.

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <vector>

#include "app/data_inclusion/exchange.hpp"
#include "bench_sections.hpp"

namespace pacte::bench {
namespace {

constexpr int kServices = 10000;

const char* const kThematiques[] = {"mobilite--preparer-un-permis",
                                    "numerique--acquerir-un-equipement",
                                    "preparer-sa-candidature--valoriser-ses-competences",
                                    "logement-hebergement--louer-un-logement",
                                    "sante--acces-aux-soins"};

nlohmann::json Service(int i, const std::string& commune) {
  return {{"source", "bench"},
          {"structure_id", "bench--structure"},
          {"id", "bench--" + std::to_string(i)},
          {"nom", "Service de banc d'essai n° " + std::to_string(i)},
          {"description", "Un accompagnement de quelques semaines pour avancer vers l'emploi, "
                          "en petit groupe, avec un conseiller."},
          {"date_maj", "2026-10-01"},
          {"type", "accompagnement"},
          {"thematiques", {kThematiques[i % 5], kThematiques[(i + 1) % 5]}},
          {"publics", {"beneficiaires-des-minimas-sociaux"}},
          {"modes_accueil", {"en-presentiel"}},
          {"adresse", "1 place de la Mairie"},
          {"code_insee", commune},
          {"telephone", "01 02 03 04 05"},
          {"zone_eligibilite", {commune}}};
}

std::string File(const std::string& commune) {
  nlohmann::json structure{{"source", "bench"}, {"id", "bench--structure"},
                           {"nom", "Structure de banc d'essai"}, {"date_maj", "2026-10-01"},
                           {"code_insee", commune}, {"telephone", "01 02 03 04 05"}};
  std::string out = structure.dump() + "\n";
  for (int i = 0; i < kServices; ++i) out += Service(i, commune).dump() + "\n";
  return out;
}

double Seconds(const std::function<void()>& fn) {
  auto start = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The bare baseline of the import: the same 10,000 action rows and their codes inserted with
// reused prepared statements in one transaction on a separate read-write connection, then
// rolled back.
double BareInsert(const std::string& path, const std::string& commune, const std::string& structure_id) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) throw std::runtime_error("bench: open " + path);
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* action = nullptr;
  sqlite3_stmt* code = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO actions (di_id, di_source, structure_id, status, name, "
                     "description, search_text, objective, service_type, adresse, commune_code, "
                     "telephone, date_maj, published_at, created_at, updated_at) VALUES (?, "
                     "'bare', ?, 'publiee', ?, ?, ?, 'lever_freins_sociaux', 'accompagnement', "
                     "'1 place de la Mairie', ?, '01 02 03 04 05', '2026-10-01', ?, ?, ?) "
                     "RETURNING id",
                     -1, &action, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO action_codes (action_id, list, code) VALUES (?, ?, ?)", -1,
                     &code, nullptr);
  if (!action || !code) throw std::runtime_error(std::string("bench: ") + sqlite3_errmsg(db));
  const std::string now = "2026-11-27T10:00:00Z";
  struct Row {
    std::string id, name, description, key;
    std::vector<std::string> thematiques;
  };
  std::vector<Row> rows;  // prepared outside the measure: the baseline only inserts
  for (int i = 0; i < kServices; ++i) {
    auto s = Service(i, commune);
    Row r{"bare--" + std::to_string(i), s["nom"], s["description"], "", {}};
    r.key = r.name + " " + r.description;
    for (const auto& t : s["thematiques"]) r.thematiques.push_back(t.get<std::string>());
    rows.push_back(std::move(r));
  }
  double seconds = Seconds([&] {
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const auto& r : rows) {
      const std::string* texts[] = {&r.id, &structure_id, &r.name, &r.description, &r.key,
                                    &commune, &now, &now, &now};
      for (int k = 0; k < 9; ++k) {
        sqlite3_bind_text(action, k + 1, texts[k]->c_str(), -1, SQLITE_STATIC);
      }
      sqlite3_step(action);
      auto action_id = sqlite3_column_int64(action, 0);
      sqlite3_reset(action);
      auto add = [&](const char* list, const std::string& value) {
        sqlite3_bind_int64(code, 1, action_id);
        sqlite3_bind_text(code, 2, list, -1, SQLITE_STATIC);
        sqlite3_bind_text(code, 3, value.c_str(), -1, SQLITE_STATIC);
        sqlite3_step(code);
        sqlite3_reset(code);
      };
      for (const auto& t : r.thematiques) add("thematique", t);
      add("public", "beneficiaires-des-minimas-sociaux");
      add("mode_accueil", "en-presentiel");
      add("zone_commune", commune);
      add("barrier", "mobilite");
    }
  });
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_finalize(action);
  sqlite3_finalize(code);
  sqlite3_close(db);
  return seconds;
}

double TimedImport(BenchContext& ctx, const std::string& file, app::ImportResult& out) {
  return Seconds([&] {
    auto r = app::ImportCatalogue(ctx.store, ctx.clock, ctx.settings, ctx.actor,
                                  {"bench.jsonl", file, false});
    if (!r) throw std::runtime_error("bench: import failed: " + r.error().message);
    out = std::move(*r);
  });
}

}  // namespace

void BenchDataInclusion(BenchContext& ctx) {
  auto communes = ctx.bare.Rows("SELECT insee_code FROM communes ORDER BY insee_code LIMIT 1");
  if (communes.empty()) throw std::runtime_error("bench: no commune");
  const std::string commune = communes[0][0];
  const std::string file = File(commune);
  app::ImportResult first, second;
  const double created = TimedImport(ctx, file, first);
  if (first.journal.services_created != kServices) {
    throw std::runtime_error("bench: import created " + std::to_string(first.journal.services_created));
  }
  const double unchanged = TimedImport(ctx, file, second);
  auto structure = ctx.bare.Rows(
      "SELECT structure_id FROM structure_di_details WHERE di_id = 'bench--structure'");
  const double bare_insert = BareInsert(ctx.settings.database, commune, structure.at(0).at(0));

  std::size_t exported = 0;
  const double export_us = MedianMicros([&] {
    auto all = app::ExportAllRecords(ctx.store, ctx.settings, ctx.actor, app::DiKind::kServices);
    if (!all) throw std::runtime_error("bench: export failed");
    exported = all->size();
  }, 3, 2000, 10);
  auto services = ctx.bare.Prepare(
      "SELECT a.*, d.di_id FROM actions a LEFT JOIN structure_di_details d ON "
      "d.structure_id = a.structure_id WHERE a.status = 'publiee' ORDER BY a.id");
  auto codes = ctx.bare.Prepare(
      "SELECT action_id, list, code FROM action_codes WHERE action_id IN "
      "(SELECT id FROM actions WHERE status = 'publiee')");
  const double bare_export = MedianMicros([&] {
    services.Run({});
    codes.Run({});
  }, 3, 2000, 10);

  std::printf("\n== Échange data·inclusion : import de %d services, export de %zu services\n",
              kServices, exported);
  std::printf("%-44s %12s %12s %9s\n", "mesure", "pacte", "SQL brut", "ratio");
  std::printf("%-44s %12.2f %12.2f %9s\n", "import, création (s)", created, bare_insert,
              Ratio(created, bare_insert).c_str());
  std::printf("%-44s %12.2f %12.2f %9s\n", "import, tout inchangé (s)", unchanged, bare_insert,
              Ratio(unchanged, bare_insert).c_str());
  std::printf("%-44s %12.0f %12.0f %9s\n", "export de tous les services (ms)", export_us / 1000,
              bare_export / 1000, Ratio(export_us, bare_export).c_str());
  std::printf("%-44s %12.0f %12.0f\n", "débit d'export (services/s)",
              static_cast<double>(exported) / (export_us / 1e6),
              static_cast<double>(exported) / (bare_export / 1e6));
  std::printf("(import : %lld inchangés au second passage ; SQL brut : INSERT préparés des mêmes "
              "lignes d'actions et de codes, une transaction annulée)\n",
              static_cast<long long>(second.journal.unchanged));
}

}  // namespace pacte::bench
