#include "web/html/dashboards/dashboard_request.hpp"

#include <stdexcept>

#include "domain/common/text.hpp"

namespace pacte::web {

Result<app::DashboardRequest> ReadDashboardRequest(const Params& query,
                                                   const std::string& date_field,
                                                   const std::string& group_field) {
  app::DashboardRequest r;
  Validation v;
  const std::string date = Trim(First(query, date_field).value_or(""));
  if (!date.empty()) {
    r.as_of = ParseIsoDate(date);
    if (!r.as_of) v.Add(date_field, "Date invalide : le format attendu est AAAA-MM-JJ.");
  }
  const std::string group = Trim(First(query, group_field).value_or(""));
  if (!group.empty()) {
    auto g = stats::ParseGroupBy(group);
    if (!g) {
      v.Add(group_field, "Regroupement inconnu : territoire, commune, structure, referent, annee, "
                         "mois ou aucun.");
    } else {
      r.group = *g;
    }
  }
  if (!v.Ok()) return Fail(v.ToError());
  return r;
}

app::StatsService& StatsOf(const RequestContext& ctx) {
  if (!ctx.services.stats) throw std::logic_error("Services::stats is not set");
  return *ctx.services.stats;
}

}  // namespace pacte::web
