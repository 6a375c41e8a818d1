#include "app/offer_figures/offer_figures.hpp"

#include <array>
#include <map>
#include <utility>

#include "app/policies/offer_policy.hpp"
#include "domain/common/time.hpp"
#include "domain/offer/objective.hpp"

namespace pacte::app {
namespace {

constexpr std::array<std::pair<const char*, const char*>, 6> kStatuses{{
    {"en_attente", "En attente"},
    {"acceptee", "Acceptée"},
    {"refusee", "Refusée"},
    {"expiree", "Expirée"},
    {"entree", "Entrée"},
    {"sortie", "Sortie"},
}};

void Add(FillGroup& g, const ActionFill& a) {
  ++g.actions;
  g.places += a.places;
  g.used += a.used;
}

void Rate(FillGroup& g) { g.rate = FillRate(g.used, g.places); }

std::optional<Date> DayOf(const std::string& text) {
  if (text.size() < 10) return std::nullopt;
  return ParseIsoDate(text.substr(0, 10));
}

std::vector<StatusCount> AllStatuses(const std::vector<StatusCount>& counted) {
  std::vector<StatusCount> out;
  for (const auto& [code, label] : kStatuses) {
    StatusCount s{code, 0};
    for (const auto& c : counted) {
      if (c.status == code) s.count = c.count;
    }
    out.push_back(s);
  }
  return out;
}

void ComputeDelays(const std::vector<PrescriptionDates>& rows, OfferFigures& out) {
  std::vector<double> answer, entry;
  for (const auto& r : rows) {
    auto prescribed = DayOf(r.prescribed_at);
    if (!prescribed) continue;
    auto answered = DayOf(r.answered_at);
    if (answered && r.status != "expiree" && r.status != "en_attente") {
      answer.push_back(static_cast<double>((*answered - *prescribed).count()));
    }
    if (auto entered = DayOf(r.entered_on)) {
      entry.push_back(static_cast<double>((*entered - *prescribed).count()));
    }
  }
  out.to_answer = ComputeDelayStats(std::move(answer));
  out.to_entry = ComputeDelayStats(std::move(entry));
}

}  // namespace

std::string PrescriptionStatusLabel(const std::string& status) {
  for (const auto& [code, label] : kStatuses) {
    if (status == code) return label;
  }
  return status;
}

void GroupFills(OfferFigures& f) {
  f.by_objective.clear();
  f.by_territory.clear();
  f.total = FillGroup{"", "Ensemble", 0, 0, 0, std::nullopt};
  for (Objective o : AllObjectives()) {
    f.by_objective.push_back(
        {std::string(ObjectiveCode(o)), std::string(ObjectiveLabel(o)), 0, 0, 0, std::nullopt});
  }
  FillGroup no_objective{"", "Sans objectif", 0, 0, 0, std::nullopt};
  std::map<std::string, FillGroup> territories;  // by name
  FillGroup no_territory{"", "Sans territoire", 0, 0, 0, std::nullopt};
  for (const auto& a : f.actions) {
    Add(f.total, a);
    bool placed = false;
    for (auto& g : f.by_objective) {
      if (a.objective && g.code == *a.objective) {
        Add(g, a);
        placed = true;
      }
    }
    if (!placed) Add(no_objective, a);
    if (a.territory_id) {
      auto& g = territories[a.territory_name];
      g.code = std::to_string(*a.territory_id);
      g.label = a.territory_name;
      Add(g, a);
    } else {
      Add(no_territory, a);
    }
  }
  if (no_objective.actions > 0) f.by_objective.push_back(no_objective);
  for (auto& [name, g] : territories) f.by_territory.push_back(g);
  if (no_territory.actions > 0) f.by_territory.push_back(no_territory);
  for (auto& g : f.by_objective) Rate(g);
  for (auto& g : f.by_territory) Rate(g);
  Rate(f.total);
}

Result<OfferFigures> GetOfferFigures(Store& store, const Actor& actor, std::optional<int> year) {
  if (auto ok = Authorize(actor, OfferAction::kReadOfferFigures); !ok) return Fail(ok.error());
  if (year && (*year < 2000 || *year > 2100)) {
    return Fail(Error::Invalid("offer_figures.invalid_year",
                               "Année invalide : une année entre 2000 et 2100 est attendue.",
                               "annee"));
  }
  OfferFiguresFilter filter;
  filter.structure_id = OwnStructureRestriction(actor, OfferAction::kReadOfferFigures);
  filter.year = year;
  return Read(store, [&](UnitOfWork& uow) -> Result<OfferFigures> {
    auto& repo = uow.OfferFigures();
    OfferFigures out;
    out.year = year;
    out.structure_id = filter.structure_id;
    out.actions = repo.ActionFills(filter);
    GroupFills(out);
    out.by_status = AllStatuses(repo.PrescriptionsByStatus(filter));
    for (const auto& s : out.by_status) out.prescriptions += s.count;
    ComputeDelays(repo.PrescriptionDatesOf(filter), out);
    return out;
  });
}

}  // namespace pacte::app
