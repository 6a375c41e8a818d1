#include "app/exits/exits.hpp"
#include "app/notes/notes.hpp"
#include "web/api/v1/api_common.hpp"
#include "web/html/appointments/appointment_pages.hpp"
#include "web/html/appointments/appointment_views.hpp"
#include "web/html/forms.hpp"
#include "web/html/parcours/person_tabs.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

std::string PersonPath(std::int64_t id, const char* tail) {
  return "/beneficiaires/" + std::to_string(id) + tail;
}

nlohmann::json ErrorsOf(const Error* e) {
  return e && e->kind == ErrorKind::kInvalid ? FieldErrorsJson(*e) : nlohmann::json::object();
}

nlohmann::json AlertOf(const Error* e) {
  return e && e->kind != ErrorKind::kInvalid ? nlohmann::json(e->message) : nlohmann::json();
}

HttpResponse NotesPage(RequestContext& ctx, std::int64_t id, const NoteDraft& draft,
                       const Error* error, int status) {
  auto notes = app::ListNotes(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!notes) return ErrorPage(ctx, notes.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& n : notes->notes) {
    rows.push_back({{"when", FormatFrenchTimestamp(n.created_at)},
                    {"author", n.author_name.empty() ? "Système" : n.author_name},
                    {"visibility", NoteVisibilityLabel(n.record.visibility)},
                    {"body", n.record.body}});
  }
  std::vector<std::pair<std::string, std::string>> choices;
  for (auto v : AllNoteVisibilities()) choices.emplace_back(NoteVisibilityCode(v), NoteVisibilityLabel(v));
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), id, notes->person.display_name, "notes")},
      {"person_name", notes->person.display_name},
      {"notes", rows},
      {"has_notes", !rows.empty()},
      {"can_write", notes->can_write},
      {"action", PersonPath(id, "/notes")},
      {"body", draft.body},
      {"visibility_options", Options(choices, draft.visibility.empty() ? "referent" : draft.visibility)},
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"errors", ErrorsOf(error)},
      {"alert", AlertOf(error)}};
  return ctx.Page("notes_person", "Notes sur " + notes->person.display_name, data, status);
}

HttpResponse ShowNotes(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  return NotesPage(ctx, *id, {}, nullptr, 200);
}

HttpResponse AddNote(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  auto form = ctx.req.Form();
  NoteDraft draft{FormText(form, "body"), FormText(form, "visibility")};
  auto added = app::AddNote(ctx.services.store, ctx.services.clock, ctx.Who(), *id, draft);
  if (added) return HttpResponse::Redirect(PersonPath(*id, "/notes?enregistre=1"));
  if (added.error().kind != ErrorKind::kInvalid) return ErrorPage(ctx, added.error());
  return NotesPage(ctx, *id, draft, &added.error(), 422);
}

struct ExitForms {
  app::ExitRequest exit;
  ReviewDraft review;
  const Error* exit_error = nullptr;
  const Error* review_error = nullptr;
};

