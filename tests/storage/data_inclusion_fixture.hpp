#pragma once
// A database with the test département (Nanterre, 92050) and one pacte structure, and helpers
// to import data·inclusion files and count rows, for the data·inclusion storage tests.

#include <gtest/gtest.h>

#include <string>

#include "app/data_inclusion/exchange.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/organisation_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

class DataInclusionDb : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T10:00:00Z")};
  app::Settings settings;
  app::Actor system = app::Actor::System("test");
  TestOrganisation org = CreateTestStructure(db.store(), clock, "Maison de l'emploi");

  app::ImportResult Import(const std::string& content, bool dry_run = false) {
    auto r = app::ImportCatalogue(db.store(), clock, settings, system,
                                  {"dossier/services.json", content, dry_run});
    if (!r) throw std::runtime_error(r.error().message);
    return std::move(*r);
  }

  std::int64_t Count(const std::string& sql) {
    std::int64_t n = -1;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      n = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection().Query(sql).rows.at(0).Int(0);
      return true;
    });
    return n;
  }

  std::string Text(const std::string& sql) {
    std::string s;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      s = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection().Query(sql).rows.at(0).Text(0);
      return true;
    });
    return s;
  }
};

// A valid v1 structure of Nanterre and services of it.
inline nlohmann::json DiStructureRecord(const std::string& id = "cd92--asso-lien") {
  return {{"source", "cd92"},       {"id", id},
          {"nom", "Association Lien"}, {"date_maj", "2026-10-01"},
          {"code_insee", "92050"},  {"siret", "12345678901234"},
          {"telephone", "01 02 03 04 05"}, {"reseaux_porteurs", {"ccas-cias"}}};
}

inline nlohmann::json DiServiceRecord(const std::string& id,
                                      const std::string& structure = "cd92--asso-lien") {
  return {{"source", "cd92"},
          {"structure_id", structure},
          {"id", id},
          {"nom", "Atelier numérique"},
          {"description", "Apprendre à utiliser un ordinateur, une messagerie et les démarches en "
                          "ligne, en petit groupe."},
          {"date_maj", "2026-10-01"},
          {"type", "atelier"},
          {"thematiques", {"numerique--maitriser-les-fondamentaux-du-numerique"}},
          {"publics", {"beneficiaires-des-minimas-sociaux"}},
          {"modes_accueil", {"en-presentiel"}},
          {"adresse", "1 rue de la Paix"},
          {"code_insee", "92050"},
          {"telephone", "01 02 03 04 05"},
          {"zone_eligibilite", {"92050"}}};
}

// Records as a JSON array file.
inline std::string ArrayFile(const std::vector<nlohmann::json>& records) {
  std::string out = "[\n";
  for (std::size_t i = 0; i < records.size(); ++i) out += (i ? ",\n" : "") + records[i].dump();
  return out + "\n]\n";
}

inline std::string LinesFile(const std::vector<nlohmann::json>& records) {
  std::string out;
  for (const auto& r : records) out += r.dump() + "\n";
  return out;
}

inline bool HasError(const app::RecordReport& r, const std::string& field,
                     const std::string& fragment) {
  for (const auto& e : r.errors) {
    if (e.field == field && e.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace pacte::testing
