#include "domain/stats/oarsa.hpp"

#include <cctype>
#include <chrono>

#include "domain/organisation/drees_category.hpp"
#include "domain/parcours/contract_action.hpp"

namespace pacte::stats {
namespace {

enum Table { kT1, kT2, kT3, kT4, kT5, kT6 };
enum T5Column { kEntrants, kPrimoOriented, kPrimoOutsideFt, kPrimoCer };
enum T6Column { kSpeToOutside, kOutsideToSpe, kWithinSpe, kWithinOutside };

constexpr std::size_t Index(OarsaDimension d) { return static_cast<std::size_t>(d); }

// Position of a DREES category code in AllDreesCategories (France Travail first); an empty
// or unknown code is "autre_hors_spe".
std::size_t CategoryIndex(const std::string& code) {
  const auto parsed = ParseDreesCategory(code).value_or(DreesCategory::kAutreHorsSpe);
  const auto& all = AllDreesCategories();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] == parsed) return i;
  }
  return all.size() - 1;
}

bool IsFranceTravail(const std::string& code) {
  return ParseDreesCategory(code) == DreesCategory::kFranceTravail;
}

bool IsSpe(const std::string& code) {
  return IsPublicEmploymentService(ParseDreesCategory(code).value_or(DreesCategory::kAutreHorsSpe));
}

Date ContractDate(const ContractFact& c) { return c.signed_on.value_or(c.starts_on); }

std::vector<std::string> CategoryColumns(const std::string& prefix) {
  std::vector<std::string> columns;
  for (auto c : AllDreesCategories())
    columns.push_back(prefix + std::string(DreesCategoryLabel(c)));
  return columns;
}

std::vector<std::string> ActionTypeColumns() {
  std::vector<std::string> columns;
  for (int t = 1; t <= kOarsaActionTypeCount; ++t) {
    columns.push_back(std::to_string(t) + ". " + std::string(OarsaActionTypeLabel(t)));
  }
  return columns;
}

OarsaGrid MakeGrid(int number, std::string title, std::vector<std::string> columns,
                   bool partition) {
  OarsaGrid g;
  g.number = number;
  g.title = std::move(title);
  g.columns = std::move(columns);
  g.partition = partition;
  for (auto d : AllOarsaDimensions()) {
    g.cells[Index(d)].assign(OarsaRowLabels(d).size(), std::vector<long long>(g.columns.size(), 0));
  }
  g.total.assign(g.columns.size(), 0);
  return g;
}

std::array<OarsaGrid, kOarsaTableCount> MakeGrids() {
  std::vector<std::string> t1{"Non orientés"};
  for (auto& c : CategoryColumns("Orientés : ")) t1.push_back(std::move(c));
  return {
      MakeGrid(1,
               "Tableau 1 — Personnes soumises aux droits et devoirs au 31 décembre, selon "
               "l'orientation et l'organisme référent",
               std::move(t1), true),
      MakeGrid(2,
               "Tableau 2 — Personnes orientées ayant un contrat en cours de validité au 31 "
               "décembre (France Travail : PPAE ou contrat d'engagement ; ailleurs : CER), "
               "selon l'organisme référent",
               CategoryColumns(""), true),
      MakeGrid(3,
               "Tableau 3 — CER en cours de validité au 31 décembre, selon leur durée "
               "inscrite",
               {"Moins de 6 mois", "6 mois à moins de 12 mois", "12 mois ou plus"}, true),
      MakeGrid(4,
               "Tableau 4 — CER en cours de validité au 31 décembre comportant au moins une "
               "action de chaque type",
               ActionTypeColumns(), false),
      MakeGrid(
          5,
          "Tableau 5 — Entrants de l'année soumis aux droits et devoirs au 31 décembre "
          "et leur primo-orientation",
          {"Entrants de l'année", "dont primo-orientés", "dont primo-orientés hors France Travail",
           "dont primo-orientés hors France Travail avec un primo-CER"},
          false),
      MakeGrid(6,
               "Tableau 6 — Réorientations décidées pendant l'année entre le service public "
               "de l'emploi (SPE) et les organismes hors SPE",
               {"Du SPE vers hors SPE", "De hors SPE vers le SPE", "Au sein du SPE",
                "Au sein de hors SPE"},
               true),
  };
}

}  // namespace

CountTable OarsaGrid::ToCountTable(OarsaDimension d) const {
  CountTable t;
  std::string dimension(OarsaDimensionLabel(d));  // "Tranche d'âge" → "par tranche d'âge"
  dimension[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(dimension[0])));
  t.title = title + " — par " + dimension;
  t.row_labels = OarsaRowLabels(d);
  t.column_labels = columns;
  t.cells = cells[Index(d)];
  t.with_totals = partition;
  if (!partition) {
    t.row_labels.push_back("Ensemble");
    t.cells.push_back(total);
  }
  return t;
}

bool IsOarsaCer(const std::string& type) {
  return type == "cer_social" || type == "cer_professionnel" || type == "contrat_engagement";
}

bool IsOarsaFranceTravailContract(const std::string& type) {
  return type == "ppae" || type == "contrat_engagement";
}

