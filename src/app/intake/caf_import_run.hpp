#pragma once
// The machinery of RunCafImport (caf_import.hpp): one object per run, reading the file with
// the CafFluxReader and applying its households by batches. Internal to app/intake.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/intake/caf_household_plan.hpp"
#include "app/intake/caf_import_counts.hpp"
#include "app/intake/intake_deps.hpp"
#include "app/ports/caf_flux_reader.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/store.hpp"
#include "domain/intake/caf_fingerprints.hpp"

namespace pacte::app {

class CafImportRun {
 public:
  CafImportRun(Store& store, const Clock& clock, const IntakeDeps& deps, ImportRecord record);
  // Runs to the end (terminee, echouee or annulee) and returns the finished journal row.
  Result<ImportRecord> Execute();

 private:
  Status OnHeader(const CafFluxHeader& header);
  Status OnHousehold(const CafHousehold& h);
  Status CheckReference(const CafHousehold& first);
  // Applies the pending households in one transaction with the journal's progress, then
  // checks for a cancellation (an error with code kCancelled stops the read).
  Status Flush();
  void ApplyOne(UnitOfWork& uow, const CafHousehold& h, std::vector<ImportLine>& lines);
  std::optional<Error> DuplicateInFile(const CafHouseholdPlan& plan);
  void Reject(const CafHousehold& h, const Error& e, std::vector<ImportLine>& lines);
  Result<ImportRecord> AlreadyApplied(std::int64_t by);
  Result<ImportRecord> Finalise(const std::string& status, const std::optional<std::string>& error,
                                std::vector<ImportLine> lines);
  void SaveProgress(UnitOfWork& uow);

  Store& store_;
  const Clock& clock_;
  const IntakeDeps& deps_;
  ImportRecord record_;
  bool force_ = false;
  bool validate_ = false;
  std::optional<Date> reference_date_;
  std::string organism_;
  bool reference_checked_ = false;
  bool reference_saved_ = false;
  std::vector<CafHousehold> pending_;
  CafImportCounts counts_;
  std::int64_t bytes_done_ = 0;
  intake::FingerprintSet seen_;
};

}  // namespace pacte::app
