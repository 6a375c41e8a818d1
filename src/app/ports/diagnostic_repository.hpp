#pragma once
// Port: dated diagnostics and the barrier situations referential (barrier_situations, seeded
// by migration 0012 from StarterBarrierSituations()). Pure storage: callers validate with
// domain/beneficiary/diagnostic.hpp and check the referential themselves.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/beneficiary/barriers.hpp"
#include "domain/beneficiary/diagnostic.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct StoredSituation {
  std::int64_t id = 0;
  BarrierTheme theme = BarrierTheme::kLogement;
  std::string code;
  std::string label;
  bool active = true;
  std::int64_t position = 0;
  std::int64_t version = 1;
};

struct StoredDiagnostic {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  Diagnostic diagnostic;
  std::optional<std::int64_t> agent_id;
  std::string agent_name;  // "Prénom Nom" of the agent, "" when none
  std::optional<std::int64_t> structure_id;
  Timestamp created_at{};
};

class DiagnosticRepository {
 public:
  virtual ~DiagnosticRepository() = default;

  // Every situation, active or not, ordered by theme (AllBarrierThemes order), position, id.
  virtual std::vector<StoredSituation> Situations() = 0;
  virtual std::optional<StoredSituation> FindSituation(std::int64_t id) = 0;
  virtual std::optional<StoredSituation> FindSituationByCode(const std::string& code) = 0;
  // Appends a situation at the end of its theme; kConflict `situation.code_taken` (field
  // code) when the code exists in any theme.
  virtual Result<std::int64_t> InsertSituation(BarrierTheme theme, const std::string& code,
                                               const std::string& label, Timestamp now) = 0;
  // Sets label and active when the stored version is expected_version, bumping it: kStale
  // when it moved, kNotFound when absent.
  virtual Status UpdateSituation(std::int64_t id, std::int64_t expected_version,
                                 const std::string& label, bool active, Timestamp now) = 0;

  // Inserts a diagnostic version and its items; returns its id. Never touches older ones.
  virtual std::int64_t InsertDiagnostic(std::int64_t person_id, const Diagnostic& d,
                                        std::optional<std::int64_t> agent_id,
                                        std::optional<std::int64_t> structure_id,
                                        Timestamp now) = 0;
  // Every version of the person's diagnostic, newest first (made_on, then id, descending).
  virtual std::vector<StoredDiagnostic> DiagnosticsOf(std::int64_t person_id) = 0;
};

}  // namespace pacte::app
