#include "web/api/v1/notes_api.hpp"

#include "app/parcours/person_access.hpp"
#include "app/notes/notes.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/json_body.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

nlohmann::json NoteJson(const app::StoredNote& n) {
  const auto& r = n.record;
  return {{"id", n.id},
          {"person_id", r.person_id},
          {"author_id", r.author_id ? nlohmann::json(*r.author_id) : nlohmann::json()},
          {"author_name", n.author_name},
          {"structure_id", r.structure_id ? nlohmann::json(*r.structure_id) : nlohmann::json()},
          {"visibility", NoteVisibilityCode(r.visibility)},
          {"visibility_label", NoteVisibilityLabel(r.visibility)},
          {"body", r.body},
          {"created_at", IsoOrEmpty(n.created_at)}};
}

HttpResponse List(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return NotFoundProblem(ctx);
  auto result = app::ListNotes(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!result) return ProblemResponse(result.error(), ctx.req.path);
  app::PageOf<app::StoredNote> page;
  page.items = std::move(result->notes);
  page.total = static_cast<std::int64_t>(page.items.size());
  page.size = static_cast<int>(std::max<std::size_t>(page.items.size(), 1));
  return HttpResponse::Json(ListJson(page, NoteJson));
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
  JsonFields fields(*body, {"body", "visibility"});
  NoteDraft d;
  d.body = fields.String("body", true).value_or("");
  d.visibility = fields.String("visibility", true).value_or("");
  if (auto ok = fields.Finish(); !ok) return ProblemResponse(ok.error(), ctx.req.path);
  auto created = app::AddNote(ctx.services.store, ctx.services.clock, ctx.Who(), *id, d);
  if (!created) return ProblemResponse(created.error(), ctx.req.path);
  return HttpResponse::Json(NoteJson(*created), 201);
}

}  // namespace

void RegisterNoteApi(Router& router) {
  router.Get("/api/v1/beneficiaries/{id}/notes", Access::kApi, List);
  router.Post("/api/v1/beneficiaries/{id}/notes", Access::kApi, Create);
}

}  // namespace pacte::web