HttpResponse ExitPage(RequestContext& ctx, std::int64_t id, const ExitForms& forms, int status) {
  auto context = app::GetExitContext(ctx.services.store, ctx.services.clock, ctx.Who(), id);
  if (!context) return ErrorPage(ctx, context.error());
  const auto& p = context->person;
  std::vector<std::pair<std::string, std::string>> reasons{{"", "Choisir un motif"}};
  for (auto r : AllExitReasons()) reasons.emplace_back(ExitReasonCode(r), ExitReasonLabel(r));
  std::vector<std::pair<std::string, std::string>> kinds;
  for (auto k : AllReviewKinds()) kinds.emplace_back(ReviewKindCode(k), ReviewKindLabel(k));
  nlohmann::json exits = nlohmann::json::array(), reviews = nlohmann::json::array();
  for (const auto& e : context->exits) {
    exits.push_back({{"date", FormatFrenchDate(e.record.exited_on)},
                     {"reason", ExitReasonLabel(e.record.reason)},
                     {"comment", e.record.comment.value_or("")}});
  }
  for (const auto& r : context->reviews) {
    reviews.push_back({{"date", FormatFrenchDate(r.record.fields.reviewed_on)},
                       {"kind", ReviewKindLabel(r.record.fields.kind)},
                       {"outcome", r.record.fields.outcome.value_or("")}});
  }
  const std::string today = FormatIsoDate(DateOf(ctx.services.clock.Now()));
  nlohmann::json data{
      {"person_tabs", PersonTabsJson(ctx.Who(), id, p.display_name, "")},
      {"person_name", p.display_name},
      {"exited", p.exited_on.has_value()},
      {"exited_on", p.exited_on ? FormatFrenchDate(*p.exited_on) : ""},
      {"exit_reason", p.exit_reason ? std::string(ExitReasonLabel(ParseExitReason(*p.exit_reason).value_or(ExitReason::kAutre))) : ""},
      {"dd_since", p.dd_since ? FormatFrenchDate(*p.dd_since) : ""},
      {"can_edit", context->can_edit},
      {"exit_action", PersonPath(id, "/sortie")},
      {"review_action", PersonPath(id, "/revues")},
      {"exited_on_value", forms.exit.draft.exited_on.empty() ? today : forms.exit.draft.exited_on},
      {"reason_options", Options(reasons, forms.exit.draft.reason)},
      {"comment", forms.exit.comment},
      {"reviewed_on_value", forms.review.reviewed_on.empty() ? today : forms.review.reviewed_on},
      {"kind_options", Options(kinds, forms.review.kind)},
      {"outcome", forms.review.outcome},
      {"exits", exits},
      {"has_exits", !exits.empty()},
      {"reviews", reviews},
      {"has_reviews", !reviews.empty()},
      {"saved", status == 200 && First(ctx.req.QueryParams(), "enregistre").has_value()},
      {"cancelled", FormText(ctx.req.QueryParams(), "annules")},
      {"errors", ErrorsOf(forms.exit_error)},
      {"review_errors", ErrorsOf(forms.review_error)},
      {"alert", forms.exit_error ? AlertOf(forms.exit_error) : AlertOf(forms.review_error)}};
  return ctx.Page("exits_person", "Sortie du dispositif : " + p.display_name, data, status);
}

HttpResponse ShowExit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  return ExitPage(ctx, *id, {}, 200);
}

HttpResponse RecordExit(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  auto form = ctx.req.Form();
  ExitForms forms;
  forms.exit.draft = {FormText(form, "exited_on"), FormText(form, "reason")};
  forms.exit.comment = FormText(form, "comment");
  auto done = app::RecordExit(ctx.services.store, ctx.services.clock, ctx.Who(), *id, forms.exit);
  if (done) {
    return HttpResponse::Redirect(PersonPath(*id, "/sortie?enregistre=1&annules=") +
                                  std::to_string(done->cancelled_appointments.size()));
  }
  const Error& e = done.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict) return ErrorPage(ctx, e);
  forms.exit_error = &e;
  return ExitPage(ctx, *id, forms, e.kind == ErrorKind::kInvalid ? 422 : 409);
}

HttpResponse RecordReview(RequestContext& ctx) {
  auto id = PathId(ctx);
  if (!id) return ErrorPage(ctx, app::PersonNotFound());
  auto form = ctx.req.Form();
  ExitForms forms;
  forms.review = {FormText(form, "reviewed_on"), FormText(form, "kind"), FormText(form, "outcome")};
  auto done = app::RecordReview(ctx.services.store, ctx.services.clock, ctx.Who(), *id, forms.review);
  if (done) return HttpResponse::Redirect(PersonPath(*id, "/sortie?enregistre=1"));
  const Error& e = done.error();
  if (e.kind != ErrorKind::kInvalid) return ErrorPage(ctx, e);
  forms.review_error = &e;
  return ExitPage(ctx, *id, forms, 422);
}

}  // namespace

void RegisterNotePages(Router& router) {
  router.Get("/beneficiaires/{id}/notes", Access::kPage, ShowNotes);
  router.Post("/beneficiaires/{id}/notes", Access::kPage, AddNote);
}

void RegisterExitPages(Router& router) {
  router.Get("/beneficiaires/{id}/sortie", Access::kPage, ShowExit);
  router.Post("/beneficiaires/{id}/sortie", Access::kPage, RecordExit);
  router.Post("/beneficiaires/{id}/revues", Access::kPage, RecordReview);
}

}  // namespace pacte::web
