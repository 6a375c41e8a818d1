#pragma once
// Port: the pact and its governance (pacts, signatories, orientations, objectives and their
// pilots, commitments, indicators with targets and measurements, objective discussions).
// Measurements and targets are kept as dated rows: a correction supersedes, never overwrites.
// Nothing here is personal data: names of agents appear only as authors of measurements and
// comments.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/pact/pact_rules.hpp"

namespace pacte::app {

struct PactRecord {
  std::int64_t id = 0;
  PactFields fields;
  std::int64_t version = 1;
};

struct SignatoryRecord {
  std::int64_t id = 0;
  std::int64_t pact_id = 0;
  std::int64_t institution_id = 0;
  std::string institution_name;  // read only
  std::optional<Date> signed_on;
  std::string representative;
};

struct PactOrientationRecord {
  std::int64_t id = 0;
  std::int64_t pact_id = 0;
  std::string code;
  std::string label;
  int position = 0;
  std::int64_t version = 1;
};

struct InstitutionRef {
  std::int64_t id = 0;
  std::string name;
};

struct ObjectiveRecord {
  std::int64_t id = 0;
  std::int64_t orientation_id = 0;
  std::string title;
  std::string description;
  YearPeriod period;
  int position = 0;
  std::int64_t version = 1;
  std::vector<InstitutionRef> pilots;  // read only (SetPilots writes them), by name
};

struct CommitmentRecord {
  std::int64_t id = 0;
  std::int64_t pact_id = 0;
  std::optional<std::int64_t> objective_id;
  std::int64_t institution_id = 0;
  std::string institution_name;  // read only
  std::string text;
  std::optional<std::int64_t> action_id;
  std::string action_name;  // read only
  std::optional<std::int64_t> programme_id;
  std::string programme_name;  // read only
  std::int64_t version = 1;
};

struct IndicatorRecord {
  std::int64_t id = 0;
  std::int64_t objective_id = 0;
  IndicatorFields fields;
  std::int64_t version = 1;
  std::map<int, double> targets;  // read only (SetTarget writes them)
};

struct MeasurementRecord {
  std::int64_t id = 0;
  std::int64_t indicator_id = 0;
  int year = 0;
  double value = 0;
  std::string comment;
  std::string source;
  std::optional<std::int64_t> entered_by;
  std::string entered_by_name;  // read only, "Prénom NOM"
  Timestamp recorded_at{};
  std::optional<Timestamp> superseded_at;
};

struct CommentRecord {
  std::int64_t id = 0;
  std::int64_t objective_id = 0;
  std::optional<std::int64_t> author_id;
  std::string author_name;  // read only
  std::optional<std::int64_t> institution_id;
  std::string institution_name;  // read only
  std::string body;
  Timestamp at{};
};

class PactRepository {
 public:
  virtual ~PactRepository() = default;

  // The pact shown by default: the latest by start year among adopted and closed pacts, else
  // the latest draft; nullopt when there is none.
  virtual std::optional<PactRecord> Current() = 0;
  virtual std::optional<PactRecord> FindPact(std::int64_t id) = 0;
  virtual std::int64_t InsertPact(const PactFields& f, Timestamp now) = 0;
  // False when `version` is stale.
  virtual bool UpdatePact(std::int64_t id, std::int64_t version, const PactFields& f,
                          Timestamp now) = 0;

  // Signatories by institution name. Upsert: one row per institution of a pact.
  virtual std::vector<SignatoryRecord> Signatories(std::int64_t pact_id) = 0;
  virtual void UpsertSignatory(const SignatoryRecord& s, Timestamp now) = 0;

  // Orientations by position.
  virtual std::vector<PactOrientationRecord> Orientations(std::int64_t pact_id) = 0;
  virtual std::optional<PactOrientationRecord> FindOrientation(std::int64_t id) = 0;
  virtual std::int64_t InsertOrientation(const PactOrientationRecord& o, Timestamp now) = 0;
  virtual bool UpdateOrientation(const PactOrientationRecord& o, Timestamp now) = 0;

  // Objectives of every orientation of the pact, by orientation position then position, id.
  virtual std::vector<ObjectiveRecord> Objectives(std::int64_t pact_id) = 0;
  virtual std::optional<ObjectiveRecord> FindObjective(std::int64_t id) = 0;
  // The pact the objective belongs to.
  virtual std::optional<std::int64_t> PactOfObjective(std::int64_t objective_id) = 0;
  virtual std::int64_t InsertObjective(const ObjectiveRecord& o, Timestamp now) = 0;
  virtual bool UpdateObjective(const ObjectiveRecord& o, Timestamp now) = 0;
  // Replaces the pilot institutions of an objective.
  virtual void SetPilots(std::int64_t objective_id,
                         const std::vector<std::int64_t>& institution_ids) = 0;
  // Objectives an institution pilots (ids).
  virtual std::vector<std::int64_t> PilotedBy(std::int64_t institution_id) = 0;

  virtual std::vector<CommitmentRecord> Commitments(std::int64_t pact_id) = 0;
  virtual std::optional<CommitmentRecord> FindCommitment(std::int64_t id) = 0;
  virtual std::int64_t InsertCommitment(const CommitmentRecord& c, Timestamp now) = 0;
  // Text only; false when `version` is stale.
  virtual bool UpdateCommitmentText(std::int64_t id, std::int64_t version,
                                    const std::string& text, Timestamp now) = 0;

  // Indicators of every objective of the pact with their targets, by objective then id.
  virtual std::vector<IndicatorRecord> Indicators(std::int64_t pact_id) = 0;
  virtual std::optional<IndicatorRecord> FindIndicator(std::int64_t id) = 0;
  virtual std::int64_t InsertIndicator(const IndicatorRecord& i, Timestamp now) = 0;
  // Sets (or replaces) the target of one year.
  virtual void SetTarget(std::int64_t indicator_id, int year, double value) = 0;

  // Current measurements (not superseded) of every indicator of the pact.
  virtual std::vector<MeasurementRecord> CurrentMeasurements(std::int64_t pact_id) = 0;
  // Every measurement of one indicator, current and superseded, by year then recorded_at.
  virtual std::vector<MeasurementRecord> MeasurementHistory(std::int64_t indicator_id) = 0;
  // Supersedes the current measurement of (indicator, year) at `now`, then inserts `m`.
  virtual std::int64_t InsertMeasurement(const MeasurementRecord& m, Timestamp now) = 0;

  // Comments of an objective, oldest first.
  virtual std::vector<CommentRecord> Comments(std::int64_t objective_id) = 0;
  virtual std::int64_t InsertComment(const CommentRecord& c, Timestamp now) = 0;

  // The institution an agent speaks for: agents.institution_id, else the institution of the
  // agent's structure; nullopt when neither.
  virtual std::optional<std::int64_t> InstitutionOfAgent(std::int64_t agent_id) = 0;
  virtual std::optional<std::string> InstitutionName(std::int64_t institution_id) = 0;
  // Sets agents.institution_id (the institution an agent speaks for); false when the agent
  // does not exist.
  virtual bool SetAgentInstitution(std::int64_t agent_id,
                                   std::optional<std::int64_t> institution_id) = 0;
  // Published catalogue actions of a PDI-RE objective code, by id (commitment links).
  virtual std::vector<InstitutionRef> ActionsOfObjective(const std::string& objective,
                                                         int limit) = 0;
  // Every institution by name (management forms).
  virtual std::vector<InstitutionRef> AllInstitutions() = 0;
};

}  // namespace pacte::app
