#include "domain/deadlines/rule_settings.hpp"

#include <string>
#include <utility>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

std::string Field(std::size_t i, std::string_view leaf) {
  return "deadline_rules[" + std::to_string(i) + "]." + std::string(leaf);
}

std::string KnownRules() {
  std::string list;
  for (DeadlineRule r : AllDeadlineRules()) {
    if (!list.empty()) list += ", ";
    list += DeadlineRuleCode(r);
  }
  return list;
}

// Reads one setting; adds its faults to `errors`. Returns whether it can be applied.
bool ReadSetting(const RuleSetting& s, std::size_t i, Validation& errors, DeadlineRule& rule,
                 std::optional<Date>& from, std::optional<RuleDuration>& duration) {
  bool ok = true;
  std::string code = Trim(s.rule);
  if (auto r = ParseDeadlineRule(code)) {
    rule = *r;
  } else {
    errors.Add(Field(i, "rule"), "Règle de délai inconnue « " + code +
                                     " » : règles possibles : " + KnownRules() + ".");
    ok = false;
  }
  if (auto d = ParseRuleDuration(s.duration)) {
    duration = *d;
  } else {
    errors.Add(Field(i, "duration"), d.error().message);
    ok = false;
  }
  std::string date_text = Trim(s.effective_from);
  from = std::nullopt;
  if (!date_text.empty()) {
    from = ParseIsoDate(date_text);
    if (!from) {
      errors.Add(Field(i, "effective_from"),
                 "Date d'effet invalide « " + date_text + " » (format attendu AAAA-MM-JJ).");
      ok = false;
    }
  }
  return ok;
}

}  // namespace

Result<DeadlineRules> ApplyRuleSettings(DeadlineRules base,
                                        const std::vector<RuleSetting>& settings) {
  Validation errors;
  for (std::size_t i = 0; i < settings.size(); ++i) {
    DeadlineRule rule = DeadlineRule::kOrientationDelay;
    std::optional<Date> from;
    std::optional<RuleDuration> duration;
    if (ReadSetting(settings[i], i, errors, rule, from, duration)) {
      base.Set(rule, from, duration);
    }
  }
  if (errors.Ok()) return base;
  Error error = errors.ToError("deadline_rules.invalid");
  if (error.fields.size() > 1) {
    error.message =
        "La configuration des délais contient " + std::to_string(error.fields.size()) + " erreurs.";
  }
  return Fail(std::move(error));
}

std::vector<RuleSetting> ToRuleSettings(const DeadlineRules& rules) {
  std::vector<RuleSetting> out;
  for (DeadlineRule rule : AllDeadlineRules()) {
    for (const auto& step : rules.Steps(rule)) {
      out.push_back({std::string(DeadlineRuleCode(rule)),
                     step.duration ? FormatRuleDuration(*step.duration) : "none",
                     step.effective_from ? FormatIsoDate(*step.effective_from) : ""});
    }
  }
  return out;
}

}  // namespace pacte
