#include "storage/repositories/action_search_repository.hpp"

#include <algorithm>
#include <map>

#include "storage/repositories/action_search_sql.hpp"

namespace pacte::storage {
namespace {

// Free places of the non-cancelled sessions not yet ended ($1 = today), each session's
// counted only when positive; the next session still to start with a free place.
constexpr const char* kDetailColumns =
    "SELECT a.id, a.di_id, a.name, substr(a.description, 1, 300), LENGTH(a.description), "
    "a.objective, a.action_type, a.structure_id, s.name, a.commune_code, "
    "COALESCE(ac.name, a.commune_name), COALESCE(a.latitude, ac.lat), "
    "COALESCE(a.longitude, ac.lon), a.weekly_hours, a.adresse, a.telephone, a.courriel, "
    "a.date_maj, a.frais, a.frais_precisions, a.capacity, "
    "(SELECT COUNT(*) FROM action_sessions x WHERE x.action_id = a.id AND NOT x.cancelled "
    "AND x.ends_on >= $1), "
    "(SELECT SUM(x.places - (SELECT COUNT(*) FROM prescriptions p WHERE p.session_id = x.id "
    "AND p.status IN ('acceptee', 'entree'))) FROM action_sessions x WHERE x.action_id = a.id "
    "AND NOT x.cancelled AND x.ends_on >= $1 AND x.places > (SELECT COUNT(*) FROM "
    "prescriptions p WHERE p.session_id = x.id AND p.status IN ('acceptee', 'entree'))), "
    "(SELECT COUNT(*) FROM prescriptions p WHERE p.action_id = a.id AND p.session_id IS NULL "
    "AND p.status IN ('acceptee', 'entree')), "
    "(SELECT x.id FROM action_sessions x WHERE x.action_id = a.id AND NOT x.cancelled AND "
    "x.starts_on >= $1 AND x.places > (SELECT COUNT(*) FROM prescriptions p WHERE "
    "p.session_id = x.id AND p.status IN ('acceptee', 'entree')) ORDER BY x.starts_on, x.id "
    "LIMIT 1), a.lien_mobilisation "
    "FROM actions a JOIN structures s ON s.id = a.structure_id "
    "LEFT JOIN communes ac ON ac.insee_code = a.commune_code WHERE a.id IN (";

std::optional<double> OptDouble(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return r.Double(i);
}

bool Present(const SqlRow& r, std::size_t i) { return !r.IsNull(i) && !r.Text(i).empty(); }

std::optional<std::int64_t> FreePlaces(const SqlRow& r, int open_sessions) {
  if (open_sessions > 0) return r.Int(22);
  if (r.IsNull(20)) return std::nullopt;
  return std::max<std::int64_t>(0, r.Int(20) - r.Int(23));
}

app::ActionSearchItem ItemOf(const SqlRow& r) {
  app::ActionSearchItem it;
  it.id = r.Int(0);
  it.di_id = r.Text(1);
  it.name = r.Text(2);
  it.description_excerpt = r.Text(3);
  it.description_length = r.Int(4);
  it.objective = r.OptText(5);
  if (auto t = r.OptInt(6)) it.action_type = static_cast<int>(*t);
  it.structure_id = r.Int(7);
  it.structure_name = r.Text(8);
  it.commune_code = r.OptText(9);
  it.commune_name = r.OptText(10);
  it.latitude = OptDouble(r, 11);
  it.longitude = OptDouble(r, 12);
  it.weekly_hours = OptDouble(r, 13);
  it.has_address = Present(r, 14);
  it.has_phone = Present(r, 15);
  it.has_email = Present(r, 16);
  it.date_maj = r.Text(17);
  it.frais = r.Text(18);
  it.has_frais_precisions = Present(r, 19);
  it.open_sessions = static_cast<int>(r.Int(21));
  it.free_places = FreePlaces(r, it.open_sessions);
  it.next_session_id = r.OptInt(24);
  it.has_mobilisation_link = Present(r, 25);
  return it;
}

std::string Placeholders(std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += (i ? ", $" : "$") + std::to_string(first + i);
  }
  return out;
}

}  // namespace

std::optional<app::CommunePlace> SqlActionSearchRepository::FindCommune(
    const std::string& insee_code) {
  auto rows = conn_.Query(
                       "SELECT insee_code, name, departement_code, territory_id, lat, lon "
                       "FROM communes WHERE insee_code = $1",
                       {insee_code})
                  .rows;
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  return app::CommunePlace{r.Text(0), r.Text(1), r.Text(2), r.OptInt(3), OptDouble(r, 4),
                           OptDouble(r, 5)};
}

