#include <string>

#include "app/worklists/deadline_rule_settings.hpp"
#include "web/html/forms.hpp"
#include "web/html/worklists/worklist_pages.hpp"
#include "web/server/context.hpp"
#include "web/server/error_mapping.hpp"

namespace pacte::web {
namespace {

constexpr const char* kPath = "/referentiels/echeances";
constexpr const char* kTitle = "Délais des échéances";

nlohmann::json StepJson(const app::RuleStepView& step) {
  return {{"from", step.effective_from ? "à compter du " + FormatFrenchDate(*step.effective_from)
                                       : std::string("depuis toujours")},
          {"from_iso", step.effective_from ? FormatIsoDate(*step.effective_from) : ""},
          {"duration", step.duration ? DescribeRuleDuration(*step.duration)
                                     : std::string("aucun délai")},
          {"source", app::RuleSourceLabel(step.source)}};
}

nlohmann::json RulesJson(const std::vector<app::RuleView>& rules, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : rules) {
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& s : r.steps) steps.push_back(StepJson(s));
    const std::string code(DeadlineRuleCode(r.rule));
    out.push_back({{"code", code},
                   {"label", DeadlineRuleLabel(r.rule)},
                   {"selected", code == selected},
                   {"steps", std::move(steps)}});
  }
  return out;
}

HttpResponse Render(RequestContext& ctx, nlohmann::json data, int status) {
  auto rules = app::ListDeadlineRules(ctx.services.store, ctx.services.settings, ctx.Who());
  if (!rules) return ErrorPage(ctx, rules.error());
  const std::string selected = data["form"].value("rule", std::string());
  data["rules"] = RulesJson(*rules, selected);
  return ctx.Page("worklists_rules", kTitle, std::move(data), status);
}

HttpResponse ShowRules(RequestContext& ctx) {
  const auto query = ctx.req.QueryParams();
  nlohmann::json data{{"saved", First(query, "ajout").value_or("") == "ok"},
                      {"form", {{"rule", ""}, {"duration", ""}, {"effective_from", ""}}}};
  return Render(ctx, std::move(data), 200);
}

HttpResponse AddRule(RequestContext& ctx) {
  if (auto ok = app::AuthorizeDeadlineRules(ctx.Who()); !ok) return ErrorPage(ctx, ok.error());
  const auto form = ctx.req.Form();
  RuleSetting input{First(form, "rule").value_or(""), First(form, "duration").value_or(""),
                    First(form, "effective_from").value_or("")};
  auto added = app::AddDeadlineRule(ctx.services.store, ctx.services.clock,
                                    ctx.services.settings, ctx.Who(), input);
  if (added) return HttpResponse::Redirect(std::string(kPath) + "?ajout=ok");
  const Error& e = added.error();
  if (e.kind != ErrorKind::kInvalid && e.kind != ErrorKind::kConflict) return ErrorPage(ctx, e);
  nlohmann::json data{{"errors", FieldErrorsJson(e)},
                      {"form",
                       {{"rule", input.rule},
                        {"duration", input.duration},
                        {"effective_from", input.effective_from}}}};
  return Render(ctx, std::move(data), HttpStatusOf(e.kind));
}

}  // namespace

void RegisterDeadlineRulePages(Router& router) {
  router.Get(kPath, Access::kPage, ShowRules);
  router.Post(kPath, Access::kPage, AddRule);
}

}  // namespace pacte::web
