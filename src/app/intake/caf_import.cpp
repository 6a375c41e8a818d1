#include "app/intake/caf_import.hpp"

#include <stdexcept>

#include "app/intake/caf_import_run.hpp"

namespace pacte::app {

Result<ImportRecord> RunCafImport(Store& store, const Clock& clock, const IntakeDeps& deps,
                                  std::int64_t import_id) {
  auto record = Read(store, [&](UnitOfWork& uow) { return uow.Imports().Find(import_id); });
  if (!record) {
    return Fail(Error::NotFound("import.not_found",
                                "Import n°" + std::to_string(import_id) + " introuvable."));
  }
  if (record->kind != kImportKindCaf) {
    return Fail(Error::Invalid("caf_import.wrong_kind",
                               "L'import n°" + std::to_string(import_id) +
                                   " n'est pas un flux CAF / MSA."));
  }
  if (record->status != kImportRunning) {
    return Fail(Error::Conflict("caf_import.not_running",
                                "L'import n°" + std::to_string(import_id) +
                                    " n'est pas en cours (statut « " + record->status + " »)."));
  }
  if (deps.caf == nullptr) {
    throw std::logic_error("RunCafImport: IntakeDeps::caf is not set");
  }
  return CafImportRun(store, clock, deps, std::move(*record)).Execute();
}

}  // namespace pacte::app
