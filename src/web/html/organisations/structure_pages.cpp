#include "web/html/organisations/structure_pages.hpp"

#include "app/organisations/structures.hpp"
#include "app/policies/organisation_policy.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/html/organisations/structure_form.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

using app::OrganisationAction;

struct ListQuery {
  app::StructureFilter filter;
  std::string commune, territory, kind, category;
};

ListQuery ReadListQuery(const Params& query) {
  ListQuery q;
  q.filter.query = FormValue(query, "q");
  q.commune = FormValue(query, "commune");
  if (!q.commune.empty()) q.filter.commune_code = q.commune;
  q.territory = FormValue(query, "territoire");
  if (auto id = ParseVersion(q.territory); id > 0) {
    q.filter.territory_id = id;
  } else {
    q.territory.clear();
  }
  q.kind = FormValue(query, "type");
  q.filter.kind = ParseStructureKind(q.kind);
  if (!q.filter.kind) q.kind.clear();
  q.category = FormValue(query, "categorie");
  q.filter.drees_category = ParseDreesCategory(q.category);
  if (!q.filter.drees_category) q.category.clear();
  return q;
}

HttpResponse ListPage(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), OrganisationAction::kReadStructures); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto query = ctx.req.QueryParams();
  auto q = ReadListQuery(query);
  auto page = PageFromQuery(query);
  auto choices = LoadStructureChoices(ctx, false);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto result = app::ListStructures(ctx.services.store, ctx.Who(), q.filter, page);
  if (!result) return ErrorPage(ctx, result.error());
  nlohmann::json data{
      {"q", q.filter.query},
      {"commune_options", FilterOptions(choices->communes, q.commune, "Toutes les communes")},
      {"territory_options",
       FilterOptions(choices->territories, q.territory, "Tous les territoires")},
      {"kind_options", FilterOptions(StructureKindOptions(), q.kind, "Tous les rôles")},
      {"category_options", FilterOptions(DreesOptions(), q.category, "Toutes les catégories")},
      {"structures", StructureRowsJson(result->items)},
      {"has_structures", !result->items.empty()},
      {"structures_caption",
       "page " + std::to_string(page.number) + " sur " + std::to_string(result->PageCount())},
      {"total", result->total},
      {"pagination", PaginationJson("/structures", query, result->total, page)},
      {"can_create", app::IsAllowed(ctx.Who(), OrganisationAction::kManageStructures)}};
  return ctx.Page("structures_list", "Structures", data);
}

HttpResponse FormPage(RequestContext& ctx, const StructureDraft& draft, const Error* error,
                      int status) {
  auto choices = LoadStructureChoices(ctx, true);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto errors = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  return ctx.Page(
      "structures_new", "Nouvelle structure",
      {{"form", StructureFormJson(draft, *choices, errors, "/structures/nouvelle", std::nullopt)}},
      status);
}

HttpResponse NewPage(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), OrganisationAction::kManageStructures); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  StructureDraft draft;
  draft.institution_id = ParseVersion(FormValue(ctx.req.QueryParams(), "institution_id"));
  return FormPage(ctx, draft, nullptr, 200);
}

HttpResponse Create(RequestContext& ctx) {
  auto draft = StructureDraftFromForm(ctx.req.Form());
  auto created = app::CreateStructure(ctx.services.store, ctx.services.clock, ctx.Who(), draft);
  if (created) {
    return HttpResponse::Redirect("/structures/" + std::to_string(created->id) + "?enregistre=1");
  }
  if (created.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, created.error());
  return FormPage(ctx, draft, &created.error(), 422);
}

HttpResponse DetailPage(RequestContext& ctx, const app::Structure& s, const StructureDraft& draft,
                        const Error* error, int status) {
  nlohmann::json data = StructureDetailJson(s);
  bool can_edit = app::IsAllowed(ctx.Who(), OrganisationAction::kManageStructures);
  data["can_edit"] = can_edit;
  data["saved"] = status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value();
  data["alert"] =
      error && error->kind == ErrorKind::kStale ? nlohmann::json(error->message) : nlohmann::json();
  if (can_edit) {
    auto choices = LoadStructureChoices(ctx, true);
    if (!choices) return ErrorPage(ctx, choices.error());
    auto errors = error && error->kind == ErrorKind::kInvalid ? FieldErrorsJson(*error)
                                                              : nlohmann::json::object();
    data["form"] = StructureFormJson(draft, *choices, errors, "/structures/" + std::to_string(s.id),
                                     s.version);
  }
  return ctx.Page("structures_detail", s.fields.name, data, status);
}

HttpResponse Show(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("not_found", "Structure introuvable."));
  auto s = app::GetStructure(ctx.services.store, ctx.Who(), *id);
  if (!s) return ErrorPage(ctx, s.error());
  return DetailPage(ctx, *s, DraftOf(s->fields), nullptr, 200);
}

HttpResponse Update(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("not_found", "Structure introuvable."));
  auto posted = ctx.req.Form();
  auto draft = StructureDraftFromForm(posted);
  auto version = ParseVersion(FormValue(posted, "version"));
  auto updated = app::UpdateStructure(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                      version, StructureChangesOf(draft));
  if (updated) {
    return HttpResponse::Redirect("/structures/" + std::to_string(*id) + "?enregistre=1");
  }
  const Error& e = updated.error();
  if (e.kind != ErrorKind::kStale && e.kind != ErrorKind::kInvalid) return ErrorPage(ctx, e);
  auto current = app::GetStructure(ctx.services.store, ctx.Who(), *id);
  if (!current) return ErrorPage(ctx, current.error());
  if (e.kind == ErrorKind::kStale) {
    return DetailPage(ctx, *current, DraftOf(current->fields), &e, 409);
  }
  // Keep what was typed, with the version it was typed against.
  current->version = version;
  return DetailPage(ctx, *current, draft, &e, 422);
}

}  // namespace

void RegisterStructurePages(Router& router) {
  router.Get("/structures", Access::kPage, ListPage);
  router.Get("/structures/nouvelle", Access::kPage, NewPage);
  router.Post("/structures/nouvelle", Access::kPage, Create);
  router.Get("/structures/{id}", Access::kPage, Show);
  router.Post("/structures/{id}", Access::kPage, Update);
}

}  // namespace pacte::web
