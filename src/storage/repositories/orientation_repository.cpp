#include "storage/repositories/orientation_repository.hpp"

#include "app/orientation/criteria_json.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kSelect =
    "SELECT o.id, o.person_id, o.decided_on, o.decided_by, o.parcours, o.structure_id, "
    "o.reason, o.criteria, o.previous_orientation_id, o.is_reorientation, o.recorded_by, "
    "o.created_at, s.name, s.drees_category "
    "FROM orientations o JOIN structures s ON s.id = o.structure_id ";

app::OrientationRecord RecordOf(const SqlRow& r) {
  app::OrientationRecord out;
  Orientation& o = out.orientation;
  o.id = r.Int(0);
  out.person_id = r.Int(1);
  o.decided_on = ParseIsoDate(r.Text(2)).value_or(Date{});
  o.decided_by = ParseDecisionMaker(r.Text(3)).value_or(OrientationDecisionMaker::kPcd);
  o.parcours = ParseParcours(r.Text(4)).value_or(Parcours::kProfessionnel);
  o.structure_id = r.Int(5);
  o.reason = r.OptText(6);
  o.criteria = app::CriteriaFromJson(r.Text(7));
  o.previous_orientation_id = r.OptInt(8);
  out.is_reorientation = r.Bool(9);
  out.recorded_by = r.OptInt(10);
  out.created_at = ParseIsoTimestamp(r.Text(11)).value_or(Timestamp{});
  out.structure_name = r.Text(12);
  out.structure_category =
      ParseDreesCategory(r.Text(13)).value_or(DreesCategory::kAutreHorsSpe);
  return out;
}

}  // namespace

std::vector<app::OrientationRecord> SqlOrientationRepository::Select(const std::string& where,
                                                                     const SqlParams& params) {
  std::vector<app::OrientationRecord> out;
  for (const auto& row : conn_.Query(kSelect + where, params).rows) out.push_back(RecordOf(row));
  return out;
}

Result<std::int64_t> SqlOrientationRepository::Insert(const app::NewOrientation& o,
                                                      Timestamp now) {
  const auto& f = o.fields;
  SqlParams p;
  p.reserve(11);
  p.emplace_back(o.person_id);
  p.emplace_back(FormatIsoDate(f.decided_on));
  p.emplace_back(std::string(DecisionMakerCode(f.decided_by)));
  p.emplace_back(std::string(ParcoursCode(f.parcours)));
  p.emplace_back(f.structure_id);
  p.push_back(Opt(f.reason));
  p.emplace_back(app::CriteriaToJson(f.criteria).dump());
  p.push_back(Opt(o.previous_orientation_id));
  p.emplace_back(o.is_reorientation);
  p.push_back(Opt(o.recorded_by));
  p.emplace_back(FormatIsoTimestamp(now));
  try {
    auto res = conn_.Query(
        "INSERT INTO orientations (person_id, decided_on, decided_by, parcours, structure_id, "
        "reason, criteria, previous_orientation_id, is_reorientation, recorded_by, created_at, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
        p);
    return res.rows.at(0).Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(Error::Conflict("orientation.concurrent",
                                "Une autre orientation vient d'être enregistrée pour cette "
                                "personne : rechargez la page avant de recommencer."));
  }
}

std::optional<app::OrientationRecord> SqlOrientationRepository::Find(std::int64_t id) {
  auto rows = Select("WHERE o.id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<app::OrientationRecord> SqlOrientationRepository::Current(std::int64_t person_id) {
  auto rows = Select(
      "WHERE o.person_id = $1 AND NOT EXISTS "
      "(SELECT 1 FROM orientations n WHERE n.previous_orientation_id = o.id)",
      {person_id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<app::OrientationRecord> SqlOrientationRepository::History(std::int64_t person_id) {
  // The chain grows with the ids: newest first is by id.
  return Select("WHERE o.person_id = $1 ORDER BY o.id DESC", {person_id});
}

}  // namespace pacte::storage
