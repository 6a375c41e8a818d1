#include "app/worklists/deadline_rule_settings.hpp"

#include "app/audit/record_audit.hpp"
#include "app/ports/worklist_repository.hpp"
#include "domain/common/text.hpp"
#include "domain/deadlines/rule_settings.hpp"

namespace pacte::app {
namespace {

std::vector<RuleSetting> StoredSettings(UnitOfWork& uow) {
  std::vector<RuleSetting> out;
  for (auto& row : uow.Worklists().ListRuleSettings()) out.push_back(std::move(row.setting));
  return out;
}

bool SameStep(const RuleSetting& s, DeadlineRule rule, const std::optional<Date>& from) {
  if (Trim(s.rule) != DeadlineRuleCode(rule)) return false;
  const std::string date = Trim(s.effective_from);
  if (!from) return date.empty();
  return date == FormatIsoDate(*from);
}

RuleSource SourceOf(DeadlineRule rule, const std::optional<Date>& from,
                    const std::vector<RuleSetting>& configured,
                    const std::vector<RuleSetting>& stored) {
  for (const auto& s : stored) {
    if (SameStep(s, rule, from)) return RuleSource::kApplication;
  }
  for (const auto& s : configured) {
    if (SameStep(s, rule, from)) return RuleSource::kConfiguration;
  }
  return RuleSource::kDefault;
}

// "deadline_rules[0].duration" → "duration": the form has one setting.
Error WithFormFields(Error e) {
  for (auto& f : e.fields) {
    if (auto dot = f.field.rfind('.'); dot != std::string::npos) f.field = f.field.substr(dot + 1);
  }
  return e;
}

Result<RuleSetting> CheckInput(const DeadlineRules& effective, const RuleSetting& input) {
  RuleSetting s{Trim(input.rule), Trim(input.duration), Trim(input.effective_from)};
  if (s.effective_from.empty()) {
    Validation v;
    if (!ParseDeadlineRule(s.rule)) v.Add("rule", "Choisissez la règle à modifier.");
    if (s.duration.empty()) v.Add("duration", "Indiquez la nouvelle durée.");
    v.Add("effective_from", "Indiquez la date à partir de laquelle la nouvelle durée s'applique.");
    return Fail(v.ToError("deadline_rules.invalid"));
  }
  auto applied = ApplyRuleSettings(effective, {s});
  if (!applied) return Fail(WithFormFields(applied.error()));
  auto duration = ParseRuleDuration(s.duration);
  s.duration = *duration ? FormatRuleDuration(**duration) : "none";
  return s;
}

}  // namespace

Result<DeadlineRules> EffectiveDeadlineRules(UnitOfWork& uow, const Settings& settings) {
  std::vector<RuleSetting> all = settings.deadline_rules;
  for (auto& s : StoredSettings(uow)) all.push_back(std::move(s));
  return ApplyRuleSettings(DefaultDeadlineRules(), all);
}

std::string_view RuleSourceLabel(RuleSource s) {
  switch (s) {
    case RuleSource::kDefault: return "valeur par défaut";
    case RuleSource::kConfiguration: return "fichier de configuration";
    case RuleSource::kApplication: return "modifiée dans l'application";
  }
  return "";
}

Status AuthorizeDeadlineRules(const Actor& actor) {
  if (actor.Has(Role::kAdmin) || actor.Has(Role::kCoordinateur)) return {};
  return Fail(Error::Forbidden(
      "Seuls les administrateurs et les coordinateurs peuvent consulter et modifier les délais."));
}

Result<std::vector<RuleView>> ListDeadlineRules(Store& store, const Settings& settings,
                                                const Actor& actor) {
  if (auto ok = AuthorizeDeadlineRules(actor); !ok) return Fail(ok.error());
  return Read(store, [&](UnitOfWork& uow) -> Result<std::vector<RuleView>> {
    const auto stored = StoredSettings(uow);
    auto rules = EffectiveDeadlineRules(uow, settings);
    if (!rules) return Fail(rules.error());
    std::vector<RuleView> out;
    for (DeadlineRule rule : AllDeadlineRules()) {
      RuleView view{rule, {}};
      for (const auto& step : rules->Steps(rule)) {
        view.steps.push_back({step.effective_from, step.duration,
                              SourceOf(rule, step.effective_from, settings.deadline_rules,
                                       stored)});
      }
      out.push_back(std::move(view));
    }
    return out;
  });
}

Result<std::int64_t> AddDeadlineRule(Store& store, const Clock& clock, const Settings& settings,
                                     const Actor& actor, const RuleSetting& input) {
  if (auto ok = AuthorizeDeadlineRules(actor); !ok) return Fail(ok.error());
  return Write(store, [&](UnitOfWork& uow) -> Result<std::int64_t> {
    auto rules = EffectiveDeadlineRules(uow, settings);
    if (!rules) return Fail(rules.error());
    auto setting = CheckInput(*rules, input);
    if (!setting) return Fail(setting.error());
    std::optional<std::int64_t> by;
    if (!actor.IsSystem()) by = actor.agent_id;
    auto id = uow.Worklists().InsertRuleSetting(*setting, by, clock.Now());
    if (!id) return Fail(id.error());
    RecordAudit(uow, clock, actor, "deadline_rule.create", "deadline_rule", std::to_string(*id),
                {{"rule", setting->rule},
                 {"duration", setting->duration},
                 {"effective_from", setting->effective_from}});
    return *id;
  });
}

}  // namespace pacte::app