OarsaAccumulator::OarsaAccumulator(int year)
    : date_(std::chrono::year{year} / std::chrono::December / 31),
      year_start_(std::chrono::year{year} / std::chrono::January / 1) {
  counts_.year = year;
  counts_.tables = MakeGrids();
  for (auto d : AllOarsaDimensions()) {
    counts_.delays[Index(d)].assign(OarsaRowLabels(d).size(), OarsaDelays{});
  }
}

void OarsaAccumulator::Count(int table, const OarsaProfile& profile, std::size_t column) {
  auto& grid = counts_.tables[static_cast<std::size_t>(table)];
  for (auto d : AllOarsaDimensions()) ++grid.cells[Index(d)][profile[Index(d)]][column];
  ++grid.total[column];
}

void OarsaAccumulator::AddDelay(const OarsaProfile& profile,
                                std::vector<double> OarsaDelays::*field, double days) {
  for (auto d : AllOarsaDimensions()) {
    (counts_.delays[Index(d)][profile[Index(d)]].*field).push_back(days);
  }
  (counts_.total_delays.*field).push_back(days);
}

void OarsaAccumulator::Add(const PersonFacts& p) {
  if (!InDdPopulation(p, date_)) return;
  const OarsaProfile profile = OarsaProfileAt(p, date_);
  AddT1T2(p, profile);
  AddT5(p, profile);
  AddT6(p, profile);
}

void OarsaAccumulator::AddT1T2(const PersonFacts& p, const OarsaProfile& profile) {
  const OrientationFact* o = OrientationAt(p, date_);
  if (!o) {
    Count(kT1, profile, 0);
    return;
  }
  const std::size_t category = CategoryIndex(o->drees_category);
  Count(kT1, profile, 1 + category);
  const ContractFact* c = ValidContractAt(p, date_);
  if (!c) return;
  if (IsFranceTravail(o->drees_category)) {
    if (IsOarsaFranceTravailContract(c->type)) Count(kT2, profile, category);
  } else if (IsOarsaCer(c->type)) {
    Count(kT2, profile, category);
    AddCer(*c, profile);
  }
}

void OarsaAccumulator::AddCer(const ContractFact& c, const OarsaProfile& profile) {
  const Date after_end = c.ends_on + std::chrono::days{1};
  std::size_t band = 0;
  if (after_end >= AddMonths(c.starts_on, 12)) {
    band = 2;
  } else if (after_end >= AddMonths(c.starts_on, 6)) {
    band = 1;
  }
  Count(kT3, profile, band);
  std::array<bool, kOarsaActionTypeCount + 1> seen{};
  for (int type : c.action_types) {
    if (!IsOarsaActionType(type) || seen[static_cast<std::size_t>(type)]) continue;
    seen[static_cast<std::size_t>(type)] = true;
    Count(kT4, profile, static_cast<std::size_t>(type - 1));
  }
}

void OarsaAccumulator::AddT5(const PersonFacts& p, const OarsaProfile& profile) {
  const auto entry = LatestDdEntry(p, date_);
  if (!entry || *entry < year_start_) return;
  Count(kT5, profile, kEntrants);
  const OrientationFact* primo = FirstOrientationBetween(p, *entry, date_);
  if (!primo) return;
  Count(kT5, profile, kPrimoOriented);
  AddDelay(profile, &OarsaDelays::entry_to_orientation,
           static_cast<double>(DaysBetween(*entry, primo->decided_on)));
  if (IsFranceTravail(primo->drees_category)) return;
  Count(kT5, profile, kPrimoOutsideFt);
  const ContractFact* cer = FirstContractBetween(p, primo->decided_on, date_);
  if (!cer || !IsOarsaCer(cer->type)) return;
  Count(kT5, profile, kPrimoCer);
  AddDelay(profile, &OarsaDelays::orientation_to_cer,
           static_cast<double>(DaysBetween(primo->decided_on, ContractDate(*cer))));
}

void OarsaAccumulator::AddT6(const PersonFacts& p, const OarsaProfile& profile) {
  for (std::size_t i = 1; i < p.orientations.size(); ++i) {
    const auto& now = p.orientations[i];
    const auto& before = p.orientations[i - 1];
    if (now.decided_on < year_start_ || now.decided_on > date_) continue;
    const auto entry = LatestDdEntry(p, now.decided_on);
    if (entry && before.decided_on < *entry) continue;  // a new D&D period: a primo-orientation
    const bool from_spe = IsSpe(before.drees_category);
    const bool to_spe = IsSpe(now.drees_category);
    const T6Column column = from_spe ? (to_spe ? kWithinSpe : kSpeToOutside)
                                     : (to_spe ? kOutsideToSpe : kWithinOutside);
    Count(kT6, profile, column);
  }
}

OarsaCounts ComputeOarsaCounts(int year, const std::vector<PersonFacts>& population) {
  OarsaAccumulator acc(year);
  for (const auto& p : population) acc.Add(p);
  return acc.Counts();
}

}  // namespace pacte::stats
