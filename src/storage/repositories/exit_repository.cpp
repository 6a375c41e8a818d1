#include "storage/repositories/exit_repository.hpp"

namespace pacte::storage {

std::int64_t SqlExitRepository::InsertExit(const app::ExitRecord& r, Timestamp now) {
  SqlParams p;
  p.reserve(6);
  p.emplace_back(r.person_id);
  p.emplace_back(FormatIsoDate(r.exited_on));
  p.emplace_back(std::string(ExitReasonCode(r.reason)));
  p.push_back(Opt(r.comment));
  p.push_back(Opt(r.recorded_by));
  p.emplace_back(FormatIsoTimestamp(now));
  return conn_
      .Query(
          "INSERT INTO exits (person_id, exited_on, reason, comment, recorded_by, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
          p)
      .rows.at(0)
      .Int(0);
}

std::vector<app::StoredExit> SqlExitRepository::ExitsOf(std::int64_t person_id) {
  auto rows = conn_
                  .Query(
                      "SELECT id, person_id, exited_on, reason, comment, recorded_by, created_at "
                      "FROM exits WHERE person_id = $1 ORDER BY exited_on DESC, id DESC",
                      {person_id})
                  .rows;
  std::vector<app::StoredExit> out;
  for (const auto& r : rows) {
    app::StoredExit e;
    e.id = r.Int(0);
    e.record.person_id = r.Int(1);
    e.record.exited_on = ParseIsoDate(r.Text(2)).value_or(Date{});
    e.record.reason = ParseExitReason(r.Text(3)).value_or(ExitReason::kAutre);
    e.record.comment = r.OptText(4);
    e.record.recorded_by = r.OptInt(5);
    e.created_at = ParseIsoTimestamp(r.Text(6)).value_or(Timestamp{});
    out.push_back(std::move(e));
  }
  return out;
}

std::int64_t SqlExitRepository::InsertReview(const app::ReviewRecord& r, Timestamp now) {
  SqlParams p;
  p.reserve(5);
  p.emplace_back(r.person_id);
  p.emplace_back(FormatIsoDate(r.fields.reviewed_on));
  p.emplace_back(std::string(ReviewKindCode(r.fields.kind)));
  p.push_back(Opt(r.fields.outcome));
  p.push_back(Opt(r.recorded_by));
  p.emplace_back(FormatIsoTimestamp(now));
  return conn_
      .Query(
          "INSERT INTO parcours_reviews (person_id, reviewed_on, kind, outcome, recorded_by, "
          "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          p)
      .rows.at(0)
      .Int(0);
}

std::vector<app::StoredReview> SqlExitRepository::ReviewsOf(std::int64_t person_id) {
  auto rows = conn_
                  .Query(
                      "SELECT id, person_id, reviewed_on, kind, outcome, recorded_by, created_at "
                      "FROM parcours_reviews WHERE person_id = $1 "
                      "ORDER BY reviewed_on DESC, id DESC",
                      {person_id})
                  .rows;
  std::vector<app::StoredReview> out;
  for (const auto& r : rows) {
    app::StoredReview v;
    v.id = r.Int(0);
    v.record.person_id = r.Int(1);
    v.record.fields.reviewed_on = ParseIsoDate(r.Text(2)).value_or(Date{});
    v.record.fields.kind =
        ParseReviewKind(r.Text(3)).value_or(ReviewKind::kEquipePluridisciplinaire);
    v.record.fields.outcome = r.OptText(4);
    v.record.recorded_by = r.OptInt(5);
    v.created_at = ParseIsoTimestamp(r.Text(6)).value_or(Timestamp{});
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace pacte::storage
