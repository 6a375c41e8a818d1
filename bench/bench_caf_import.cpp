// CAF flux import (issue 5): RunCafImport of a generated VRSB0801 file into a fresh SQLite
// database, against the bare INSERTs of the same rows (households, persons, rights rows) into
// another fresh database of the same schema, then a forced re-import (nothing changes), and the
// peak memory (VmHWM) of imports of the file and of a file 4 times smaller.
// Each measure runs in a child process (fork) so that its peak memory is its own.

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/intake/caf_household_plan.hpp"
#include "app/intake/caf_import.hpp"
#include "app/ports/import_repository.hpp"
#include "bench_sections.hpp"
#include "domain/common/text.hpp"
#include "io/caf_flux/caf_flux_writer.hpp"
#include "io/caf_flux/libxml_caf_flux_reader.hpp"
#include "storage/sql_store.hpp"

namespace pacte::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

long StatusKb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const std::string key = std::string(field) + ":";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(key.size()));
  }
  return -1;
}

// Forgets the peak inherited from the parent (Linux: "5" resets VmHWM to the current RSS).
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

std::unique_ptr<storage::SqlStore> FreshStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  auto store = std::make_unique<storage::SqlStore>(storage::DatabaseOptions{path, 1});
  store->MigrateSchema();
  return store;
}

app::ImportRecord Import(storage::SqlStore& store, const std::string& file, bool force) {
  const auto id = app::Write(store, [&](app::UnitOfWork& uow) {
    app::NewImport in;
    in.kind = app::kImportKindCaf;
    in.file_name = std::filesystem::path(file).filename().string();
    in.file_path = file;
    in.file_sha256 = "bench";
    in.file_bytes = static_cast<std::int64_t>(std::filesystem::file_size(file));
    in.options = {{"force", force}};
    const auto inserted = uow.Imports().Insert(in, app::SystemClock().Now());
    uow.Imports().Claim(inserted, std::nullopt, app::SystemClock().Now());
    return inserted;
  });
  io::LibxmlCafFluxReader reader;
  app::IntakeDeps deps;
  deps.caf = &reader;
  deps.batch = 500;
  app::SystemClock clock;
  auto done = app::RunCafImport(store, clock, deps, id);
  if (!done || done->status != app::kImportDone) {
    throw std::runtime_error("bench: the CAF import failed: " +
                             (done ? done->error.value_or(done->status) : done.error().message));
  }
  return *done;
}

// The rows an importer must write for a file, kept in memory (setup, not timed).
struct BareRows {
  struct PersonRow {
    std::string role, civility, first, last, birth_name, birth, sex, nir, caf, key;
    std::string etat, dd, suspension, closure, closure_date;
    bool homeless = false;
  };
  struct HouseholdRow {
    std::string numdemrsa, matricule, paying_body;
    std::vector<PersonRow> persons;
  };
  std::vector<HouseholdRow> households;
};

std::string Opt(const std::optional<std::string>& v) { return v.value_or(""); }

BareRows ReadRows(const std::string& file) {
  BareRows rows;
  io::LibxmlCafFluxReader reader;
  const Date today = DateOf(app::SystemClock().Now());
  auto read = reader.Read(file, {}, [&](const app::CafHousehold& h) -> Status {
    auto plan = app::PlanCafHousehold(h, today);
    if (!plan) return {};
    BareRows::HouseholdRow row{plan->household.numdemrsa, plan->household.caf_matricule,
                               std::string(PayingBodyCode(plan->household.paying_body)), {}};
    for (const auto& p : plan->persons) {
      const Person& q = p.person;
      row.persons.push_back(
          {std::string(HouseholdRoleCode(*q.role)),
           q.civility ? std::string(CivilityCode(*q.civility)) : "", q.first_name, q.last_name,
           Opt(q.birth_name), FormatIsoDate(q.birth_date), q.sex ? std::string(SexCode(*q.sex)) : "",
           q.nir ? q.nir->Value() : "", Opt(q.caf_number), PersonSearchKey(q),
           p.rights.etatdosrsa, std::string(DdFlagCode(p.rights.dd_flag)),
           Opt(p.rights.suspension_reason), Opt(p.rights.closure_reason),
           p.rights.closure_date ? FormatIsoDate(*p.rights.closure_date) : "",
           p.rights.homeless});
    }
    rows.households.push_back(std::move(row));
    return {};
  });
  if (!read) throw std::runtime_error("bench: " + read.error().message);
  return rows;
}

storage::SqlParam TextOrNull(const std::string& v) {
  return v.empty() ? storage::SqlParam(nullptr) : storage::SqlParam(v);
}

