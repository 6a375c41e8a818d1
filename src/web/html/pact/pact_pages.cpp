#include "web/html/pact/pact_pages.hpp"

#include <algorithm>
#include <cmath>

#include "app/pact/pact_reading.hpp"
#include "app/pact/pilot_updates.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/api/v1/pact_api.hpp"
#include "web/html/beneficiary_export/table_download.hpp"
#include "web/html/forms.hpp"
#include "web/html/organisations/organisation_views.hpp"
#include "web/html/pact/pact_manage_pages.hpp"
#include "web/html/pact/pact_views.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

bool IsFormError(const Error& e) {
  return e.kind == ErrorKind::kInvalid || e.kind == ErrorKind::kConflict ||
         e.kind == ErrorKind::kStale;
}

int FormStatus(const Error& e) { return e.kind == ErrorKind::kInvalid ? 422 : 409; }

// A refused form of one block of a page: which block, its errors and typed values.
struct FormState {
  std::string block;  // "mesure-<indicator id>", "commentaire", "engagement", "engagement-<id>"
  nlohmann::json errors = nlohmann::json::object();
  int status = 200;
};

FormState Refused(std::string block, const Error& e, const Params& form) {
  FormState s;
  s.block = std::move(block);
  s.errors = FieldErrorsJson(e);
  for (const auto& name : {"value", "comment", "source", "body", "text"}) {
    s.errors[std::string("_") + name] = First(form, name).value_or("");
  }
  auto year = FormDouble(First(form, "year"));
  if (year && std::isfinite(*year)) s.errors["_year"] = static_cast<int>(*year);
  s.status = FormStatus(e);
  return s;
}

std::optional<std::int64_t> OptId(const Params& form, const char* name) {
  auto text = First(form, name);
  if (!text || text->empty()) return std::nullopt;
  auto id = ParseVersion(*text);
  if (id <= 0) return std::int64_t{0};
  return id;
}

nlohmann::json CommentsJson(const std::vector<app::CommentRecord>& comments) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : comments) {
    out.push_back({{"author", c.author_name.empty() ? "Système" : c.author_name},
                   {"institution", c.institution_name},
                   {"at", FormatFrenchTimestamp(c.at)},
                   {"body", c.body}});
  }
  return out;
}

nlohmann::json HistoryJson(const app::ObjectiveDetail& d) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : d.objective->indicators) {
    auto it = d.history.find(i.record.id);
    if (it == d.history.end() || it->second.empty()) continue;
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& m : it->second) {
      rows.push_back({{"year", m.year},
                      {"value", PactNumber(m.value)},
                      {"by", m.entered_by_name.empty() ? "Système" : m.entered_by_name},
                      {"at", FormatFrenchTimestamp(m.recorded_at)},
                      {"superseded", m.superseded_at.has_value()},
                      {"source", m.source},
                      {"comment", m.comment}});
    }
    out.push_back({{"name", i.record.fields.name}, {"rows", rows}});
  }
  return out;
}

void ApplyMeasureErrors(nlohmann::json& objective, const app::ObjectiveView& o,
                        const app::PactView& pact, const FormState& state,
                        const std::string& back) {
  for (std::size_t k = 0; k < o.indicators.size(); ++k) {
    const auto& i = o.indicators[k];
    if (state.block == "mesure-" + std::to_string(i.record.id)) {
      objective["indicators"][k] = IndicatorJson(i, pact, o.can_update, state.errors, back);
    }
  }
}

