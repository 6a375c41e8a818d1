#pragma once
// SQL implementation of app::PactRepository (pact_repository.cpp: pacts, signatories,
// orientations, objectives, commitments; pact_repository_indicators.cpp: indicators, targets,
// measurements, comments, institutions).

#include "app/ports/pact_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlPactRepository final : public app::PactRepository {
 public:
  explicit SqlPactRepository(SqlConnection& conn) : conn_(conn) {}

  std::optional<app::PactRecord> Current() override;
  std::optional<app::PactRecord> FindPact(std::int64_t id) override;
  std::int64_t InsertPact(const PactFields& f, Timestamp now) override;
  bool UpdatePact(std::int64_t id, std::int64_t version, const PactFields& f,
                  Timestamp now) override;
  std::vector<app::SignatoryRecord> Signatories(std::int64_t pact_id) override;
  void UpsertSignatory(const app::SignatoryRecord& s, Timestamp now) override;
  std::vector<app::PactOrientationRecord> Orientations(std::int64_t pact_id) override;
  std::optional<app::PactOrientationRecord> FindOrientation(std::int64_t id) override;
  std::int64_t InsertOrientation(const app::PactOrientationRecord& o, Timestamp now) override;
  bool UpdateOrientation(const app::PactOrientationRecord& o, Timestamp now) override;
  std::vector<app::ObjectiveRecord> Objectives(std::int64_t pact_id) override;
  std::optional<app::ObjectiveRecord> FindObjective(std::int64_t id) override;
  std::optional<std::int64_t> PactOfObjective(std::int64_t objective_id) override;
  std::int64_t InsertObjective(const app::ObjectiveRecord& o, Timestamp now) override;
  bool UpdateObjective(const app::ObjectiveRecord& o, Timestamp now) override;
  void SetPilots(std::int64_t objective_id,
                 const std::vector<std::int64_t>& institution_ids) override;
  std::vector<std::int64_t> PilotedBy(std::int64_t institution_id) override;
  std::vector<app::CommitmentRecord> Commitments(std::int64_t pact_id) override;
  std::optional<app::CommitmentRecord> FindCommitment(std::int64_t id) override;
  std::int64_t InsertCommitment(const app::CommitmentRecord& c, Timestamp now) override;
  bool UpdateCommitmentText(std::int64_t id, std::int64_t version, const std::string& text,
                            Timestamp now) override;

  std::vector<app::IndicatorRecord> Indicators(std::int64_t pact_id) override;
  std::optional<app::IndicatorRecord> FindIndicator(std::int64_t id) override;
  std::int64_t InsertIndicator(const app::IndicatorRecord& i, Timestamp now) override;
  void SetTarget(std::int64_t indicator_id, int year, double value) override;
  std::vector<app::MeasurementRecord> CurrentMeasurements(std::int64_t pact_id) override;
  std::vector<app::MeasurementRecord> MeasurementHistory(std::int64_t indicator_id) override;
  std::int64_t InsertMeasurement(const app::MeasurementRecord& m, Timestamp now) override;
  std::vector<app::CommentRecord> Comments(std::int64_t objective_id) override;
  std::int64_t InsertComment(const app::CommentRecord& c, Timestamp now) override;
  std::optional<std::int64_t> InstitutionOfAgent(std::int64_t agent_id) override;
  std::optional<std::string> InstitutionName(std::int64_t institution_id) override;
  std::vector<app::InstitutionRef> AllInstitutions() override;
  bool SetAgentInstitution(std::int64_t agent_id,
                           std::optional<std::int64_t> institution_id) override;
  std::vector<app::InstitutionRef> ActionsOfObjective(const std::string& objective,
                                                      int limit) override;

 private:
  std::vector<app::PactRecord> Pacts(const std::string& where, const SqlParams& params);
  std::vector<app::ObjectiveRecord> ObjectivesWhere(const std::string& where,
                                                    const SqlParams& params);
  std::vector<app::CommitmentRecord> CommitmentsWhere(const std::string& where,
                                                      const SqlParams& params);
  std::vector<app::IndicatorRecord> IndicatorsWhere(const std::string& where,
                                                    const SqlParams& params);
  std::vector<app::MeasurementRecord> MeasurementsWhere(const std::string& where,
                                                        const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