// The same rows through the same connection layer, 500 households per transaction (as the
// import), plain INSERT … RETURNING id, no lookup, no journal, no audit.
double BareInsert(storage::SqlStore& store, const BareRows& rows, const std::string& dtref) {
  const std::string now = FormatIsoTimestamp(app::SystemClock().Now());
  const auto start = Clock::now();
  std::size_t i = 0;
  while (i < rows.households.size()) {
    store.WithConnection([&](storage::SqlConnection& c) {
      c.Begin(app::TxMode::kWrite);
      for (std::size_t end = std::min(i + 500, rows.households.size()); i < end; ++i) {
        const auto& h = rows.households[i];
        const auto hid =
            c.Query("INSERT INTO households (numdemrsa, caf_matricule, paying_body, created_at, "
                    "updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
                    {h.numdemrsa, h.matricule, h.paying_body, now})
                .rows.at(0)
                .Int(0);
        for (const auto& p : h.persons) {
          const auto pid =
              c.Query("INSERT INTO persons (household_id, role, civility, first_name, last_name, "
                      "birth_name, birth_date, sex, nir, caf_number, search_key, created_at, "
                      "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                      "$12) RETURNING id",
                      {hid, p.role, TextOrNull(p.civility), p.first, p.last,
                       TextOrNull(p.birth_name), p.birth, TextOrNull(p.sex), TextOrNull(p.nir),
                       TextOrNull(p.caf), p.key, now})
                  .rows.at(0)
                  .Int(0);
          c.Query("INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
                  "dd_flag, suspension_reason, closure_reason, closure_date, homeless, source, "
                  "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'bare', $10)",
                  {hid, pid, dtref, p.etat, p.dd, TextOrNull(p.suspension),
                   TextOrNull(p.closure), TextOrNull(p.closure_date), p.homeless, now});
        }
      }
      c.Commit();
    });
  }
  return Seconds(start);
}

// Runs fn in a child process and returns what it wrote to the pipe (one line).
std::string InChild(const std::function<std::string()>& fn) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("bench: pipe");
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("bench: fork");
  if (pid == 0) {
    ::close(fds[0]);
    std::string out;
    try {
      ResetPeak();
      out = fn();
    } catch (const std::exception& e) {
      out = std::string("erreur ") + e.what();
    }
    [[maybe_unused]] auto written = ::write(fds[1], out.data(), out.size());
    std::_Exit(0);
  }
  ::close(fds[1]);
  std::string out;
  char buf[512];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (out.rfind("erreur", 0) == 0) throw std::runtime_error(out);
  return out;
}

}  // namespace

void BenchCafImport(const std::string& out_dir, std::int64_t households) {
  const std::string dtref = "2026-02-28";
  const std::string big = out_dir + "/caf-flux-L.xml";
  const std::string quarter = out_dir + "/caf-flux-L4.xml";
  io::GeneratedFluxOptions o;
  o.reference_date = dtref;
  o.households = households;
  const auto written = io::WriteGeneratedCafFlux(big, o);
  o.households = households / 4;
  if (!written || !io::WriteGeneratedCafFlux(quarter, o)) {
    throw std::runtime_error("bench: cannot write the CAF flux files");
  }
  const std::string db = out_dir + "/caf-import.db";
  double import_s = 0, reimport_s = 0, bare_s = 0;
  long peak_big = 0, peak_quarter = 0, persons = 0;
  std::sscanf(InChild([&] {
                auto store = FreshStore(db);
                auto start = Clock::now();
                const auto first = Import(*store, big, false);
                const double t1 = Seconds(start);
                const long peak = StatusKb("VmHWM");
                start = Clock::now();
                Import(*store, big, true);
                return std::to_string(t1) + " " + std::to_string(Seconds(start)) + " " +
                       std::to_string(peak) + " " +
                       std::to_string(first.counts["persons_created"].get<long>());
              }).c_str(),
              "%lf %lf %ld %ld", &import_s, &reimport_s, &peak_big, &persons);
  std::sscanf(InChild([&] {
                auto store = FreshStore(db);
                Import(*store, quarter, false);
                return std::to_string(StatusKb("VmHWM"));
              }).c_str(),
              "%ld", &peak_quarter);
  std::sscanf(InChild([&] {
                const BareRows rows = ReadRows(big);
                auto store = FreshStore(db);
                return std::to_string(BareInsert(*store, rows, dtref));
              }).c_str(),
              "%lf", &bare_s);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  std::filesystem::remove(big);
  std::filesystem::remove(quarter);

  const double n = static_cast<double>(households);
  std::printf("\nImport CAF : flux VRSB0801 généré de %lld foyers (%ld adultes suivis, %.0f Mo), "
              "SQLite, lots de 500\n",
              static_cast<long long>(households), persons,
              static_cast<double>(written->bytes) / 1e6);
  std::printf("%-38s %10s %12s %8s\n", "mesure", "durée s", "foyers/s", "ratio");
  std::printf("%-38s %10.1f %12.0f %8s\n", "insertion brute des mêmes lignes", bare_s, n / bare_s,
              "1.00");
  std::printf("%-38s %10.1f %12.0f %8.2f\n", "RunCafImport, base vide", import_s, n / import_s,
              bare_s / import_s);
  std::printf("%-38s %10.1f %12.0f %8.2f\n", "ré-import forcé (rien ne change)", reimport_s,
              n / reimport_s, bare_s / reimport_s);
  std::printf("mémoire crête (VmHWM) : %ld Mo pour %lld foyers, %ld Mo pour %lld foyers\n",
              peak_big / 1024, static_cast<long long>(households), peak_quarter / 1024,
              static_cast<long long>(households / 4));
  std::printf("(ratio = durée de l'insertion brute / durée mesurée ; l'insertion brute ne lit pas "
              "le fichier : ses lignes sont préparées en mémoire avant la mesure)\n");
}

}  // namespace pacte::bench
