// SqlBeneficiaryRepository: the rights history (rights_history rows of one person).
// Current knowledge = rows with superseded_at NULL; a correction supersedes the corrected row
// instead of overwriting it, so that RightsHistoryAsKnownAt can rebuild the past knowledge.

#include "storage/repositories/beneficiary_repository.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kRowColumns =
    "SELECT valid_from, valid_to, etatdosrsa, dd_flag, suspension_reason, closure_reason, "
    "closure_date, homeless, family_situation FROM rights_history WHERE person_id = $1 ";

DdFlag DdFlagOf(const std::string& code) { return ParseDdFlag(code).value_or(DdFlag::kUnknown); }

RightsRow RowOf(const SqlRow& r) {
  RightsRow row;
  row.valid_from = ParseIsoDate(r.Text(0)).value_or(Date{});
  if (!r.IsNull(1)) row.valid_to = ParseIsoDate(r.Text(1));
  row.state.etatdosrsa = r.Text(2);
  row.state.dd_flag = DdFlagOf(r.Text(3));
  row.state.suspension_reason = r.OptText(4);
  row.state.closure_reason = r.OptText(5);
  if (!r.IsNull(6)) row.state.closure_date = ParseIsoDate(r.Text(6));
  row.state.homeless = r.Bool(7);
  row.state.family_situation = r.OptText(8);
  return row;
}

// "... AND the current open row of the current knowledge"
constexpr const char* kCurrentOpenRow =
    " WHERE person_id = $1 AND superseded_at IS NULL AND valid_to IS NULL";

}  // namespace

RightsHistory SqlBeneficiaryRepository::RightsHistoryOf(std::int64_t person_id) {
  RightsHistory out;
  for (const auto& r :
       conn_
           .Query(std::string(kRowColumns) + "AND superseded_at IS NULL ORDER BY valid_from",
                  {person_id})
           .rows) {
    out.push_back(RowOf(r));
  }
  return out;
}

RightsHistory SqlBeneficiaryRepository::RightsHistoryAsKnownAt(std::int64_t person_id,
                                                               Timestamp known_at) {
  SqlParams params;
  params.emplace_back(person_id);
  params.emplace_back(FormatIsoTimestamp(known_at));
  RightsHistory out;
  for (const auto& r :
       conn_
           .Query(std::string(kRowColumns) + "AND recorded_at <= $2 AND (superseded_at IS NULL OR "
                                             "superseded_at > $2) ORDER BY valid_from",
                  params)
           .rows) {
    out.push_back(RowOf(r));
  }
  // valid_to may have been set after known_at: rebuild it from the sequence known then.
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].valid_to =
        i + 1 < out.size() ? std::optional<Date>(out[i + 1].valid_from) : std::nullopt;
  }
  return out;
}

void SqlBeneficiaryRepository::InsertRightsRow(std::int64_t person_id, std::int64_t household_id,
                                               const RightsRow& row, const std::string& source,
                                               Timestamp now) {
  SqlParams p;
  p.reserve(13);
  p.emplace_back(household_id);
  p.emplace_back(person_id);
  p.emplace_back(FormatIsoDate(row.valid_from));
  p.push_back(row.valid_to ? SqlParam(FormatIsoDate(*row.valid_to)) : SqlParam(nullptr));
  p.emplace_back(row.state.etatdosrsa);
  p.emplace_back(std::string(DdFlagCode(row.state.dd_flag)));
  p.push_back(Opt(row.state.suspension_reason));
  p.push_back(Opt(row.state.closure_reason));
  p.push_back(row.state.closure_date ? SqlParam(FormatIsoDate(*row.state.closure_date))
                                     : SqlParam(nullptr));
  p.emplace_back(row.state.homeless);
  p.emplace_back(source);
  p.emplace_back(FormatIsoTimestamp(now));
  p.push_back(Opt(row.state.family_situation));
  conn_.Execute(
      "INSERT INTO rights_history (household_id, person_id, valid_from, valid_to, etatdosrsa, "
      "dd_flag, suspension_reason, closure_reason, closure_date, homeless, source, "
      "recorded_at, family_situation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
      "$12, $13)",
      p);
}

Status SqlBeneficiaryRepository::ReplaceRightsRows(std::int64_t person_id,
                                                   std::int64_t household_id,
                                                   const AppliedObservation& applied,
                                                   const std::string& source, Timestamp now) {
  const RightsHistory& h = applied.history;
  if (applied.effect == ObservationEffect::kUnchanged || h.empty()) return {};
  const RightsRow& last = h.back();
  SqlParams params;
  params.emplace_back(person_id);
  std::int64_t touched = 0;
  switch (applied.effect) {
    case ObservationEffect::kUnchanged:
      return {};
    case ObservationEffect::kAppended:
      if (h.size() == 1) {
        touched = conn_
                      .Query(std::string("SELECT COUNT(*) FROM rights_history") +
                                 " WHERE person_id = $1 AND superseded_at IS NULL",
                             params)
                      .rows.at(0)
                      .Int(0) == 0;
      } else {
        params.emplace_back(FormatIsoDate(last.valid_from));
        params.emplace_back(FormatIsoDate(h[h.size() - 2].valid_from));
        touched = conn_.Execute(std::string("UPDATE rights_history SET valid_to = $2") +
                                    kCurrentOpenRow + " AND valid_from = $3",
                                params);
      }
      break;
    case ObservationEffect::kCorrected:
      params.emplace_back(FormatIsoTimestamp(now));
      params.emplace_back(FormatIsoDate(last.valid_from));
      touched = conn_.Execute(std::string("UPDATE rights_history SET superseded_at = $2") +
                                  kCurrentOpenRow + " AND valid_from = $3",
                              params);
      break;
    case ObservationEffect::kMerged:
      params.emplace_back(FormatIsoTimestamp(now));
      params.emplace_back(FormatIsoDate(last.valid_from));
      touched = conn_.Execute(std::string("UPDATE rights_history SET superseded_at = $2") +
                                  kCurrentOpenRow + " AND valid_from > $3",
                              params);
      if (touched != 1) return Fail(Error::Stale());
      params.erase(params.begin() + 1);
      return conn_.Execute(
                 "UPDATE rights_history SET valid_to = NULL WHERE person_id = $1 AND "
                 "superseded_at IS NULL AND valid_from = $2",
                 params) == 1
                 ? Status{}
                 : Status(Fail(Error::Stale()));
  }
  if (touched != 1) return Fail(Error::Stale());
  InsertRightsRow(person_id, household_id, last, source, now);
  return {};
}

}  // namespace pacte::storage
