// SqlBeneficiaryRepository: lists of persons joined with their parcours projection
// (person_parcours), the name search with its typo pass, and a référent's caseload counts.

#include <algorithm>

#include "domain/beneficiary/name_match.hpp"
#include "domain/common/text.hpp"
#include "storage/repositories/beneficiary_repository.hpp"
#include "storage/repositories/organisation_sql.hpp"

namespace pacte::storage {
namespace {

// The conditions of a list read persons `p` and their projection `pp` only: the count and the
// choice of the page's ids join nothing else; the names shown are joined to the page's rows
// alone (the other joins are on unique keys, so they change neither the count nor the order).
constexpr const char* kFilterFrom =
    " FROM persons p LEFT JOIN person_parcours pp ON pp.person_id = p.id";
constexpr const char* kPageFrom =
    " FROM page JOIN persons p ON p.id = page.id"
    " LEFT JOIN person_parcours pp ON pp.person_id = p.id"
    " LEFT JOIN communes c ON c.insee_code = p.commune_code"
    " LEFT JOIN structures s ON s.id = pp.structure_id"
    " LEFT JOIN agents a ON a.id = pp.referent_agent_id";

constexpr const char* kColumns =
    "SELECT p.id, p.civility, p.first_name, p.last_name, p.birth_date, p.commune_code, c.name, "
    "pp.dd_since, pp.parcours, pp.oriented_on, pp.structure_id, s.name, pp.referent_agent_id, "
    "a.first_name, a.last_name, pp.contract_starts_on, pp.contract_ends_on, pp.exited_on, "
    "pp.territory_id, pp.referent_structure_id";

// A contract valid on the day $d: signed (the projection keeps signed ones only) and covering it.
std::string ValidContract(const std::string& day) {
  return "(pp.contract_id IS NOT NULL AND pp.contract_starts_on <= " + day +
         " AND pp.contract_ends_on >= " + day + ")";
}

void AddStatus(SqlConditions& where, app::PersonStatusFilter status, Date today) {
  const std::string t = FormatIsoDate(today);
  const std::string soon = FormatIsoDate(today + std::chrono::days(30));
  switch (status) {
    case app::PersonStatusFilter::kNonOriente:
      where.Add("pp.orientation_id IS NULL AND pp.exited_on IS NULL");
      break;
    case app::PersonStatusFilter::kOrienteSansReferent:
      where.Add(
          "pp.orientation_id IS NOT NULL AND pp.referent_agent_id IS NULL AND "
          "pp.exited_on IS NULL");
      break;
    case app::PersonStatusFilter::kSansContratValide:
      where.Add("pp.orientation_id IS NOT NULL AND pp.exited_on IS NULL AND NOT " +
                    ValidContract("?"),
                {t, t});
      break;
    case app::PersonStatusFilter::kContratExpirant:
      where.Add("pp.exited_on IS NULL AND " + ValidContract("?") + " AND pp.contract_ends_on <= ?",
                {t, t, soon});
      break;
    case app::PersonStatusFilter::kSorti:
      where.Add("pp.exited_on IS NOT NULL");
      break;
    case app::PersonStatusFilter::kEnCours:
      where.Add("pp.exited_on IS NULL");
      break;
  }
}

// The typo pass: the first word (long enough) within one typo of a last/birth name word.
std::optional<std::string> TypoCondition(const std::vector<std::string>& words,
                                         SqlParams& values) {
  if (words.empty() || words[0].size() < kTypoMinLength) return std::nullopt;
  std::string in;
  for (const auto& v : NameVariants(words[0])) {
    in += in.empty() ? "?" : ", ?";
    values.emplace_back(v);
  }
  std::string cond =
      "p.id IN (SELECT person_id FROM person_name_variants WHERE variant IN (" + in + "))";
  for (std::size_t i = 1; i < words.size(); ++i) {
    cond += " AND (' ' || p.search_key) LIKE ? ESCAPE '\\'";
    values.emplace_back(LikeContains(" " + words[i]));
  }
  return cond;
}

void AddVisibility(SqlConditions& where, const app::PersonVisibility& v) {
  if (v.none) where.Add("1 = 0");
  if (v.territory_id) where.Add("pp.territory_id = ?", {*v.territory_id});
  if (v.only_prescribed) {
    // An operateur sees the persons prescribed to its structure's actions.
    if (!v.structure_id) {
      where.Add("1 = 0");
    } else {
      where.Add("p.id IN (SELECT person_id FROM prescriptions WHERE structure_id = ?)",
                {*v.structure_id});
    }
  } else if (v.structure_id) {
    where.Add("(pp.structure_id = ? OR pp.referent_structure_id = ?)",
              {*v.structure_id, *v.structure_id});
  }
}

// Exact prefix matches (exact_rank 0) before the typo pass's.
std::string OrderOf(const app::PersonListQuery& q) {
  const char* dir = q.descending ? " DESC" : "";
  std::string order = " ORDER BY exact_rank, ";
  switch (q.sort) {
    case app::PersonSort::kName:
      return order + "p.search_key" + dir + ", p.id";
    case app::PersonSort::kDdSince:
      return order + "(pp.dd_since IS NULL), pp.dd_since" + dir + ", p.search_key, p.id";
    case app::PersonSort::kOrientedOn:
      return order + "(pp.oriented_on IS NULL), pp.oriented_on" + dir + ", p.search_key, p.id";
  }
  return order + "p.id";
}

std::optional<Date> DateAt(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(r.Text(i).substr(0, 10));
}

app::PersonListItem ItemOf(const SqlRow& r) {
  app::PersonListItem it;
  it.id = r.Int(0);
  if (!r.IsNull(1)) it.civility = ParseCivility(r.Text(1));
  it.first_name = r.Text(2);
  it.last_name = r.Text(3);
  it.birth_date = ParseIsoDate(r.Text(4)).value_or(Date{});
  it.commune_code = r.OptText(5);
  it.commune_name = r.OptText(6);
  it.dd_since = DateAt(r, 7);
  it.parcours = r.OptText(8);
  it.oriented_on = DateAt(r, 9);
  it.structure_id = r.OptInt(10);
  it.structure_name = r.OptText(11);
  it.referent_agent_id = r.OptInt(12);
  if (!r.IsNull(13)) it.referent_name = r.Text(13) + " " + r.Text(14);
  it.contract_starts_on = DateAt(r, 15);
  it.contract_ends_on = DateAt(r, 16);
  it.exited_on = DateAt(r, 17);
  it.territory_id = r.OptInt(18);
  it.referent_structure_id = r.OptInt(19);
  return it;
}

// An operateur knows a prescribed person's name, commune and référent only: the parcours
// (rights, orientation, contract dates, exit) is left out of its lists.
void KeepOperatorFields(app::PersonListItem& it) {
  it.dd_since.reset();
  it.parcours.reset();
  it.oriented_on.reset();
  it.structure_id.reset();
  it.structure_name.reset();
  it.territory_id.reset();
  it.referent_structure_id.reset();
  it.contract_starts_on.reset();
  it.contract_ends_on.reset();
  it.exited_on.reset();
}

}  // namespace

app::PageOf<app::PersonListItem> SqlBeneficiaryRepository::ListPersons(
    const app::PersonListQuery& q, const app::PageRequest& page) {
  SqlConditions where;
  AddVisibility(where, q.visibility);
  const std::string key = SearchKey(q.criteria.name);
  if (!key.empty()) {
    SqlParams values;
    const std::string prefix = KeyPrefixCondition(conn_.dialect(), "p.search_key", key, values);
    auto typo = TypoCondition(KeyWords(key), values);
    where.Add(typo ? "(" + prefix + " OR (" + *typo + "))" : prefix, values);
  }
  if (q.criteria.nir) where.Add("p.nir = ?", {*q.criteria.nir});
  if (q.criteria.caf_number) where.Add("p.caf_number = ?", {*q.criteria.caf_number});
  if (q.criteria.birth_date) where.Add("p.birth_date = ?", {FormatIsoDate(*q.criteria.birth_date)});
  if (q.territory_id) where.Add("pp.territory_id = ?", {*q.territory_id});
  if (q.commune_code) where.Add("p.commune_code = ?", {*q.commune_code});
  if (q.structure_id) {
    where.Add("(pp.structure_id = ? OR pp.referent_structure_id = ?)",
              {*q.structure_id, *q.structure_id});
  }
  if (q.referent_agent_id) where.Add("pp.referent_agent_id = ?", {*q.referent_agent_id});
  if (q.parcours) where.Add("pp.parcours = ?", {*q.parcours});
  if (q.status) AddStatus(where, *q.status, q.today);

  app::PageOf<app::PersonListItem> out;
  out.number = page.number;
  out.size = page.size;
  out.total =
      conn_.Query("SELECT COUNT(*)" + std::string(kFilterFrom) + where.Where(), where.params())
          .rows.at(0)
          .Int(0);
  if (out.total == 0) return out;
  std::string filters = where.Where();
  std::string rank = key.empty() ? std::string("0")
                                 : "CASE WHEN p.search_key LIKE " + where.Next(LikePrefix(key)) +
                                       " ESCAPE '\\' THEN 0 ELSE 1 END";
  std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  std::string offset = where.Next(page.Offset());
  // The page's ids first (ordered, limited), then their columns, in the same order.
  std::string sql = "WITH page AS (SELECT p.id, " + rank + " AS exact_rank" + kFilterFrom +
                    filters + OrderOf(q) + " LIMIT " + limit + " OFFSET " + offset + ") " +
                    kColumns + ", page.exact_rank AS exact_rank" + kPageFrom + OrderOf(q);
  for (const auto& row : conn_.Query(sql, where.params()).rows) {
    auto item = ItemOf(row);
    if (q.visibility.only_prescribed) KeepOperatorFields(item);
    item.typo_match = !key.empty() && row.Int(20) == 1;
    out.items.push_back(std::move(item));
  }
  return out;
}

app::CaseloadCounts SqlBeneficiaryRepository::CountCaseload(std::int64_t agent_id, Date today) {
  const std::string t = FormatIsoDate(today);
  const std::string soon = FormatIsoDate(today + std::chrono::days(30));
  SqlParams params;
  params.emplace_back(agent_id);
  params.emplace_back(t);
  params.emplace_back(soon);
  const std::string valid = ValidContract("$2");
  auto r = conn_.Query(
      "SELECT "
      "COALESCE(SUM(CASE WHEN pp.exited_on IS NULL THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN pp.exited_on IS NULL AND pp.orientation_id IS NULL THEN 1 "
      "ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN pp.exited_on IS NULL AND pp.orientation_id IS NOT NULL AND NOT " +
          valid + " THEN 1 ELSE 0 END), 0), "
          "COALESCE(SUM(CASE WHEN pp.exited_on IS NULL AND " +
          valid + " AND pp.contract_ends_on <= $3 THEN 1 ELSE 0 END), 0), "
          "COALESCE(SUM(CASE WHEN pp.exited_on IS NOT NULL THEN 1 ELSE 0 END), 0) "
          "FROM person_parcours pp WHERE pp.referent_agent_id = $1",
      params);
  const SqlRow& row = r.rows.at(0);
  return {row.Int(0), row.Int(1), row.Int(2), row.Int(3), row.Int(4)};
}

}  // namespace pacte::storage
