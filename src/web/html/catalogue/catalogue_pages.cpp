#include "web/html/catalogue/catalogue_pages.hpp"

#include <cmath>

#include "app/catalogue/catalogue.hpp"
#include "app/organisations/institutions.hpp"
#include "app/organisations/structures.hpp"
#include "app/policies/offer_policy.hpp"
#include "app/territory/territory_queries.hpp"
#include "web/api/v1/actions_api.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/catalogue/catalogue_form.hpp"
#include "web/html/catalogue/catalogue_views.hpp"
#include "web/html/catalogue/programme_pages.hpp"
#include "web/html/catalogue/session_pages.hpp"
#include "web/html/forms.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

bool IsFormError(const Error& e) {
  return e.kind == ErrorKind::kInvalid || e.kind == ErrorKind::kConflict ||
         e.kind == ErrorKind::kStale;
}

int FormStatus(const Error& e) { return e.kind == ErrorKind::kInvalid ? 422 : 409; }

std::int64_t PostedVersion(const Params& form) {
  auto v = FormInt(First(form, "version"));
  return v && *v > 0 ? *v : 0;
}

Error NotFoundError() { return Error::NotFound("action.not_found", "Cette action n'existe pas."); }

// Operator structures a manager may choose from (an operateur creates for its own).
IdChoices StructureChoices(RequestContext& ctx) {
  IdChoices out;
  if (app::OwnStructureRestriction(ctx.Who(), app::OfferAction::kManageAction)) return out;
  app::StructureFilter filter;
  filter.kind = StructureKind::kActionOperator;
  auto page = app::ListStructures(ctx.services.store, ctx.Who(), filter, {1, 200});
  if (!page) return out;
  for (const auto& s : page->items) out.emplace_back(s.id, s.fields.name);
  return out;
}

// Territories, communes and institutions of the form (an unreadable list stays empty).
ActionFormChoices FormChoices(RequestContext& ctx, IdChoices structures) {
  ActionFormChoices c;
  c.structures = std::move(structures);
  if (auto t = app::ListTerritoryChoices(ctx.services.store, ctx.Who())) {
    for (const auto& territory : t->territories) {
      c.territories.emplace_back(territory.id, territory.name);
    }
    for (const auto& commune : t->communes) {
      c.communes.emplace_back(commune.insee_code, commune.name);
    }
  }
  for (int number = 1;; ++number) {
    auto page = app::ListInstitutions(ctx.services.store, ctx.Who(), {}, {number, 200});
    if (!page) break;
    for (const auto& i : page->items) c.institutions.emplace_back(i.id, i.fields.name);
    if (number >= page->PageCount()) break;
  }
  return c;
}

HttpResponse FormPage(RequestContext& ctx, const std::string& title, const std::string& action,
                      const std::string& cancel, const ActionFields& f, const Error* error,
                      std::optional<std::int64_t> version, IdChoices structures,
                      std::optional<std::int64_t> structure_id) {
  nlohmann::json form =
      ActionFormJson(f, error, FormChoices(ctx, std::move(structures)), structure_id);
  form["action"] = action;
  form["submit"] = version ? "Enregistrer les modifications" : "Créer l'action (brouillon)";
  form["cancel_href"] = cancel;
  if (version) form["version"] = *version;
  int status = error ? FormStatus(*error) : 200;
  return ctx.Page("catalogue_action_form", title, {{"title", title}, {"form", form}}, status);
}

HttpResponse NewForm(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::OfferAction::kManageAction); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  return FormPage(ctx, "Nouvelle action", "/offre/actions/nouvelle", "/offre/mes-actions", {},
                  nullptr, std::nullopt, StructureChoices(ctx), std::nullopt);
}

HttpResponse Create(RequestContext& ctx) {
  if (auto ok = app::Authorize(ctx.Who(), app::OfferAction::kManageAction); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  const Params form = ctx.req.Form();
  ActionFields f;
  ApplyActionForm(form, f);
  auto structure = PostedStructure(form);
  auto created = app::CreateAction(ctx.services.store, ctx.services.clock, ctx.Who(),
                                   ctx.services.settings.di_source, structure, f);
  if (created) return HttpResponse::Redirect(ActionHref(created->id) + "?enregistre=1");
  if (!IsFormError(created.error())) return ErrorPage(ctx, created.error());
  return FormPage(ctx, "Nouvelle action", "/offre/actions/nouvelle", "/offre/mes-actions", f,
                  &created.error(), std::nullopt, StructureChoices(ctx), structure);
}

HttpResponse Show(RequestContext& ctx, std::int64_t id, const Error* error,
                  const SessionInput* session_values) {
  auto d = app::GetAction(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!d) return ErrorPage(ctx, d.error());
  nlohmann::json data = ActionPageJson(*d);
  data["saved"] = !error && First(ctx.req.QueryParams(), "enregistre").has_value();
  const bool session_error = error && session_values;
  if (error && !session_error) {
    data["alert"] = error->message;
    nlohmann::json fields = nlohmann::json::array();
    for (const auto& f : error->fields) fields.push_back(f.message);
    data["alert_fields"] = fields;
    data["has_alert_fields"] = !fields.empty();
  }
  if (d->can_manage && d->action.data.status != ActionStatus::kArchivee) {
    data["session_form"] = SessionFormJson(id, session_values ? *session_values : SessionInput{},
                                           session_error ? error : nullptr);
  }
  int status = error ? FormStatus(*error) : 200;
  return ctx.Page("catalogue_action", d->action.data.fields.name, data, status);
}

HttpResponse ShowPage(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundError());
  return Show(ctx, *id, nullptr, nullptr);
}

