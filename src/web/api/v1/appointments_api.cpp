#include "web/api/v1/appointments_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/appointments/appointment_motives.hpp"
#include "app/appointments/appointments.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

const std::set<std::string> kFields{"starts_at", "duration_minutes", "mode",   "place",
                                    "motive",    "agent_id",         "status", "comment"};

nlohmann::json OptJson(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json OptJson(const std::optional<std::int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::optional<std::string> IntText(const std::optional<std::int64_t>& v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}

// A clearable text of a PATCH: absent → nullopt, null → "".
std::optional<std::string> Clearable(JsonFields& fields, const nlohmann::json& body,
                                     const std::string& name) {
  if (fields.Has(name) && body[name].is_null()) return std::string();
  return fields.String(name);
}

HttpResponse List(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto result = app::ListPersonAppointments(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  app::PageOf<app::StoredAppointment> page;
  page.items = std::move(result->appointments);
  page.total = static_cast<std::int64_t>(page.items.size());
  page.size = static_cast<int>(std::max<std::size_t>(page.items.size(), 1));
  Timestamp now = ctx.services.clock.Now();
  return HttpResponse::Json(
      ListJson(page, [&](const app::StoredAppointment& a) { return AppointmentJson(a, now); }));
}

HttpResponse Create(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::CheckPersonAction(ctx.services.store, ctx.Who(), *id,
                                       app::PersonAction::kEdit);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  JsonFields fields(*body, kFields);
  app::AppointmentDraft d;
  d.starts_at = fields.String("starts_at", true).value_or("");
  d.duration_minutes = IntText(fields.Int("duration_minutes")).value_or("");
  d.mode = fields.String("mode", true).value_or("");
  d.place = fields.String("place").value_or("");
  d.motive = fields.String("motive", true).value_or("");
  d.agent_id = fields.Int("agent_id");
  d.status = fields.String("status").value_or("");
  d.comment = fields.String("comment").value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto created = app::PlanAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id, d);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  auto r = HttpResponse::Json(AppointmentJson(*created, ctx.services.clock.Now()), 201);
  r.Set("Location", "/api/v1/appointments/" + std::to_string(created->id));
  return r;
}

HttpResponse Get(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto found = app::GetAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!found) return ProblemResponse(found.error(), ctx.req.path);
  return HttpResponse::Json(AppointmentJson(found->appointment, ctx.services.clock.Now()));
}

HttpResponse Patch(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  if (auto ok = app::CheckAppointmentAction(ctx.services.store, ctx.Who(), *id,
                                            app::PersonAction::kEdit);
      !ok) {
    return ProblemResponse(ok.error(), ctx.req.path);
  }
  auto body = ParseJsonObject(ctx.req);
  if (!body) return ProblemResponse(body.error(), ctx.req.path);
  auto allowed = kFields;
  allowed.insert("version");
  JsonFields fields(*body, allowed);
  auto version = fields.Int("version", true);
  app::AppointmentChanges c;
  c.starts_at = fields.String("starts_at");
  c.duration_minutes = IntText(fields.Int("duration_minutes"));
  c.mode = fields.String("mode");
  c.place = Clearable(fields, *body, "place");
  c.motive = fields.String("motive");
  c.agent_id = fields.Int("agent_id");
  c.status = fields.String("status");
  c.comment = Clearable(fields, *body, "comment");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto updated = app::UpdateAppointment(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        *version, c);
  if (!updated) return ProblemResponse(updated.error(), ctx.req.path);
  return HttpResponse::Json(AppointmentJson(*updated, ctx.services.clock.Now()));
}

HttpResponse Motives(RequestContext& ctx) {
  auto motives = app::ListMotives(ctx.services.store, ctx.Who());
  if (!motives) return ProblemResponse(motives.error(), ctx.req.path);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : *motives) {
    items.push_back({{"id", m.id},
                     {"code", m.code},
                     {"label", m.label},
                     {"active", m.active},
                     {"version", m.version}});
  }
  return HttpResponse::Json({{"items", items},
                             {"page", 1},
                             {"page_size", std::max<std::size_t>(items.size(), 1)},
                             {"total", items.size()}});
}

}  // namespace

nlohmann::json AppointmentJson(const app::StoredAppointment& a, Timestamp now) {
  const auto& r = a.record;
  return {{"id", a.id},
          {"person_id", r.person_id},
          {"agent_id", OptJson(r.agent_id)},
          {"agent_name", a.agent_name.empty() ? nlohmann::json() : nlohmann::json(a.agent_name)},
          {"structure_id", OptJson(r.structure_id)},
          {"starts_at", FormatIsoTimestamp(r.starts_at)},
          {"duration_minutes", r.duration_minutes},
          {"mode", AppointmentModeCode(r.mode)},
          {"mode_label", AppointmentModeLabel(r.mode)},
          {"place", OptJson(r.place)},
          {"motive", r.motive_code},
          {"motive_label", a.motive_label},
          {"status", AppointmentStatusCode(r.status)},
          {"displayed_status", DisplayedAppointmentCode(r.status, r.starts_at, now)},
          {"displayed_status_label", DisplayedAppointmentLabel(r.status, r.starts_at, now)},
          {"comment", OptJson(r.comment)},
          {"version", a.version},
          {"created_at", IsoOrEmpty(a.created_at)},
          {"updated_at", IsoOrEmpty(a.updated_at)}};
}

void RegisterAppointmentApi(Router& router) {
  router.Get("/api/v1/beneficiaries/{id}/appointments", Access::kApi, List);
  router.Post("/api/v1/beneficiaries/{id}/appointments", Access::kApi, Create);
  router.Get("/api/v1/appointments/{id}", Access::kApi, Get);
  router.Add("PATCH", "/api/v1/appointments/{id}", Access::kApi, Patch);
  router.Get("/api/v1/appointment-motives", Access::kApi, Motives);
}

}  // namespace pacte::web