HttpResponse ObjectivePage(RequestContext& ctx, std::int64_t id, const FormState& state) {
  auto d = app::GetObjectiveDetail(ctx.services.store, ctx.services.clock, ctx.Who(),
                                   ctx.services.indicators, id);
  if (!d) return ErrorPage(ctx, d.error());
  const auto& detail = **d;
  auto objective = ObjectiveJson(*detail.objective, detail.pact, "objectif");
  ApplyMeasureErrors(objective, *detail.objective, detail.pact, state, "objectif");
  const auto q = ctx.req.QueryParams();
  nlohmann::json e = state.errors;
  nlohmann::json data{
      {"pact", {{"name", detail.pact.pact.fields.name}}},
      {"orientation", detail.orientation->record.label},
      {"objective", objective},
      {"comments", CommentsJson(detail.comments)},
      {"has_comments", !detail.comments.empty()},
      {"history", HistoryJson(detail)},
      {"has_history", !HistoryJson(detail).empty()},
      {"can_comment", detail.can_comment},
      {"saved", First(q, "enregistre").has_value() && state.block.empty()},
      {"comment_form",
       {{"shown", true},
        {"body", state.block == "commentaire" ? e.value("_body", "") : ""},
        {"error", state.block == "commentaire" ? e.value("body", "") : ""}}},
      {"commitment_form",
       {{"shown", true},
        {"text", state.block == "engagement" ? e.value("_text", "") : ""},
        {"error", state.block == "engagement" ? e.value("text", "") : ""},
        {"summary", state.block == "engagement" ? e.value("_summary", "") : ""}}}};
  if (state.block.rfind("engagement-", 0) == 0) {
    data["commitment_error"] = e.value("_summary", "");
  }
  return ctx.Page("pact_objective", detail.objective->record.title, DropEmpty(data), state.status);
}

HttpResponse Overview(RequestContext& ctx) {
  auto view = app::GetPact(ctx.services.store, ctx.services.clock, ctx.Who(),
                           ctx.services.indicators);
  if (!view) return ErrorPage(ctx, view.error());
  auto data = PactJson(*view);
  data["saved"] = First(ctx.req.QueryParams(), "enregistre").has_value();
  data["report_href"] =
      "/pilotage/pacte/rapport?annee=" +
      std::to_string(std::min(view->pact.fields.period.end,
                              std::max(view->pact.fields.period.start, view->current_year - 1)));
  return ctx.Page("pact_overview", view->pact.fields.name, DropEmpty(data));
}

HttpResponse Objective(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("pact.objective_not_found", "Objectif introuvable."));
  return ObjectivePage(ctx, *id, {});
}

HttpResponse MinePage(RequestContext& ctx, const FormState& state);

std::string BackTarget(const Params& form, std::int64_t objective_id) {
  if (First(form, "retour").value_or("") == "engagements") return "/pilotage/pacte/mes-engagements";
  if (First(form, "retour").value_or("") == "pacte") return "/pilotage/pacte";
  return ObjectiveHref(objective_id);
}

HttpResponse Measure(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("pact.indicator_not_found", "Indicateur introuvable."));
  if (auto ok = app::AuthorizeIndicatorUpdate(ctx.services.store, ctx.Who(), *id); !ok) {
    return ErrorPage(ctx, ok.error());
  }
  const auto form = ctx.req.Form();
  app::MeasurementInput in;
  auto year = FormDouble(First(form, "year"));
  in.year = year && std::isfinite(*year) ? static_cast<int>(*year) : 0;
  auto value = FormDouble(First(form, "value"));
  in.value = value ? *value : std::nan("");
  in.comment = First(form, "comment").value_or("");
  in.source = First(form, "source").value_or("");
  auto saved = app::RecordMeasurement(ctx.services.store, ctx.services.clock, ctx.Who(), *id, in);
  auto objective_id = app::Read(ctx.services.store, [&](app::UnitOfWork& uow) {
    auto i = uow.Pact().FindIndicator(*id);
    return i ? i->objective_id : std::int64_t{0};
  });
  const std::string back = BackTarget(form, objective_id);
  if (saved) return HttpResponse::Redirect(back + "?enregistre=1#indicateur-" + std::to_string(*id));
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  auto state = Refused("mesure-" + std::to_string(*id), saved.error(), form);
  if (back == "/pilotage/pacte/mes-engagements") return MinePage(ctx, state);
  return ObjectivePage(ctx, objective_id, state);
}