HttpResponse EditForm(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundError());
  if (auto ok = app::CheckActionManagement(ctx.services.store, ctx.Who(), *id); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto d = app::GetAction(ctx.services.store, ctx.services.clock, ctx.Who(), *id);
  if (!d) return ErrorPage(ctx, d.error());
  return FormPage(ctx, "Modifier « " + d->action.data.fields.name + " »",
                  ActionHref(*id) + "/modifier", ActionHref(*id), d->action.data.fields, nullptr,
                  d->action.version, {}, std::nullopt);
}

HttpResponse Edit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundError());
  auto& store = ctx.services.store;
  if (auto ok = app::CheckActionManagement(store, ctx.Who(), *id); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  const Params form = ctx.req.Form();
  const auto version = PostedVersion(form);
  app::ActionEdit edit = [&form](ActionFields& f) { ApplyActionForm(form, f); };
  auto saved = app::ChangeAction(store, ctx.services.clock, ctx.Who(), *id, version, edit,
                                 std::nullopt);
  if (saved) return HttpResponse::Redirect(ActionHref(*id) + "?enregistre=1");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  auto d = app::GetAction(store, ctx.services.clock, ctx.Who(), *id);
  if (!d) return ErrorPage(ctx, d.error());
  ActionFields typed = d->action.data.fields;
  ApplyActionForm(form, typed);
  return FormPage(ctx, "Modifier « " + d->action.data.fields.name + " »",
                  ActionHref(*id) + "/modifier", ActionHref(*id), typed, &saved.error(), version,
                  {}, std::nullopt);
}

HttpResponse Transition(RequestContext& ctx, ActionStatus target) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundError());
  const auto version = PostedVersion(ctx.req.Form());
  auto saved = app::ChangeAction(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                 version, nullptr, target);
  if (saved) return HttpResponse::Redirect(ActionHref(*id) + "?enregistre=1");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  return Show(ctx, *id, &saved.error(), nullptr);
}

HttpResponse AddSessionPost(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, NotFoundError());
  const SessionInput in = PostedSession(ctx.req.Form());
  auto added = app::AddSession(ctx.services.store, ctx.services.clock, ctx.Who(), *id, in);
  if (added) return HttpResponse::Redirect(ActionHref(*id) + "?enregistre=1");
  if (!IsFormError(added.error())) return ErrorPage(ctx, added.error());
  return Show(ctx, *id, &added.error(), &in);
}

std::string Percent(const std::optional<double>& rate) {
  if (!rate) return "—";
  return std::to_string(static_cast<int>(std::lround(*rate * 100))) + " %";
}

std::string Count(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "—"; }

HttpResponse Mine(RequestContext& ctx) {
  const Params query = ctx.req.QueryParams();
  const auto page = PageFromQuery(query);
  auto list = app::ListOperatorActions(ctx.services.store, ctx.services.clock, ctx.Who(), {}, page);
  if (!list) return ErrorPage(ctx, list.error());
  const bool all = !app::OwnStructureRestriction(ctx.Who(), app::OfferAction::kManageAction);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : list->items) {
    const auto& i = r.item;
    rows.push_back({{"href", ActionHref(i.id)},
                    {"name", i.name},
                    {"structure_name", i.structure_name},
                    {"status_label", ActionStatusLabel(i.status)},
                    {"sessions", i.sessions},
                    {"places", Count(i.places)},
                    {"taken", i.taken},
                    {"free", Count(r.free_places)},
                    {"fill_rate", Percent(r.fill_rate)},
                    {"date_maj", FormatFrenchDate(i.date_maj)},
                    {"stale", r.stale},
                    {"show_structure", all}});
  }
  nlohmann::json data{{"rows", rows},
                      {"has_rows", !rows.empty()},
                      {"total", list->total},
                      {"show_structure", all}};
  if (list->PageCount() > 1) {
    data["pagination"] = PaginationJson("/offre/mes-actions", query, list->total, page);
  }
  return ctx.Page("catalogue_mine", "Mes actions", data);
}

}  // namespace

void RegisterCatalogueRoutes(Router& router) {
  router.Get("/offre/mes-actions", Access::kPage, Mine);
  router.Get("/offre/actions/nouvelle", Access::kPage, NewForm);
  router.Post("/offre/actions/nouvelle", Access::kPage, Create);
  router.Get("/offre/actions/{id}", Access::kPage, ShowPage);
  router.Get("/offre/actions/{id}/modifier", Access::kPage, EditForm);
  router.Post("/offre/actions/{id}/modifier", Access::kPage, Edit);
  router.Post("/offre/actions/{id}/publier", Access::kPage,
              [](RequestContext& ctx) { return Transition(ctx, ActionStatus::kPubliee); });
  router.Post("/offre/actions/{id}/archiver", Access::kPage,
              [](RequestContext& ctx) { return Transition(ctx, ActionStatus::kArchivee); });
  router.Post("/offre/actions/{id}/sessions", Access::kPage, AddSessionPost);
  RegisterSessionPages(router);
  RegisterProgrammePages(router);
  RegisterActionApi(router);
}

}  // namespace pacte::web
