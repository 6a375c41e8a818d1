#pragma once
// The pages of the pact beyond the overview: one objective with its discussion and the
// history of its measurements, a signatory's "Mes engagements", the yearly progress report.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/pact/pact_view.hpp"
#include "app/ports/table_writer.hpp"

namespace pacte::app {

struct ObjectiveDetail {
  PactView pact;  // the whole pact (for the breadcrumb and the objective's orientation)
  const OrientationView* orientation = nullptr;  // points into `pact`
  const ObjectiveView* objective = nullptr;      // points into `pact`
  std::vector<CommentRecord> comments;           // oldest first
  // Every measurement (current and superseded) of the objective's entered indicators.
  std::map<std::int64_t, std::vector<MeasurementRecord>> history;
  bool can_comment = false;
};

// Errors: GetPact's; kNotFound "pact.objective_not_found" ("Objectif introuvable.").
// The result owns its PactView: do not copy it (the pointers point into it).
Result<std::unique_ptr<ObjectiveDetail>> GetObjectiveDetail(Store& store, const Clock& clock,
                                                            const Actor& actor,
                                                            IndicatorSource* source,
                                                            std::int64_t objective_id);

struct MyCommitments {
  std::string institution_name;
  PactView pact;  // orientations filtered to the objectives the institution pilots
  std::vector<CommitmentRecord> commitments;  // every commitment of the institution
  bool signatory = false;                     // the institution signed the pact
};

// Errors: kForbidden (PactAction::kReadMyCommitments), GetPact's.
Result<MyCommitments> GetMyCommitments(Store& store, const Clock& clock, const Actor& actor,
                                       IndicatorSource* source);

struct ReportRow {
  std::string orientation;
  std::string objective;
  std::string pilots;  // "CAF des Hauts-de-Seine, France Travail"
  const IndicatorView* indicator = nullptr;
  std::optional<double> baseline;
  std::optional<double> target;    // of the report's year
  std::optional<double> expected;  // of the report's year
  std::optional<double> value;     // of the report's year
  IndicatorStatus status = IndicatorStatus::kNonCalculable;  // at the report's year
  std::string note;
};

struct ProgressReport {
  PactView pact;
  int year = 0;
  std::vector<ReportRow> rows;  // point into `pact`
  std::map<IndicatorStatus, int> by_status;
};

// The report of `year` (a year of the pact: else kInvalid "pact.report_year", field "annee",
// "Le rapport d'avancement porte sur une année du pacte (2016 à 2020)."). Owned like
// ObjectiveDetail.
Result<std::unique_ptr<ProgressReport>> GetProgressReport(Store& store, const Clock& clock,
                                                          const Actor& actor,
                                                          IndicatorSource* source, int year);

// The report as one table for the TableWriter (sheet "Rapport <year>").
Table ProgressReportTable(const ProgressReport& report);

}  // namespace pacte::app