HttpResponse Comment(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("pact.objective_not_found", "Objectif introuvable."));
  const auto form = ctx.req.Form();
  auto saved = app::AddObjectiveComment(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                        First(form, "body").value_or(""));
  if (saved) return HttpResponse::Redirect(ObjectiveHref(*id) + "#echanges");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  return ObjectivePage(ctx, *id, Refused("commentaire", saved.error(), form));
}

HttpResponse AddCommitment(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("pact.objective_not_found", "Objectif introuvable."));
  const auto form = ctx.req.Form();
  app::CommitmentInput in;
  in.objective_id = *id;
  in.institution_id = OptId(form, "institution_id");
  in.text = First(form, "text").value_or("");
  in.action_id = OptId(form, "action_id");
  auto saved = app::AddCommitment(ctx.services.store, ctx.services.clock, ctx.Who(), in);
  if (saved) return HttpResponse::Redirect(ObjectiveHref(*id) + "?enregistre=1#engagements");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  return ObjectivePage(ctx, *id, Refused("engagement", saved.error(), form));
}

HttpResponse EditCommitment(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, Error::NotFound("pact.commitment_not_found", "Engagement introuvable."));
  const auto form = ctx.req.Form();
  auto saved = app::UpdateCommitment(ctx.services.store, ctx.services.clock, ctx.Who(), *id,
                                     ParseVersion(First(form, "version").value_or("")),
                                     First(form, "text").value_or(""));
  auto objective_id = app::Read(ctx.services.store, [&](app::UnitOfWork& uow) {
    auto c = uow.Pact().FindCommitment(*id);
    return c && c->objective_id ? *c->objective_id : std::int64_t{0};
  });
  const std::string back = BackTarget(form, objective_id);
  if (saved) return HttpResponse::Redirect(back + "?enregistre=1");
  if (!IsFormError(saved.error())) return ErrorPage(ctx, saved.error());
  auto state = Refused("engagement-" + std::to_string(*id), saved.error(), form);
  if (back == "/pilotage/pacte/mes-engagements" || objective_id == 0) return MinePage(ctx, state);
  return ObjectivePage(ctx, objective_id, state);
}

HttpResponse MinePage(RequestContext& ctx, const FormState& state) {
  auto mine = app::GetMyCommitments(ctx.services.store, ctx.services.clock, ctx.Who(),
                                    ctx.services.indicators);
  if (!mine) return ErrorPage(ctx, mine.error());
  nlohmann::json objectives = nlohmann::json::array();
  for (const auto& o : mine->pact.orientations) {
    for (const auto& obj : o.objectives) {
      auto j = ObjectiveJson(obj, mine->pact, "engagements");
      ApplyMeasureErrors(j, obj, mine->pact, state, "engagements");
      j["orientation"] = o.record.label;
      objectives.push_back(std::move(j));
    }
  }
  nlohmann::json commitments = nlohmann::json::array();
  for (const auto& c : mine->commitments) {
    commitments.push_back({{"id", c.id},
                           {"text", c.text},
                           {"version", c.version},
                           {"action", c.action_name},
                           {"objective_href", c.objective_id ? ObjectiveHref(*c.objective_id) : ""}});
  }
  nlohmann::json data{{"institution", mine->institution_name},
                      {"pact_name", mine->pact.pact.fields.name},
                      {"signatory", mine->signatory},
                      {"objectives", objectives},
                      {"has_objectives", !objectives.empty()},
                      {"commitments", commitments},
                      {"has_commitments", !commitments.empty()},
                      {"saved", First(ctx.req.QueryParams(), "enregistre").has_value() &&
                                    state.block.empty()},
                      {"page_error", state.block.rfind("engagement-", 0) == 0
                                         ? state.errors.value("_summary", "")
                                         : ""}};
  return ctx.Page("pact_mine", "Mes engagements", DropEmpty(data), state.status);
}

HttpResponse Mine(RequestContext& ctx) { return MinePage(ctx, {}); }

