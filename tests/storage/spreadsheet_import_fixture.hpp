#pragma once
// Fixture of the spreadsheet import tests (both databases): the beneficiaries fixture, an
// in-memory spreadsheet reader, communes with postal codes, a mapping of the headers of
// ../shared/data/beneficiary-files/fichier_usager_600_lignes.csv and helpers to run imports.

#include <nlohmann/json.hpp>

#include "app/intake/import_mappings.hpp"
#include "app/intake/spreadsheet_import.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/territory_repository.hpp"
#include "beneficiaries_fixture.hpp"
#include "support/fake_spreadsheet_reader.hpp"

namespace pacte::testing {

inline const std::vector<std::string> k600Headers = {
    "Civilité",      "Prénom bénéficiaire", "Nom bénéficiaire", "Adresses Mails",
    "N° Téléphones", "Date de Naissance",   "CP Ville",         "N° CAF",
    "ID Iodas",      "Référent",            "Role"};

inline nlohmann::json Mapping600() {
  return {{"Civilité", "civility"},       {"Prénom bénéficiaire", "first_name"},
          {"Nom bénéficiaire", "last_name"}, {"Adresses Mails", "email"},
          {"N° Téléphones", "phone"},     {"Date de Naissance", "birth_date"},
          {"CP Ville", "postal_code_city"}, {"N° CAF", "caf_number"},
          {"ID Iodas", "internal_id"},    {"Référent", "referent"},
          {"Role", "role"}};
}

// One row of the 600-row file, in its column order.
struct Row600 {
  std::string civility, first, last, email, phone, birth, place, caf, iodas, referent, role;
  std::vector<std::string> Cells() const {
    return {civility, first, last, email, phone, birth, place, caf, iodas, referent, role};
  }
};

inline Row600 Paul() {
  return {"Monsieur", "Paul", "Durand", "paul.durand369@example.com", "0663603510", "16/02/1952",
          "92000 Nanterre", "CAF0027004992", "IODAS822920", "referent.agent3@example.org", ""};
}
inline Row600 Ines() {
  return {"Madame", "Inès", "Dupont", "ines.dupont434@example.com", "0680307435", "22/09/1987",
          "92100 Boulogne-Billancourt", "CAF0878018651", "IODAS221021", "", ""};
}

class SpreadsheetImportTest : public BeneficiariesTest {
 protected:
  FakeSpreadsheetReader reader;
  app::IntakeDeps deps;
  app::Actor officer = Agent(Role::kChargeOrientation, referent_id);
  std::int64_t mapping_id = 0;

  void SetUp() override {
    deps.spreadsheets = &reader;
    app::Write(db.store(), [&](app::UnitOfWork& uow) {
      auto nanterre = uow.Territory().FindCommune("92050");
      nanterre->postal_codes = {"92000"};
      uow.Territory().UpdateCommune(*nanterre, clock.Now());
      app::Commune boulogne;
      boulogne.insee_code = "92012";
      boulogne.departement_code = "92";
      boulogne.name = "Boulogne-Billancourt";
      boulogne.postal_codes = {"92100"};
      uow.Territory().InsertCommune(boulogne, clock.Now());
      return true;
    });
    mapping_id = SaveMappingOf("Usagers 600", Mapping600());
  }

  std::int64_t SaveMappingOf(const std::string& name, const nlohmann::json& columns) {
    app::ImportMapping m{name, "Fichier usagers", columns, nlohmann::json::object()};
    auto saved = app::SaveMapping(db.store(), clock, officer, std::nullopt, 0, m);
    EXPECT_TRUE(saved) << (saved ? "" : saved.error().message);
    return saved ? saved->id : 0;
  }

  void AddFile(const std::string& path, const std::vector<Row600>& rows) {
    FakeSheet sheet{k600Headers, {}};
    for (const auto& r : rows) sheet.rows.push_back(r.Cells());
    reader.Add(path, sheet);
  }

  // A claimed run (en_cours) of the file at `path`.
  std::int64_t Queue(const std::string& path, bool dry_run = false,
                     std::optional<std::int64_t> plan_of = std::nullopt,
                     std::optional<std::int64_t> mapping = std::nullopt) {
    return app::Write(db.store(), [&](app::UnitOfWork& uow) {
      app::NewImport in;
      in.kind = app::kImportKindSpreadsheet;
      in.dry_run = dry_run;
      in.file_name = "usagers.csv";
      in.file_path = path;
      in.file_sha256 = "sha-" + path;
      in.mapping_id = mapping.value_or(mapping_id);
      in.plan_of = plan_of;
      in.created_by = referent_id;
      auto id = uow.Imports().Insert(in, clock.Now());
      uow.Imports().Claim(id, std::nullopt, clock.Now());
      return id;
    });
  }

  app::ImportRecord Run(std::int64_t id) {
    auto r = app::RunSpreadsheetImport(db.store(), clock, deps, id);
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    return r ? *r : app::ImportRecord{};
  }

  app::ImportRecord Import(const std::string& path, const std::vector<Row600>& rows,
                           bool dry_run = false) {
    AddFile(path, rows);
    return Run(Queue(path, dry_run));
  }

  std::vector<app::ImportLine> Lines(std::int64_t id) {
    std::vector<app::ImportLine> out;
    app::Read(db.store(), [&](app::UnitOfWork& uow) {
      uow.Imports().ForEachLine(id, [&](const app::ImportLine& l) { out.push_back(l); });
      return true;
    });
    return out;
  }

  // The main line (not avertissement) of a row (2 = first data row).
  app::ImportLine Main(std::int64_t id, std::int64_t row) {
    for (const auto& l : Lines(id)) {
      if (l.line == row && l.outcome != app::kLineWarning) return l;
    }
    ADD_FAILURE() << "no line for row " << row;
    return {};
  }
  std::vector<app::ImportLine> Warnings(std::int64_t id, std::int64_t row) {
    std::vector<app::ImportLine> out;
    for (const auto& l : Lines(id)) {
      if (l.line == row && l.outcome == app::kLineWarning) out.push_back(l);
    }
    return out;
  }

  std::optional<app::StoredPerson> Person(std::int64_t id) {
    return app::Read(db.store(),
                     [&](app::UnitOfWork& uow) { return uow.Beneficiaries().FindPerson(id); });
  }

  // A person stored beforehand (by hand), with its internal id.
  std::int64_t StorePerson(const pacte::Person& p,
                           std::optional<std::string> internal_id = std::nullopt) {
    return app::Write(db.store(), [&](app::UnitOfWork& uow) {
      return *uow.Beneficiaries().InsertPerson(std::nullopt, p, internal_id, clock.Now());
    });
  }

  std::int64_t Persons() { return Count("SELECT COUNT(*) FROM persons"); }
};

inline bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace pacte::testing
