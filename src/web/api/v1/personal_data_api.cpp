#include "web/api/v1/personal_data_api.hpp"

#include <set>

#include "web/api/v1/api_common.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kNumberColumns{"weekly_hours", "position", "action_type",
                                           "duration_minutes"};
const std::set<std::string> kBooleanColumns{"homeless", "is_reorientation", "driving_licence",
                                            "vehicle"};
const std::set<std::string> kJsonColumns{"criteria", "details"};

bool IsNumberColumn(const std::string& c) {
  return c == "id" ||
         (c.size() > 3 && c.compare(c.size() - 3, 3, "_id") == 0 && c != "internal_id" &&
          c != "object_id") ||
         kNumberColumns.count(c);
}

nlohmann::json Cell(const std::string& column, const std::optional<std::string>& v) {
  if (!v) return nullptr;
  if (kBooleanColumns.count(column)) return *v == "true";
  if (kJsonColumns.count(column)) {
    auto parsed = nlohmann::json::parse(*v, nullptr, false);
    return parsed.is_discarded() ? nlohmann::json(*v) : parsed;
  }
  if (IsNumberColumn(column)) {
    try {
      return std::stoll(*v);
    } catch (const std::exception&) {
      return *v;
    }
  }
  return *v;
}

nlohmann::json RowJson(const app::DataSection& s,
                       const std::vector<std::optional<std::string>>& r) {
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t i = 0; i < s.columns.size(); ++i) out[s.columns[i]] = Cell(s.columns[i], r[i]);
  return out;
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto e = app::ExportPersonalData(ctx.services.store, ctx.services.clock, ctx.Who(), *id, "json");
  if (!e) return ProblemResponse(e.error(), ctx.req.path);
  return HttpResponse::Json(PersonalDataJson(*e));
}

}  // namespace

nlohmann::json PersonalDataJson(const app::PersonalDataExport& e) {
  nlohmann::json out{{"person_id", e.person_id},
                     {"exported_at", IsoOrEmpty(e.exported_at)},
                     {"nir_masked", e.nir_masked},
                     {"health_hidden", e.health_hidden}};
  for (const auto& s : e.sections) {
    if (s.key == "person" || s.key == "household") {
      out[s.key] = s.rows.empty() ? nlohmann::json(nullptr) : RowJson(s, s.rows.front());
      continue;
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : s.rows) rows.push_back(RowJson(s, r));
    out[s.key] = rows;
  }
  return out;
}

void RegisterPersonalDataApi(Router& router) {
  router.Get("/api/v1/beneficiaries/{id}/personal-data", Access::kApi, Get);
}

}  // namespace pacte::web
