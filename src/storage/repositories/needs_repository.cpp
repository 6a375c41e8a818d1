#include "storage/repositories/needs_repository.hpp"

#include <map>

#include "domain/beneficiary/rights_codes.hpp"

namespace pacte::storage {

std::vector<app::BarrierRating> SqlNeedsRepository::LatestRatings(Date as_of) {
  const std::string date = FormatIsoDate(as_of);
  // The latest diagnostic per person on or before the date: no later one (by made_on, then
  // id) exists; the index diagnostics_by_person (person_id, made_on) serves the probe.
  const auto rows = conn_.Query(
      "SELECT d.person_id, i.theme, i.impact FROM diagnostics d "
      "JOIN diagnostic_items i ON i.diagnostic_id = d.id "
      "WHERE d.made_on <= $1 AND i.impact IN ('fort', 'moyen') AND NOT EXISTS ("
      "SELECT 1 FROM diagnostics e WHERE e.person_id = d.person_id AND e.made_on <= $2 AND "
      "(e.made_on > d.made_on OR (e.made_on = d.made_on AND e.id > d.id))) "
      "ORDER BY d.person_id, i.theme, i.impact",
      {date, date});
  std::vector<app::BarrierRating> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) out.push_back({r.Int(0), r.Text(1), r.Text(2)});
  return out;
}

namespace {

constexpr const char* kRated =
    "(SELECT d.person_id FROM diagnostics d JOIN diagnostic_items i ON i.diagnostic_id = d.id "
    "WHERE d.made_on <= $1 AND i.impact IN ('fort', 'moyen'))";

}  // namespace

std::vector<app::NeedsPerson> SqlNeedsRepository::PersonsWithRatings(Date as_of,
                                                                      Timestamp known_at) {
  const std::string date = FormatIsoDate(as_of);
  const std::string known = FormatIsoTimestamp(known_at);
  std::vector<app::NeedsPerson> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : conn_.Query(
                                "SELECT p.id, COALESCE(pp.commune_code, p.commune_code), "
                                "COALESCE(pp.territory_id, c.territory_id) FROM persons p "
                                "LEFT JOIN person_parcours pp ON pp.person_id = p.id "
                                "LEFT JOIN communes c ON c.insee_code = p.commune_code "
                                "WHERE p.id IN " + std::string(kRated) + " ORDER BY p.id",
                                {date})
                           .rows) {
    index[r.Int(0)] = out.size();
    out.push_back({r.Int(0), r.OptText(1), r.OptInt(2), {}});
  }
  for (const auto& r : conn_.Query(
                                "SELECT r.person_id, r.valid_from, r.etatdosrsa, r.dd_flag, "
                                "r.suspension_reason, r.closure_reason FROM rights_history r "
                                "WHERE r.person_id IN " + std::string(kRated) +
                                    " AND r.valid_from <= $2 AND r.recorded_at <= $3 AND "
                                    "(r.superseded_at IS NULL OR r.superseded_at > $4) "
                                    "ORDER BY r.person_id, r.valid_from, r.id",
                                {date, date, known, known})
                           .rows) {
    auto it = index.find(r.Int(0));
    if (it == index.end()) continue;
    auto& rights = out[it->second].rights;
    RightsRow row;
    row.valid_from = ParseIsoDate(r.Text(1)).value_or(Date{});
    row.state.etatdosrsa = r.Text(2);
    row.state.dd_flag = ParseDdFlag(r.Text(3)).value_or(DdFlag::kUnknown);
    row.state.suspension_reason = r.OptText(4);
    row.state.closure_reason = r.OptText(5);
    if (!rights.empty()) rights.back().valid_to = row.valid_from;
    rights.push_back(std::move(row));
  }
  std::erase_if(out, [](const app::NeedsPerson& p) { return p.rights.empty(); });
  return out;
}

std::vector<app::ActionReach> SqlNeedsRepository::ActionReaches() {
  std::vector<app::ActionReach> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : conn_.Query("SELECT a.id, a.commune_code, a.objective FROM actions a "
                                   "WHERE a.status IN ('publiee', 'archivee') ORDER BY a.id")
                           .rows) {
    index[r.Int(0)] = out.size();
    out.push_back({r.Int(0), r.OptText(1), r.OptText(2), {}, {}, {}, {}, false});
  }
  for (const auto& r : conn_.Query(
                                "SELECT c.action_id, c.list, c.code FROM action_codes c JOIN "
                                "actions a ON a.id = c.action_id WHERE a.status IN ('publiee', "
                                "'archivee') AND c.list IN ('barrier', 'thematique', "
                                "'zone_commune', 'zone_territory', 'zone_departement', "
                                "'zone_epci', 'zone_france') ORDER BY c.action_id, c.list, c.code")
                           .rows) {
    auto& a = out.at(index.at(r.Int(0)));
    const std::string list = r.Text(1);
    if (list == "barrier") a.barriers.push_back(r.Text(2));
    else if (list == "thematique") a.thematiques.push_back(r.Text(2));
    else if (list == "zone_commune") a.zone_communes.push_back(r.Text(2));
    else if (list == "zone_territory") a.zone_territories.push_back(r.Text(2));
    else a.zone_wide = true;
  }
  return out;
}

}  // namespace pacte::storage
