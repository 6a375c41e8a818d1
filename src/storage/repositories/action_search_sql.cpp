#include "storage/repositories/action_search_sql.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "domain/common/time.hpp"
#include "domain/offer/geo_distance.hpp"
#include "storage/repositories/organisation_sql.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kTaken =
    "(SELECT COUNT(*) FROM prescriptions p WHERE p.session_id = x.id AND "
    "p.status IN ('acceptee', 'entree'))";

// Filters on codes select the matching action ids once, through the index on (list, code,
// action_id), rather than probing the codes of every action.
std::string HasCode(const std::string& condition) {
  return "a.id IN (SELECT c.action_id FROM action_codes c WHERE " + condition + ")";
}

// The codes by which an action addresses barrier `i`: a barrier row, or a thematique of one
// of the theme's categories. Appends its values to `values` in placeholder order.
std::string BarrierCodes(const app::ActionSearchQuery& q, std::size_t i,
                         std::vector<SqlParam>& values) {
  std::string cond = "(c.list = 'barrier' AND c.code = ?)";
  values.emplace_back(q.barriers[i]);
  for (const auto& category : q.barrier_categories[i]) {
    cond += " OR (c.list = 'thematique' AND c.code LIKE ? ESCAPE '\\')";
    values.emplace_back(LikePrefix(category + "--"));
  }
  return "(" + cond + ")";
}

// Whether the action (a) addresses barrier `i`, for the ranking of the rows kept.
std::string AddressesBarrier(const app::ActionSearchQuery& q, std::size_t i,
                             std::vector<SqlParam>& values) {
  return "EXISTS (SELECT 1 FROM action_codes c WHERE c.action_id = a.id AND " +
         BarrierCodes(q, i, values) + ")";
}

void AddBarriers(const app::ActionSearchQuery& q, SqlConditions& where) {
  if (q.barriers.empty()) return;
  std::vector<SqlParam> values;
  std::string any;
  for (std::size_t i = 0; i < q.barriers.size(); ++i) {
    any += (any.empty() ? "" : " OR ") + BarrierCodes(q, i, values);
  }
  where.Add(HasCode("(" + any + ")"), std::move(values));
}

void AddZone(const app::CommunePlace& commune, SqlConditions& where) {
  std::string cond =
      "(a.id NOT IN (SELECT z.action_id FROM action_codes z WHERE z.list IN "
      "('zone_commune', 'zone_territory', 'zone_departement', 'zone_epci', 'zone_france')) "
      "OR a.id IN (SELECT z.action_id FROM action_codes z WHERE "
      "(z.list = 'zone_france' OR (z.list = 'zone_commune' AND z.code = ?) OR "
      "(z.list = 'zone_departement' AND z.code = ?)";
  std::vector<SqlParam> values{commune.insee_code, commune.departement_code};
  if (commune.territory_id) {
    cond += " OR (z.list = 'zone_territory' AND z.code = ?)";
    values.emplace_back(std::to_string(*commune.territory_id));
  }
  where.Add(cond + ")))", std::move(values));
}

// Haversine distance (km) from the commune's centroid to the action's place: its own
// coordinates, else its commune's centroid (ac).
void AddRadius(const app::ActionSearchQuery& q, SqlConditions& where) {
  const double lat = *q.commune->lat;
  const double lon = *q.commune->lon;
  const std::string plat = "COALESCE(a.latitude, ac.lat)";
  const std::string plon = "COALESCE(a.longitude, ac.lon)";
  // The bounding box first: plain comparisons that spare most rows the trigonometry (a
  // degree of latitude is pi R / 180 km; one of longitude that times cos(latitude)).
  const double dlat = *q.radius_km / (kEarthRadiusKm * std::numbers::pi / 180);
  const double dlon = dlat / std::max(0.01, std::cos(lat * std::numbers::pi / 180));
  where.Add(plat + " BETWEEN ? AND ? AND " + plon + " BETWEEN ? AND ?",
            {lat - dlat, lat + dlat, lon - dlon, lon + dlon});
  where.Add("2 * " + std::to_string(kEarthRadiusKm) + " * asin(sqrt(power(sin(radians(" + plat +
                " - ?) / 2), 2) + cos(radians(?)) * cos(radians(" + plat +
                ")) * power(sin(radians(" + plon + " - ?) / 2), 2))) <= ?",
            {lat, lat, lon, *q.radius_km});
}

// "column >= ? AND column <= ?" for the bounds given, with their values.
std::string Range(const std::string& column, const std::optional<double>& min,
                  const std::optional<double>& max, std::vector<SqlParam>& values) {
  std::string out;
  if (min) {
    out += column + " >= ?";
    values.emplace_back(*min);
  }
  if (max) {
    out += (out.empty() ? "" : " AND ") + column + " <= ?";
    values.emplace_back(*max);
  }
  return out;
}

