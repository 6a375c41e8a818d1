#include "app/stats/indicator_library.hpp"

#include "app/offer_figures/offer_figures.hpp"
#include "app/ports/offer_figures_repository.hpp"
#include "app/ports/stats_facts_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/offer/objective.hpp"
#include "domain/stats/indicator_definitions.hpp"

namespace pacte::app {
namespace {

std::vector<IndicatorDefinitionInfo> BuildDefinitions() {
  std::vector<IndicatorDefinitionInfo> d{
      {"dd_orientes_part", "Part des personnes soumises aux droits et devoirs orientées", "%",
       true,
       "Personnes soumises aux droits et devoirs à la date ayant une orientation en vigueur, "
       "rapportées à l'ensemble des personnes soumises aux droits et devoirs."},
      {"delai_orientation_moyen", "Délai moyen d'orientation", "jours", false,
       "Moyenne des jours entre la dernière entrée dans les droits et devoirs et la première "
       "orientation qui la suit, pour les personnes orientées dans l'année."},
      {"delai_orientation_median", "Délai médian d'orientation", "jours", false,
       "Médiane des jours entre la dernière entrée dans les droits et devoirs et la première "
       "orientation qui la suit, pour les personnes orientées dans l'année."},
      {"contrat_valide_part", "Part des personnes orientées ayant un contrat valide", "%", true,
       "Personnes soumises aux droits et devoirs et orientées à la date ayant un contrat "
       "(CER ou PPAE) en vigueur, rapportées aux personnes orientées."},
      {"referent_part", "Part des personnes orientées ayant un référent", "%", true,
       "Personnes soumises aux droits et devoirs et orientées à la date ayant un référent "
       "désigné, rapportées aux personnes orientées."},
  };
  for (Objective o : AllObjectives()) {
    d.push_back({"entrees_actions_" + std::string(ObjectiveCode(o)),
                 "Entrées en action : " + std::string(ObjectiveLabel(o)), "entrées", true,
                 "Entrées dans des actions de l'objectif « " + std::string(ObjectiveLabel(o)) +
                     " » au cours de l'année (une par prescription)."});
  }
  d.push_back({"sorties_emploi", "Sorties vers l'emploi", "personnes", true,
               "Personnes sorties du parcours vers l'emploi (durable, temporaire ou création "
               "d'activité) au cours de l'année."});
  d.push_back({"places_offertes", "Places offertes", "places", true,
               "Places des sessions non annulées commençant dans l'année (capacité de l'action "
               "sans session)."});
  d.push_back({"taux_remplissage", "Taux de remplissage des actions", "%", true,
               "Places occupées (prescriptions acceptées ou entrées) rapportées aux places "
               "offertes dans l'année."});
  return d;
}

void AddOfferFigures(UnitOfWork& uow, Date as_of, ComputedValues& out) {
  const int year = static_cast<int>(std::chrono::year_month_day{as_of}.year());
  OfferFigures figures;
  figures.actions = uow.OfferFigures().ActionFills(OfferFiguresFilter{std::nullopt, year});
  GroupFills(figures);
  const auto& total = figures.total;
  out["places_offertes"] = ComputedValue{static_cast<double>(total.places), total.places, ""};
  ComputedValue rate;
  rate.population = total.places;
  if (total.places == 0) {
    rate.note = "non calculable : aucune place offerte dans l'année";
  } else {
    rate.value = 100.0 * static_cast<double>(total.used) / static_cast<double>(total.places);
  }
  out["taux_remplissage"] = rate;
}

}  // namespace

IndicatorLibrary::IndicatorLibrary(Store& store, Clock& clock, const Settings& settings)
    : store_(store), clock_(clock), settings_(settings) {}

const std::vector<IndicatorDefinitionInfo>& IndicatorLibrary::Definitions() const {
  static const std::vector<IndicatorDefinitionInfo> definitions = BuildDefinitions();
  return definitions;
}

ComputedValues IndicatorLibrary::Compute(Date as_of) {
  return Read(store_, [&](UnitOfWork& uow) {
    stats::IndicatorAccumulator acc(as_of);
    FactsQuery query;
    query.as_of = as_of;
    query.known_at = EndOfDay(as_of);
    uow.StatsFacts().ForEachPerson(query, [&](const stats::PersonFacts& p) { acc.Add(p); });
    ComputedValues out;
    for (auto& [code, f] : acc.Finish()) {
      out[code] = ComputedValue{f.value, f.population, f.note};
    }
    AddOfferFigures(uow, as_of, out);
    return out;
  });
}

void IndicatorLibrary::Prewarm(int years) {
  const Timestamp now = clock_.Now();
  const Date today = DateOf(now);
  const auto life = CacheLifetime(today, now, settings_.stats_cache_seconds);
  ComputedValues values = Compute(today);
  if (life.count() > 0) cache_.Put(today, std::move(values), now + life);
  const auto year = std::chrono::year_month_day{today}.year();
  for (int k = 1; k <= years; ++k) {
    const Date end{(year - std::chrono::years{k}) / std::chrono::December / 31};
    (void)ValuesAt(end);
  }
}

Result<ComputedValues> IndicatorLibrary::ValuesAt(Date as_of) {
  const Timestamp now = clock_.Now();
  if (auto cached = cache_.Find(as_of, now)) return *cached;
  ComputedValues values = Compute(as_of);
  const auto life = CacheLifetime(as_of, now, settings_.stats_cache_seconds);
  if (life.count() > 0) cache_.Put(as_of, values, now + life);
  return values;
}

}  // namespace pacte::app
