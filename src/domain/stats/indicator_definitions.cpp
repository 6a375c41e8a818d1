#include "domain/stats/indicator_definitions.hpp"

#include "domain/offer/objective.hpp"
#include "domain/stats/funnel.hpp"

namespace pacte::stats {
namespace {

IndicatorFigure Share(long long num, long long den, const char* empty_note) {
  IndicatorFigure f;
  f.population = den;
  if (den == 0) {
    f.note = empty_note;
  } else {
    f.value = 100.0 * static_cast<double>(num) / static_cast<double>(den);
  }
  return f;
}

IndicatorFigure Count(long long n) {
  IndicatorFigure f;
  f.value = static_cast<double>(n);
  f.population = n;
  return f;
}

IndicatorFigure Delay(const std::optional<double>& v, long long count) {
  IndicatorFigure f;
  f.population = count;
  f.value = v;
  if (!v) f.note = "non calculable : aucune personne orientée dans l'année";
  return f;
}

}  // namespace

const std::vector<std::string>& PersonIndicatorCodes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> c{"dd_orientes_part", "delai_orientation_moyen",
                               "delai_orientation_median", "contrat_valide_part",
                               "referent_part"};
    for (Objective o : AllObjectives()) {
      c.push_back("entrees_actions_" + std::string(ObjectiveCode(o)));
    }
    c.push_back("sorties_emploi");
    return c;
  }();
  return codes;
}

IndicatorAccumulator::IndicatorAccumulator(Date as_of) : as_of_(as_of) {
  const std::chrono::year_month_day ymd{as_of};
  year_start_ = Date{ymd.year() / std::chrono::January / 1};
}

void IndicatorAccumulator::Add(const PersonFacts& p) {
  if (InDdPopulation(p, as_of_)) {
    ++dd_;
    if (OrientationAt(p, as_of_)) {
      ++dd_oriented_;
      if (ValidContractAt(p, as_of_)) ++with_contract_;
      if (ReferentAt(p, as_of_)) ++with_referent_;
    }
  }
  if (auto entry = LatestDdEntry(p, as_of_)) {
    const auto* o = FirstOrientationBetween(p, *entry, as_of_);
    if (o && o->decided_on >= year_start_) {
      orientation_delays_.Add(DaysBetween(*entry, o->decided_on));
    }
  }
  for (const auto& rx : p.prescriptions) {
    if (rx.entered_on && *rx.entered_on >= year_start_ && *rx.entered_on <= as_of_) {
      ++entries_[rx.objective];
    }
  }
  for (const auto& e : p.exits) {
    if (e.exited_on >= year_start_ && e.exited_on <= as_of_ && IsExitToEmployment(e.reason)) {
      ++exits_to_employment_;
      break;
    }
  }
}

std::map<std::string, IndicatorFigure> IndicatorAccumulator::Finish() const {
  std::map<std::string, IndicatorFigure> out;
  out["dd_orientes_part"] =
      Share(dd_oriented_, dd_, "non calculable : aucune personne soumise aux droits et devoirs");
  const auto delays = orientation_delays_.Summary();
  out["delai_orientation_moyen"] = Delay(delays.mean, delays.count);
  out["delai_orientation_median"] = Delay(delays.median, delays.count);
  const char* no_oriented =
      "non calculable : aucune personne orientée parmi les personnes soumises aux droits et "
      "devoirs";
  out["contrat_valide_part"] = Share(with_contract_, dd_oriented_, no_oriented);
  out["referent_part"] = Share(with_referent_, dd_oriented_, no_oriented);
  for (Objective o : AllObjectives()) {
    const std::string code(ObjectiveCode(o));
    auto it = entries_.find(code);
    out["entrees_actions_" + code] = Count(it == entries_.end() ? 0 : it->second);
  }
  out["sorties_emploi"] = Count(exits_to_employment_);
  return out;
}

}  // namespace pacte::stats