app::PageOf<app::ActionSearchItem> SqlActionSearchRepository::Search(
    const app::ActionSearchQuery& query, const app::PageRequest& page) {
  app::PageOf<app::ActionSearchItem> out;
  out.number = page.number;
  out.size = page.size;
  auto count = ActionSearchCountSql(conn_.dialect(), query);
  out.total = conn_.Query(count.sql, count.params).rows.at(0).Int(0);
  if (out.total == 0) return out;
  auto ranked = ActionSearchPageSql(conn_.dialect(), query, page);
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, int> relevance;
  for (const auto& r : conn_.Query(ranked.sql, ranked.params).rows) {
    ids.push_back(r.Int(0));
    relevance[r.Int(0)] = static_cast<int>(r.Int(1));
  }
  out.items = Details(ids, query.today);
  for (auto& it : out.items) it.relevance = relevance[it.id];
  return out;
}

std::vector<app::ActionSearchItem> SqlActionSearchRepository::Details(
    const std::vector<std::int64_t>& ids, Date today) {
  if (ids.empty()) return {};
  SqlParams params{FormatIsoDate(today)};
  for (auto id : ids) params.emplace_back(id);
  std::map<std::int64_t, app::ActionSearchItem> by_id;
  for (const auto& r :
       conn_.Query(std::string(kDetailColumns) + Placeholders(2, ids.size()) + ")", params).rows) {
    auto it = ItemOf(r);
    by_id.emplace(it.id, std::move(it));
  }
  std::vector<app::ActionSearchItem> items;
  for (auto id : ids) {
    if (auto f = by_id.find(id); f != by_id.end()) items.push_back(std::move(f->second));
  }
  AddCodes(items);
  return items;
}

void SqlActionSearchRepository::AddCodes(std::vector<app::ActionSearchItem>& items) {
  if (items.empty()) return;
  SqlParams params;
  std::map<std::int64_t, app::ActionSearchItem*> by_id;
  for (auto& it : items) {
    params.emplace_back(it.id);
    by_id[it.id] = &it;
  }
  auto rows = conn_.Query(
                       "SELECT action_id, list, code FROM action_codes WHERE action_id IN (" +
                           Placeholders(1, items.size()) +
                           ") AND list IN ('thematique', 'public', 'mode_accueil', "
                           "'mode_mobilisation', 'mobilisable_par', 'barrier') "
                           "ORDER BY action_id, list, code",
                       params)
                  .rows;
  for (const auto& r : rows) {
    auto& it = *by_id.at(r.Int(0));
    const std::string& list = r.Text(1);
    if (list == "thematique") it.thematiques.push_back(r.Text(2));
    if (list == "public") it.publics.push_back(r.Text(2));
    if (list == "mode_accueil") it.modes_accueil.push_back(r.Text(2));
    if (list == "mode_mobilisation") it.modes_mobilisation.push_back(r.Text(2));
    if (list == "mobilisable_par") it.mobilisable_par.push_back(r.Text(2));
    if (list == "barrier") it.barriers.push_back(r.Text(2));
  }
}

std::vector<app::CommuneResultCount> SqlActionSearchRepository::CountByCommune(
    const app::ActionSearchQuery& query) {
  auto built = ActionSearchCommunesSql(conn_.dialect(), query);
  std::vector<app::CommuneResultCount> out;
  for (const auto& r : conn_.Query(built.sql, built.params).rows) {
    out.push_back({r.Text(0), r.Text(1), r.Int(2)});
  }
  // By name; actions without a place last.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.commune_code.empty() != b.commune_code.empty()) return b.commune_code.empty();
    return a.commune_name != b.commune_name ? a.commune_name < b.commune_name
                                            : a.commune_code < b.commune_code;
  });
  return out;
}

std::optional<app::PersonNeeds> SqlActionSearchRepository::NeedsOf(std::int64_t person_id) {
  auto person = conn_.Query(
                         "SELECT p.commune_code, h.commune_code FROM persons p LEFT JOIN "
                         "households h ON h.id = p.household_id WHERE p.id = $1",
                         {person_id})
                    .rows;
  if (person.empty()) return std::nullopt;
  app::PersonNeeds needs;
  needs.commune_code = person[0].IsNull(0) ? person[0].OptText(1) : person[0].OptText(0);
  for (const auto& r : conn_.Query(
                                "SELECT DISTINCT i.theme FROM diagnostic_items i WHERE "
                                "i.diagnostic_id = (SELECT d.id FROM diagnostics d WHERE "
                                "d.person_id = $1 ORDER BY d.made_on DESC, d.id DESC LIMIT 1) "
                                "AND i.impact IN ('fort', 'moyen') ORDER BY i.theme",
                                {person_id})
                           .rows) {
    needs.barriers.push_back(r.Text(0));
  }
  return needs;
}

}  // namespace pacte::storage
