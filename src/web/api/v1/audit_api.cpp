#include "web/api/v1/audit_api.hpp"

#include <charconv>
#include <set>

#include <nlohmann/json.hpp>

#include "app/audit/audit_filter.hpp"
#include "app/audit/list_audit_events.hpp"
#include "app/policies/audit_policy.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kParameters{"agent_id",  "action", "object_type", "object_id",
                                        "from",      "to",     "page",        "page_size"};

std::optional<int> PositiveInt(const std::string& text) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1) return std::nullopt;
  return v;
}

app::PageRequest ReadPage(const Params& query, Validation& v) {
  app::PageRequest page;
  if (auto n = First(query, "page")) {
    auto parsed = PositiveInt(*n);
    if (parsed) page.number = *parsed;
    else v.Add("page", "Le numéro de page doit être un nombre entier positif.");
  }
  if (auto s = First(query, "page_size")) {
    auto parsed = PositiveInt(*s);
    if (parsed && *parsed <= 200) page.size = *parsed;
    else v.Add("page_size", "La taille de page doit être un nombre entier de 1 à 200.");
  }
  return page;
}

nlohmann::json EventJson(const app::AuditEvent& e) {
  // details is JSON written by RecordAudit; should a stored value not parse, it is returned
  // as a string rather than failing the whole page.
  auto details = nlohmann::json::parse(e.details, nullptr, false);
  return nlohmann::json{{"id", e.id},
                        {"at", FormatIsoTimestamp(e.at)},
                        {"agent_id", e.agent_id ? nlohmann::json(*e.agent_id) : nlohmann::json()},
                        {"action", e.action},
                        {"object_type", e.object_type},
                        {"object_id", e.object_id},
                        {"client_addr", e.client_addr},
                        {"request_id", e.request_id},
                        {"details", details.is_discarded() ? nlohmann::json(e.details) : details},
                        {"prev_hash", e.prev_hash},
                        {"hash", e.hash}};
}

HttpResponse ListAuditEvents(RequestContext& ctx) {
  if (auto allowed = app::AuthorizeAuditRead(ctx.Who()); !allowed) {
    return ProblemResponse(allowed.error(), ctx.req.path);
  }
  auto query = ctx.req.QueryParams();
  Validation v;
  for (const auto& [key, value] : query) {
    if (!kParameters.count(key)) v.Add(key, "Paramètre inconnu.");
  }
  auto page = ReadPage(query, v);
  auto text = [&](const char* key) { return First(query, key).value_or(""); };
  auto search = app::ParseAuditFilter(app::AuditFilterInput{
      text("agent_id"), text("action"), text("object_type"), text("object_id"), text("from"),
      text("to")});
  if (!search) {
    for (const auto& f : search.error().fields) v.Add(f.field, f.message);
  }
  if (!v.Ok()) return ProblemResponse(v.ToError("audit.filter_invalid"), ctx.req.path);
  auto found = app::ListAuditEvents(ctx.services.store, ctx.services.clock, ctx.Who(), *search,
                                    page);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : found->items) items.push_back(EventJson(e));
  return HttpResponse::Json({{"items", std::move(items)},
                             {"page", found->number},
                             {"page_size", found->size},
                             {"total", found->total}});
}

}  // namespace

void RegisterAuditApi(Router& router) {
  router.Get("/api/v1/audit-events", Access::kApi, ListAuditEvents);
}

}  // namespace pacte::web
