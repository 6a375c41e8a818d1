#pragma once
// Test doubles of the import runners (packages A and C write the real RunCafImport and
// RunSpreadsheetImport): runners that end a claimed run in a chosen way, and one that waits
// until the run is cancelled. Header-only.

#include <chrono>
#include <stdexcept>
#include <thread>

#include "app/intake/imports.hpp"
#include "app/ports/unit_of_work.hpp"

namespace pacte::testing {

inline app::ImportRecord FindImport(app::Store& store, std::int64_t id) {
  return *app::Read(store, [&](app::UnitOfWork& uow) { return uow.Imports().Find(id); });
}

// Writes `lines` and `counts`, then ends the run terminee.
inline app::ImportRunner FinishingRunner(app::Store& store, const app::Clock& clock,
                                         std::vector<app::ImportLine> lines = {},
                                         nlohmann::json counts = {{"rows", 2}}) {
  return [&store, &clock, lines, counts](std::int64_t id) -> Result<app::ImportRecord> {
    app::Write(store, [&](app::UnitOfWork& uow) {
      uow.Imports().AddLines(id, lines);
      uow.Imports().SaveProgress(id, 10, 10, static_cast<std::int64_t>(lines.size()), counts,
                                 clock.Now());
      uow.Imports().Finish(id, app::kImportDone, std::nullopt, clock.Now());
      return true;
    });
    return FindImport(store, id);
  };
}

// Throws (an infrastructure failure in the middle of a run).
inline app::ImportRunner ThrowingRunner() {
  return [](std::int64_t) -> Result<app::ImportRecord> {
    throw std::runtime_error("disque plein (test)");
  };
}

// Returns an error without finishing the row.
inline app::ImportRunner FailingRunner() {
  return [](std::int64_t) -> Result<app::ImportRecord> {
    return Fail(Error{ErrorKind::kMalformed, "test.malformed", "Fichier illisible (test).", {}});
  };
}

// Reports progress then waits (up to 20 s) until the run is cancelled, and ends annulee.
inline app::ImportRunner WaitForCancelRunner(app::Store& store, const app::Clock& clock) {
  return [&store, &clock](std::int64_t id) -> Result<app::ImportRecord> {
    app::Write(store, [&](app::UnitOfWork& uow) {
      uow.Imports().SaveProgress(id, 5, 10, 5, {{"rows", 5}}, clock.Now());
      return true;
    });
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{20};
    while (std::chrono::steady_clock::now() < deadline) {
      bool cancel = app::Read(store, [&](app::UnitOfWork& uow) {
        return uow.Imports().CancelRequested(id);
      });
      if (cancel) break;
      std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    app::Write(store, [&](app::UnitOfWork& uow) {
      uow.Imports().Finish(id, app::kImportCancelled, std::nullopt, clock.Now());
      return true;
    });
    return FindImport(store, id);
  };
}

}  // namespace pacte::testing