nlohmann::json ReportJson(const app::ProgressReport& r) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : r.rows) {
    const std::string unit = row.indicator->record.fields.unit;
    rows.push_back({{"orientation", row.orientation},
                    {"objective", row.objective},
                    {"pilots", row.pilots},
                    {"indicator", row.indicator->record.fields.name},
                    {"unit", unit},
                    {"baseline", PactNumber(row.baseline)},
                    {"target", PactNumber(row.target)},
                    {"expected", PactNumber(row.expected)},
                    {"value", PactNumber(row.value)},
                    {"status", {{"code", IndicatorStatusCode(row.status)},
                                {"label", IndicatorStatusLabel(row.status)}}},
                    {"note", row.note}});
  }
  nlohmann::json counts = nlohmann::json::array();
  for (const auto& [status, n] : r.by_status) {
    counts.push_back({{"label", IndicatorStatusLabel(status)}, {"count", n}});
  }
  nlohmann::json years = nlohmann::json::array();
  for (int y = r.pact.pact.fields.period.start; y <= r.pact.pact.fields.period.end; ++y) {
    years.push_back({{"value", y}, {"selected", y == r.year}});
  }
  return {{"pact_name", r.pact.pact.fields.name},
          {"year", r.year},
          {"years", years},
          {"rows", rows},
          {"counts", counts},
          {"xlsx_href", "/pilotage/pacte/rapport?annee=" + std::to_string(r.year) + "&format=xlsx"},
          {"csv_href", "/pilotage/pacte/rapport?annee=" + std::to_string(r.year) + "&format=csv"}};
}

HttpResponse Report(RequestContext& ctx) {
  const auto q = ctx.req.QueryParams();
  auto view_year = [&]() -> int {
    auto text = First(q, "annee");
    if (!text || text->empty()) return -1;
    auto y = ParseVersion(*text);
    return y > 0 && y < 10000 ? static_cast<int>(y) : 0;
  }();
  if (view_year < 0) {
    auto view = app::GetPact(ctx.services.store, ctx.services.clock, ctx.Who(), nullptr);
    if (!view) return ErrorPage(ctx, view.error());
    view_year = std::min(view->pact.fields.period.end, view->current_year);
  }
  auto format_text = First(q, "format");
  auto format = format_text ? ParseTableFormat(format_text) : std::nullopt;
  if (format_text && !format) return ErrorPage(ctx, UnknownTableFormat());
  auto report = app::GetProgressReport(ctx.services.store, ctx.services.clock, ctx.Who(),
                                       ctx.services.indicators, view_year);
  if (!report) return ErrorPage(ctx, report.error());
  if (format) {
    auto file = TableDownload(ctx, *format, app::ProgressReportTable(**report),
                              "rapport-pacte-" + std::to_string(view_year));
    if (!file) return ErrorPage(ctx, file.error());
    return *file;
  }
  return ctx.Page("pact_report", "Rapport d'avancement " + std::to_string(view_year),
                  DropEmpty(ReportJson(**report)));
}

}  // namespace

void RegisterPactPages(Router& router) {
  router.Get("/pilotage/pacte", Access::kPage, Overview);
  router.Get("/pilotage/pacte/objectifs/{id}", Access::kPage, Objective);
  router.Post("/pilotage/pacte/objectifs/{id}/commentaires", Access::kPage, Comment);
  router.Post("/pilotage/pacte/objectifs/{id}/engagements", Access::kPage, AddCommitment);
  router.Post("/pilotage/pacte/engagements/{id}", Access::kPage, EditCommitment);
  router.Post("/pilotage/pacte/indicateurs/{id}/mesures", Access::kPage, Measure);
  router.Get("/pilotage/pacte/mes-engagements", Access::kPage, Mine);
  router.Get("/pilotage/pacte/rapport", Access::kPage, Report);
}

void RegisterPactRoutes(Router& router) {
  RegisterPactPages(router);
  RegisterPactManagePages(router);
  RegisterPactApi(router);
}

}  // namespace pacte::web
