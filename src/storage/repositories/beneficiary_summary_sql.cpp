// SqlBeneficiaryRepository: what the fiche shows beside identity and the projection (names
// of the commune, structure and référent, latest contract, latest diagnostic's barriers, the
// other adult of the household). Reads parcours tables it does not write.

#include <map>

#include "storage/repositories/beneficiary_repository.hpp"

namespace pacte::storage {
namespace {

std::optional<Date> DateAt(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(r.Text(i).substr(0, 10));
}

int ImpactRank(const std::string& impact) {
  if (impact == "fort") return 3;
  if (impact == "moyen") return 2;
  return 1;
}

}  // namespace

app::PersonSummary SqlBeneficiaryRepository::SummaryOf(std::int64_t person_id) {
  app::PersonSummary out;
  const SqlParams id{person_id};
  auto names = conn_.Query(
      "SELECT c.name, s.name, a.first_name, a.last_name FROM persons p "
      "LEFT JOIN communes c ON c.insee_code = p.commune_code "
      "LEFT JOIN person_parcours pp ON pp.person_id = p.id "
      "LEFT JOIN structures s ON s.id = pp.structure_id "
      "LEFT JOIN agents a ON a.id = pp.referent_agent_id WHERE p.id = $1",
      id);
  if (names.rows.empty()) return out;
  const SqlRow& n = names.rows[0];
  out.commune_name = n.OptText(0);
  out.structure_name = n.OptText(1);
  if (!n.IsNull(2)) out.referent_name = n.Text(2) + " " + n.Text(3);

  auto contract = conn_.Query(
      "SELECT id, type, status, signed_on, starts_on, ends_on FROM contracts "
      "WHERE person_id = $1 ORDER BY starts_on DESC, id DESC LIMIT 1",
      id);
  if (!contract.rows.empty()) {
    const SqlRow& r = contract.rows[0];
    out.latest_contract = app::ContractSummary{r.Int(0), r.Text(1), r.Text(2), DateAt(r, 3),
                                               DateAt(r, 4).value_or(Date{}),
                                               DateAt(r, 5).value_or(Date{})};
  }

  auto diagnostic = conn_.Query(
      "SELECT id, made_on FROM diagnostics WHERE person_id = $1 "
      "ORDER BY made_on DESC, id DESC LIMIT 1",
      id);
  if (!diagnostic.rows.empty()) {
    out.diagnostic_on = DateAt(diagnostic.rows[0], 1);
    std::map<std::string, std::string> strongest;
    for (const auto& r :
         conn_
             .Query("SELECT theme, impact FROM diagnostic_items WHERE diagnostic_id = $1",
                    {diagnostic.rows[0].Int(0)})
             .rows) {
      auto& impact = strongest[r.Text(0)];
      if (impact.empty() || ImpactRank(r.Text(1)) > ImpactRank(impact)) impact = r.Text(1);
    }
    for (const auto& [theme, impact] : strongest) out.barriers.push_back({theme, impact});
  }

  auto other = conn_.Query(
      "SELECT o.id, o.first_name, o.last_name, o.role FROM persons p "
      "JOIN persons o ON o.household_id = p.household_id AND o.id <> p.id "
      "WHERE p.id = $1 ORDER BY o.id LIMIT 1",
      id);
  if (!other.rows.empty()) {
    const SqlRow& r = other.rows[0];
    out.other_adult_id = r.Int(0);
    out.other_adult_name = r.Text(1) + " " + r.Text(2);
    out.other_adult_role = r.OptText(3);
  }
  return out;
}

}  // namespace pacte::storage