void AddHours(const app::ActionSearchQuery& q, SqlConditions& where) {
  if (!q.weekly_hours_min && !q.weekly_hours_max) return;
  std::vector<SqlParam> values;
  std::string own = Range("a.weekly_hours", q.weekly_hours_min, q.weekly_hours_max, values);
  values.emplace_back(FormatIsoDate(q.today));
  std::string sessions = Range("x.weekly_hours", q.weekly_hours_min, q.weekly_hours_max, values);
  where.Add("((" + own + ") OR (a.weekly_hours IS NULL AND EXISTS (SELECT 1 FROM "
                "action_sessions x WHERE x.action_id = a.id AND NOT x.cancelled AND "
                "x.ends_on >= ? AND " + sessions + ")))",
            std::move(values));
}

void AddSessions(const app::ActionSearchQuery& q, SqlConditions& where) {
  if (!q.has_places && !q.from && !q.to) return;
  std::string cond =
      "EXISTS (SELECT 1 FROM action_sessions x WHERE x.action_id = a.id AND NOT x.cancelled";
  std::vector<SqlParam> values;
  if (q.from) {
    cond += " AND x.starts_on >= ?";
    values.emplace_back(FormatIsoDate(*q.from));
  }
  if (q.to) {
    cond += " AND x.starts_on <= ?";
    values.emplace_back(FormatIsoDate(*q.to));
  }
  if (q.has_places) cond += std::string(" AND x.places > ") + kTaken;
  where.Add(cond + ")", std::move(values));
}

SqlConditions Conditions(const app::ActionSearchQuery& q) {
  SqlConditions where;
  where.Add("a.status = 'publiee'");
  for (const auto& w : q.words) where.Add("a.search_text LIKE ? ESCAPE '\\'", {LikeContains(w)});
  if (q.objective) where.Add("a.objective = ?", {*q.objective});
  if (q.thematique) where.Add(HasCode("c.list = 'thematique' AND c.code = ?"), {*q.thematique});
  if (q.thematique_category) {
    where.Add(HasCode("c.list = 'thematique' AND c.code LIKE ? ESCAPE '\\'"),
              {LikePrefix(*q.thematique_category + "--")});
  }
  AddBarriers(q, where);
  if (q.commune && q.radius_km) AddRadius(q, where);
  if (q.commune) AddZone(*q.commune, where);
  if (q.public_code) {
    where.Add(HasCode("c.list = 'public' AND c.code IN (?, 'tous-publics')"), {*q.public_code});
  }
  if (q.mode) where.Add(HasCode("c.list = 'mode_accueil' AND c.code = ?"), {*q.mode});
  AddHours(q, where);
  AddSessions(q, where);
  return where;
}

std::string From(const app::ActionSearchQuery& q, bool with_communes) {
  return with_communes || (q.commune && q.radius_km)
             ? " FROM actions a LEFT JOIN communes ac ON ac.insee_code = a.commune_code"
             : " FROM actions a";
}

// Query words found in the name (search_text starts with the name's key; the name's length
// stands for its key's, which accents folding keeps nearly equal) plus barriers addressed.
std::string Relevance(const Dialect& dialect, const app::ActionSearchQuery& q,
                      SqlConditions& page) {
  std::string sum;
  for (const auto& w : q.words) {
    sum += (sum.empty() ? "" : " + ") + std::string("CASE WHEN ") +
           dialect.TextPosition("a.search_text", page.Next(w)) +
           " BETWEEN 1 AND LENGTH(a.name) THEN 1 ELSE 0 END";
  }
  for (std::size_t i = 0; i < q.barriers.size(); ++i) {
    std::vector<SqlParam> values;
    std::string cond = AddressesBarrier(q, i, values);
    std::string expanded;
    std::size_t next = 0;
    for (char ch : cond) {
      if (ch == '?' && next < values.size()) {
        expanded += page.Next(values[next++]);
      } else {
        expanded.push_back(ch);
      }
    }
    sum += (sum.empty() ? "" : " + ") + std::string("CASE WHEN ") + expanded +
           " THEN 1 ELSE 0 END";
  }
  return sum.empty() ? "0" : sum;
}

}  // namespace

BuiltSql ActionSearchCountSql(const Dialect&, const app::ActionSearchQuery& query) {
  auto where = Conditions(query);
  return {"SELECT COUNT(*)" + From(query, false) + where.Where(), where.params()};
}

BuiltSql ActionSearchPageSql(const Dialect& dialect, const app::ActionSearchQuery& query,
                             const app::PageRequest& page) {
  auto where = Conditions(query);
  const std::string conditions = where.Where();
  const std::string relevance = Relevance(dialect, query, where);
  const std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  const std::string offset = where.Next(page.Offset());
  // Without a ranking term the order is the name's: index actions_by_status_search_text.
  const std::string order = relevance == "0" ? " ORDER BY a.search_text, a.id"
                                             : " ORDER BY relevance DESC, a.search_text, a.id";
  return {"SELECT a.id, " + relevance + " AS relevance" + From(query, false) + conditions +
              order + " LIMIT " + limit + " OFFSET " + offset,
          where.params()};
}

BuiltSql ActionSearchCommunesSql(const Dialect&, const app::ActionSearchQuery& query) {
  auto where = Conditions(query);
  return {"SELECT COALESCE(a.commune_code, ''), MAX(COALESCE(ac.name, a.commune_name, '')), "
          "COUNT(*)" + From(query, true) + where.Where() + " GROUP BY COALESCE(a.commune_code, '')",
          where.params()};
}

}  // namespace pacte::storage
