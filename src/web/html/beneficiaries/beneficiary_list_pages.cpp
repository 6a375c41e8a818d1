// Lists of beneficiaries: the search page /beneficiaires and the référent's
// /mes-beneficiaires with counts per status.

#include "app/beneficiaries/search_beneficiaries.hpp"
#include "domain/parcours/parcours.hpp"
#include "web/html/beneficiaries/beneficiary_pages.hpp"
#include "web/html/beneficiaries/beneficiary_views.hpp"
#include "web/html/beneficiary_export/beneficiary_export_pages.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/html/organisations/structure_form.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::optional<std::int64_t> IdParam(const Params& q, const std::string& name) {
  auto id = ParseVersion(FormValue(q, name));
  return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::optional<std::string> TextParam(const Params& q, const std::string& name) {
  auto v = FormValue(q, name);
  return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

std::vector<Option> StatusOptions() {
  std::vector<Option> out;
  for (auto s : app::AllPersonStatusFilters()) {
    out.push_back({std::string(app::PersonStatusFilterCode(s)),
                   std::string(app::PersonStatusFilterLabel(s))});
  }
  return out;
}

nlohmann::json SearchFields(const Params& q, const StructureChoices& choices,
                            const nlohmann::json& errors) {
  nlohmann::json fields = nlohmann::json::array();
  auto text = [&](FieldSpec spec) { fields.push_back({{"text", TextField(spec, errors)}}); };
  auto select = [&](FieldSpec spec, const std::vector<Option>& options, const char* all) {
    fields.push_back({{"select", SelectField(spec, options, all, errors)}});
  };
  text(FieldSpec("nom", "Nom (et prénom)", FormValue(q, "nom"))
           .Type("search")
           .Hint("Début du nom ; une faute de frappe est tolérée.")
           .Autocomplete("off"));
  text(FieldSpec("nir", "NIR", FormValue(q, "nir")).Autocomplete("off"));
  text(FieldSpec("caf", "Numéro d'allocataire", FormValue(q, "caf")).Autocomplete("off"));
  text(FieldSpec("naissance", "Date de naissance", FormValue(q, "naissance")).Type("date"));
  select(FieldSpec("territoire", "Territoire", FormValue(q, "territoire")), choices.territories,
         "Tous les territoires");
  select(FieldSpec("commune", "Commune", FormValue(q, "commune")), choices.communes,
         "Toutes les communes");
  select(FieldSpec("parcours", "Parcours", FormValue(q, "parcours")),
         {{"professionnel", "Professionnel"},
          {"socio_professionnel", "Socio-professionnel"},
          {"social", "Social"}},
         "Tous les parcours");
  select(FieldSpec("statut", "Situation", FormValue(q, "statut")), StatusOptions(),
         "Toutes les situations");
  select(FieldSpec("tri", "Trier par", FormValue(q, "tri")),
         {{"name", "Nom"},
          {"dd_since", "Date d'entrée en droits et devoirs"},
          {"oriented_on", "Date d'orientation"}},
         "");
  select(FieldSpec("ordre", "Ordre", FormValue(q, "ordre")),
         {{"asc", "Croissant"}, {"desc", "Décroissant"}}, "");
  return fields;
}

HttpResponse ListPage(RequestContext& ctx) {
  if (auto ok = app::AuthorizePersons(ctx.Who(), app::PersonAction::kList); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  auto choices = LoadStructureChoices(ctx, false);
  if (!choices) return ErrorPage(ctx, choices.error());
  auto result = app::SearchBeneficiaries(ctx.services.store, ctx.services.clock, ctx.Who(),
                                         BeneficiarySearchFromPage(query), page);
  if (!result && result.error().kind != ErrorKind::kInvalid) {
    return ErrorPage(ctx, result.error());
  }
  auto errors = result ? nlohmann::json::object() : FieldErrorsJson(result.error());
  // The API's field names are the form's where they differ.
  for (auto [api, form] : {std::pair{"caf_number", "caf"}, std::pair{"birth_date", "naissance"}}) {
    if (errors.contains(api)) errors[form] = errors[api];
  }
  nlohmann::json hidden = nlohmann::json::array();
  for (const char* name : {"structure", "referent"}) {
    if (auto v = TextParam(query, name)) hidden.push_back({{"name", name}, {"value", *v}});
  }
  app::PageOf<app::PersonListItem> empty;
  const auto& found = result ? *result : empty;
  nlohmann::json data{
      {"fields", SearchFields(query, *choices, errors)},
      {"hidden", hidden},
      {"errors_summary", result ? nlohmann::json() : nlohmann::json(result.error().message)},
      {"persons", PersonRowsJson(ctx.Who(), found.items)},
      {"has_persons", !found.items.empty()},
      {"caption", "page " + std::to_string(page.number) + " sur " +
                      std::to_string(found.PageCount())},
      {"total", found.total},
      {"pagination", PaginationJson("/beneficiaires", query, found.total, page)},
      {"export", result ? BeneficiaryExportLinksJson(ctx.Who(), query, found.total)
                        : nlohmann::json()},
      {"can_create", app::AuthorizePersons(ctx.Who(), app::PersonAction::kCreate).has_value()}};
  return ctx.Page("beneficiaries_list", "Bénéficiaires", data, result ? 200 : 422);
}

HttpResponse MinePage(RequestContext& ctx) {
  auto counts = app::GetCaseloadCounts(ctx.services.store, ctx.services.clock, ctx.Who());
  if (!counts) return ErrorPage(ctx, counts.error());
  auto query = ctx.req.QueryParams();
  auto page = PageFromQuery(query);
  app::BeneficiarySearch search;
  search.referent_agent_id = ctx.Who().agent_id;
  search.status = app::ParsePersonStatusFilter(FormValue(query, "statut"));
  auto result = app::SearchBeneficiaries(ctx.services.store, ctx.services.clock, ctx.Who(),
                                         search, page);
  if (!result) return ErrorPage(ctx, result.error());
  const std::string me = "/beneficiaires?referent=" + std::to_string(ctx.Who().agent_id);
  auto link = [&](const char* label, std::int64_t n, const char* status) {
    std::string href = std::string("/mes-beneficiaires") + (*status ? "?statut=" : "") + status;
    return nlohmann::json{{"label", label}, {"count", n}, {"href", href}};
  };
  nlohmann::json cards{link("Suivis en cours", counts->total, "en_cours"),
                       link("Non orientés", counts->non_oriente, "non_oriente"),
                       link("Sans contrat valide", counts->sans_contrat_valide,
                            "sans_contrat_valide"),
                       link("Contrat expirant sous 30 jours", counts->contrat_expirant,
                            "contrat_expirant"),
                       link("Sortis du parcours", counts->sorti, "sorti")};
  nlohmann::json data{
      {"counts", cards},
      {"search_href", me},
      {"persons", PersonRowsJson(ctx.Who(), result->items)},
      {"has_persons", !result->items.empty()},
      {"caption", "page " + std::to_string(page.number) + " sur " +
                      std::to_string(result->PageCount())},
      {"total", result->total},
      {"pagination", PaginationJson("/mes-beneficiaires", query, result->total, page)}};
  return ctx.Page("beneficiaries_mine", "Mes bénéficiaires", data);
}

}  // namespace

app::BeneficiarySearch BeneficiarySearchFromPage(const Params& q) {
  app::BeneficiarySearch s;
  s.name = FormValue(q, "nom");
  s.nir = FormValue(q, "nir");
  s.caf_number = FormValue(q, "caf");
  s.birth_date = FormValue(q, "naissance");
  s.territory_id = IdParam(q, "territoire");
  s.commune_code = TextParam(q, "commune");
  s.structure_id = IdParam(q, "structure");
  s.referent_agent_id = IdParam(q, "referent");
  s.parcours = TextParam(q, "parcours");
  s.status = app::ParsePersonStatusFilter(FormValue(q, "statut"));
  s.sort = app::ParsePersonSort(FormValue(q, "tri")).value_or(app::PersonSort::kName);
  s.descending = FormValue(q, "ordre") == "desc";
  return s;
}

void RegisterBeneficiaryListPages(Router& router) {
  router.Get("/beneficiaires", Access::kPage, ListPage);
  router.Get("/mes-beneficiaires", Access::kPage, MinePage);
}

}  // namespace pacte::web
