#pragma once
// A migrated database, the libxml2 CAF flux reader and helpers to queue, run and inspect CAF
// imports (RunCafImport), for the CAF import storage tests (both databases).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/intake/caf_import.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "io/caf_flux/caf_flux_writer.hpp"
#include "io/caf_flux/libxml_caf_flux_reader.hpp"
#include "io/intake_files/disk_import_files.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

inline std::string CafSample(const std::string& name) {
  return std::string(PACTE_SOURCE_DIR) + "/data/caf-flux/" + name;
}

class CafImportDb : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-03-02T09:00:00Z")};
  io::LibxmlCafFluxReader reader;
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("pacte-caf-import-" + std::to_string(::getpid()) + "-" +
                               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  io::DiskImportFiles files{dir.string()};
  app::IntakeDeps deps;

  CafImportDb() {
    std::filesystem::create_directories(dir);
    deps.caf = &reader;
    deps.files = &files;
    deps.batch = 500;
  }
  ~CafImportDb() override { std::filesystem::remove_all(dir); }

  // A journal row for `path`, claimed (en_cours), as the import jobs and the CLI do.
  std::int64_t Queue(const std::string& path, nlohmann::json options = nlohmann::json::object()) {
    auto file = files.Describe(path);
    EXPECT_TRUE(file) << (file ? "" : file.error().message);
    return app::Write(db.store(), [&](app::UnitOfWork& uow) {
      app::NewImport in;
      in.kind = app::kImportKindCaf;
      in.file_name = file->name;
      in.file_path = file->path;
      in.file_sha256 = file->sha256;
      in.file_bytes = file->bytes;
      in.options = options;
      const auto id = uow.Imports().Insert(in, clock.Now());
      EXPECT_TRUE(uow.Imports().Claim(id, std::nullopt, clock.Now()));
      return id;
    });
  }

  app::ImportRecord Run(const std::string& path, nlohmann::json options = nlohmann::json::object()) {
    const auto id = Queue(path, std::move(options));
    auto done = app::RunCafImport(db.store(), clock, deps, id);
    EXPECT_TRUE(done) << (done ? "" : done.error().message);
    return done ? *done : app::ImportRecord{};
  }

  std::vector<app::ImportLine> Lines(std::int64_t id) {
    std::vector<app::ImportLine> out;
    app::Read(db.store(), [&](app::UnitOfWork& uow) {
      uow.Imports().ForEachLine(id, [&](const app::ImportLine& l) { out.push_back(l); });
      return true;
    });
    return out;
  }

  std::int64_t Count(const std::string& sql, const storage::SqlParams& params = {}) {
    std::int64_t n = -1;
    db.store().WithConnection(
        [&](storage::SqlConnection& c) { n = c.Query(sql, params).rows.at(0).Int(0); });
    return n;
  }

  std::string Text(const std::string& sql, const storage::SqlParams& params = {}) {
    std::string s;
    db.store().WithConnection([&](storage::SqlConnection& c) {
      auto rows = c.Query(sql, params).rows;
      s = rows.empty() || rows[0].IsNull(0) ? "<null>" : rows[0].Text(0);
    });
    return s;
  }

  std::optional<app::StoredPerson> PersonByNir(const std::string& nir13) {
    const std::string nir = ParseNir(nir13)->Value();
    return app::Read(db.store(),
                     [&](app::UnitOfWork& uow) { return uow.Beneficiaries().FindPersonByNir(nir); });
  }

  std::optional<Date> DdSinceOf(std::int64_t person_id) {
    auto state = app::Read(db.store(), [&](app::UnitOfWork& uow) {
      return uow.ParcoursStates().Find(person_id);
    });
    return state ? state->dd_since : std::nullopt;
  }

  // A flux file under the test folder.
  std::string WriteFlux(const std::string& name, const std::string& dtref,
                        const std::vector<io::FluxHouseholdSpec>& households,
                        io::FluxEncoding encoding = io::FluxEncoding::kWindows1252) {
    const std::string path = (dir / name).string();
    std::ofstream out(path, std::ios::binary);
    io::CafFluxWriter writer(out, encoding, dtref, dtref);
    for (const auto& h : households) writer.Add(h);
    writer.Finish();
    return path;
  }

  std::string WriteText(const std::string& name, const std::string& content) {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  std::string Generated(const std::string& name, std::int64_t households,
                        const std::string& dtref = "2026-02-28") {
    io::GeneratedFluxOptions o;
    o.households = households;
    o.reference_date = dtref;
    const std::string path = (dir / name).string();
    EXPECT_TRUE(io::WriteGeneratedCafFlux(path, o));
    return path;
  }
};

inline io::FluxPersonSpec Adult(const std::string& nom, const std::string& prenom,
                                const std::string& dtnai, const std::string& nir,
                                const std::string& role = "DEM", const std::string& dd = "1") {
  io::FluxPersonSpec p;
  p.nom = nom;
  p.nom_naissance = nom;
  p.prenom = prenom;
  p.birth_date = dtnai;
  p.nir = nir;
  p.sexe = !nir.empty() && nir[0] == '1' ? "1" : "2";
  p.qual = p.sexe == "1" ? "MR" : "MME";
  p.role = role;
  p.toppersdrodevorsa = dd;
  return p;
}

inline io::FluxHouseholdSpec Foyer(const std::string& numdemrsa, const std::string& matricule7,
                                   std::vector<io::FluxPersonSpec> persons,
                                   const std::string& etat = "2") {
  io::FluxHouseholdSpec h;
  h.numdemrsa = numdemrsa;
  h.matricule = matricule7 + "00000000";
  h.persons = std::move(persons);
  h.etatdosrsa = etat;
  return h;
}

}  // namespace pacte::testing
