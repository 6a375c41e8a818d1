#include "app/stats/dashboard_view.hpp"

#include <algorithm>

#include "domain/offer/objective.hpp"
#include "domain/organisation/drees_category.hpp"
#include "domain/parcours/parcours.hpp"
#include "domain/parcours/parcours_exit.hpp"

namespace pacte::app {
namespace {

using stats::CountTable;
using stats::DisclosureRule;
using stats::GroupBy;
using stats::GroupFigures;

constexpr const char* kUnknown = "Non renseigné";

struct Row {
  std::string label;
  const GroupFigures* figures;
};

// The rows of a grouped table: one per group key (by label; years and months in order;
// "Non renseigné" last), or a single "Ensemble" row without grouping.
std::vector<Row> Rows(const DashboardComputation& c) {
  const auto& f = c.figures;
  if (f.group == GroupBy::kNone) return {{"Ensemble", &f.total}};
  std::vector<std::pair<std::string, Row>> keyed;
  for (const auto& [key, g] : f.groups) {
    auto it = c.group_labels.find(key);
    std::string label = key.empty() ? kUnknown : it != c.group_labels.end() ? it->second : key;
    keyed.push_back({key, Row{std::move(label), &g}});
  }
  const bool by_key = f.group == GroupBy::kYear || f.group == GroupBy::kMonth;
  std::stable_sort(keyed.begin(), keyed.end(), [by_key](const auto& a, const auto& b) {
    if (a.first.empty() != b.first.empty()) return b.first.empty();
    return by_key ? a.first < b.first : a.second.label < b.second.label;
  });
  std::vector<Row> rows;
  for (auto& [key, row] : keyed) rows.push_back(std::move(row));
  return rows;
}

FigureCell Stat(std::optional<double> v, long long count, const DisclosureRule& rule,
                FigureKind kind) {
  return {stats::DisclosedStatistic(v, count, rule), kind, !v.has_value()};
}
FigureCell Rate(long long num, long long den, const DisclosureRule& rule) {
  return {stats::DisclosedRate(num, den, rule), FigureKind::kRate, den == 0};
}
FigureCell CountCell(long long n, const DisclosureRule& rule) {
  return Stat(static_cast<double>(n), n, rule, FigureKind::kCount);
}

CountSection Stages(const std::vector<Row>& rows, const DisclosureRule& rule, std::string corner) {
  CountTable t;
  t.title = "Personnes selon l'étape la plus avancée du parcours atteinte";
  t.column_labels = {"Non orientées",         "Orientées, sans référent",
                     "Avec référent, sans contrat", "Avec contrat, sans action",
                     "Entrées en action, sans sortie vers l'emploi", "Sorties vers l'emploi"};
  for (const auto& r : rows) {
    t.row_labels.push_back(r.label);
    std::vector<long long> cells;
    const auto& f = r.figures->funnel;
    for (std::size_t k = 0; k < f.size(); ++k) {
      cells.push_back(f[k] - (k + 1 < f.size() ? f[k + 1] : 0));
    }
    t.cells.push_back(std::move(cells));
  }
  return {std::move(corner), stats::Disclose(t, rule)};
}

// Cumulative stage k = persons who reached k, computed from the shown cells only: the sum of
// the cells from k on, or the row total minus the cells before k. A derived count below the
// threshold is hidden too (aggregates never show a small count, even a computable one).
FigureTable Funnel(const CountSection& stages, const DisclosureRule& rule) {
  const auto& t = stages.table;
  FigureTable out{"Entonnoir du parcours : personnes ayant atteint chaque étape", stages.corner,
                  t.row_labels, {}, {}};
  for (int k = 0; k < stats::kFunnelStages; ++k) {
    out.column_labels.emplace_back(stats::FunnelStageLabel(k));
  }
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    const auto& cells = t.cells[r];
    std::vector<FigureCell> row;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      bool tail_shown = true, head_shown = t.row_totals[r].value.has_value();
      long long tail = 0, head = 0;
      for (std::size_t j = 0; j < cells.size(); ++j) {
        auto& shown = j >= k ? tail_shown : head_shown;
        auto& sum = j >= k ? tail : head;
        if (cells[j].value) sum += *cells[j].value; else shown = false;
      }
      std::optional<double> v;
      if (tail_shown) v = static_cast<double>(tail);
      else if (head_shown) v = static_cast<double>(*t.row_totals[r].value - head);
      if (v && !rule.exact && *v > 0 && *v < rule.threshold) v.reset();
      row.push_back({v, FigureKind::kCount});
    }
    out.cells.push_back(std::move(row));
  }
  return out;
}

std::vector<FigureCell> DelayCells(const stats::DelayAccumulator& acc, const DisclosureRule& rule) {
  const auto s = acc.Summary();
  return {CountCell(s.count, rule), Stat(s.mean, s.count, rule, FigureKind::kDays),
          Stat(s.median, s.count, rule, FigureKind::kDays),
          Stat(s.p90, s.count, rule, FigureKind::kDays)};
}

const std::vector<std::string> kDelayColumns{"Personnes", "Moyenne", "Médiane", "9e décile"};

FigureTable Delays(const GroupFigures& g, const DisclosureRule& rule) {
  FigureTable t{"Délais du parcours (en jours)", "Délai", {}, kDelayColumns, {}};
  const std::pair<const char*, const stats::DelayAccumulator*> delays[] = {
      {"De l'entrée dans les droits et devoirs à l'orientation", &g.entry_to_orientation},
      {"De l'orientation à la désignation du référent", &g.orientation_to_referent},
      {"De l'orientation au premier contrat", &g.orientation_to_contract},
      {"De la prescription à l'entrée en action", &g.prescription_to_entry}};
  for (const auto& [label, acc] : delays) {
    t.row_labels.emplace_back(label);
    t.cells.push_back(DelayCells(*acc, rule));
  }
  return t;
}

FigureTable DelaysByGroup(const std::vector<Row>& rows, const DisclosureRule& rule,
                          const std::string& corner) {
  FigureTable t{"Délai de l'entrée dans les droits et devoirs à l'orientation (en jours)",
                corner, {}, kDelayColumns, {}};
  for (const auto& r : rows) {
    t.row_labels.push_back(r.label);
    t.cells.push_back(DelayCells(r.figures->entry_to_orientation, rule));
  }
  return t;
}

CountSection OrientationMix(const DashboardComputation& c, const DisclosureRule& rule) {
  CountTable t;
  t.title = "Personnes soumises aux droits et devoirs orientées, par catégorie d'organisme et "
            "par parcours";
  for (Parcours p : AllParcours()) t.column_labels.emplace_back(ParcoursLabel(p));
  std::vector<std::string> codes;
  for (DreesCategory d : AllDreesCategories()) {
    codes.emplace_back(DreesCategoryCode(d));
    t.row_labels.emplace_back(DreesCategoryLabel(d));
  }
  codes.emplace_back("");
  t.row_labels.emplace_back("Catégorie non renseignée");
  for (const auto& code : codes) {
    std::vector<long long> row;
    for (Parcours p : AllParcours()) {
      auto it = c.figures.orientation_mix.find({code, std::string(ParcoursCode(p))});
      row.push_back(it == c.figures.orientation_mix.end() ? 0 : it->second);
    }
    t.cells.push_back(std::move(row));
  }
  return {"Catégorie d'organisme", stats::Disclose(t, rule)};
}

CountSection Coverage(const std::vector<Row>& rows, const DisclosureRule& rule,
                      const std::string& corner, FigureTable& rate) {
  CountTable t;
  t.title = "Couverture par un contrat : personnes soumises aux droits et devoirs et orientées";
  t.column_labels = {"Avec un contrat valide", "Sans contrat valide"};
  rate = FigureTable{"Part des personnes orientées ayant un contrat valide", corner, {},
                     {"Part avec un contrat valide"}, {}};
  for (const auto& r : rows) {
    const auto& g = *r.figures;
    t.row_labels.push_back(r.label);
    t.cells.push_back({g.with_contract_now, g.oriented_now - g.with_contract_now});
    rate.row_labels.push_back(r.label);
    rate.cells.push_back(
        {Rate(g.with_contract_now, g.oriented_now, rule)});
  }
  return {corner, stats::Disclose(t, rule)};
}

CountSection Prescriptions(const DashboardComputation& c, const DisclosureRule& rule) {
  CountTable t;
  t.title = "Prescriptions de l'année écoulée, par objectif de l'action";
  t.column_labels = {"Entrées en action", "Refusées ou expirées", "En attente ou acceptées"};
  std::vector<std::string> codes;
  for (Objective o : AllObjectives()) {
    codes.emplace_back(ObjectiveCode(o));
    t.row_labels.emplace_back(ObjectiveLabel(o));
  }
  codes.emplace_back("");
  t.row_labels.emplace_back("Sans objectif");
  for (const auto& code : codes) {
    auto it = c.figures.prescriptions.find(code);
    if (it == c.figures.prescriptions.end()) {
      t.cells.push_back({0, 0, 0});
    } else {
      t.cells.push_back({it->second[0], it->second[1], it->second[2]});
    }
  }
  return {"Objectif", stats::Disclose(t, rule)};
}

FigureTable FillRates(const DashboardComputation& c, const DisclosureRule& rule) {
  const int year = static_cast<int>(std::chrono::year_month_day{c.figures.as_of}.year());
  FigureTable t{"Places offertes et taux de remplissage des actions en " + std::to_string(year),
                "Objectif", {}, {"Places offertes", "Places occupées", "Taux de remplissage"}, {}};
  auto add = [&](const FillGroup& g) {
    t.row_labels.push_back(g.label);
    t.cells.push_back({{static_cast<double>(g.places), FigureKind::kCount},
                       CountCell(g.used, rule),
                       Rate(g.used, g.places, rule)});
  };
  for (const auto& g : c.offer.by_objective) add(g);
  add(c.offer.total);
  return t;
}

CountSection Exits(const std::vector<Row>& rows, const DisclosureRule& rule,
                   const std::string& corner) {
  CountTable t;
  t.title = "Sorties du parcours de l'année écoulée, par motif";
  for (ExitReason e : AllExitReasons()) t.column_labels.emplace_back(ExitReasonLabel(e));
  for (const auto& r : rows) {
    t.row_labels.push_back(r.label);
    std::vector<long long> cells;
    for (ExitReason e : AllExitReasons()) {
      auto it = r.figures->exits.find(std::string(ExitReasonCode(e)));
      cells.push_back(it == r.figures->exits.end() ? 0 : it->second);
    }
    t.cells.push_back(std::move(cells));
  }
  return {corner, stats::Disclose(t, rule)};
}

FigureTable Trend(const DashboardComputation& c, const DisclosureRule& rule) {
  FigureTable t{"Évolution mensuelle (situation à chaque fin de mois)", "Fin de mois", {},
                {"Soumis aux droits et devoirs", "Orientés", "Avec un contrat valide"}, {}};
  for (const auto& p : c.figures.trend) {
    t.row_labels.push_back(FormatFrenchDate(p.month_end));
    t.cells.push_back({CountCell(p.dd, rule), CountCell(p.oriented, rule),
                       CountCell(p.with_contract, rule)});
  }
  return t;
}

CountSection Communes(const DashboardComputation& c, const DisclosureRule& rule) {
  CountTable t;
  t.title = "Personnes soumises aux droits et devoirs par commune de résidence";
  t.column_labels = {"Orientées", "Non orientées"};
  for (const auto& [code, counts] : c.figures.communes) {
    auto it = c.commune_names.find(code);
    t.row_labels.push_back(code.empty() ? "Commune non renseignée"
                           : it != c.commune_names.end() ? it->second + " (" + code + ")"
                                                         : code);
    t.cells.push_back({counts[1], counts[0] - counts[1]});
  }
  return {"Commune", stats::Disclose(t, rule)};
}

void BuildActivityTables(const DashboardComputation& c, const DisclosureRule& rule,
                         const std::vector<Row>& rows, const std::string& corner,
                         DashboardView& v) {
  v.coverage = Coverage(rows, rule, corner, v.coverage_rate);
  v.prescriptions = Prescriptions(c, rule);
  v.fill_rates = FillRates(c, rule);
  v.exits = Exits(rows, rule, corner);
  v.trend = Trend(c, rule);
  v.communes = Communes(c, rule);
}

}  // namespace

std::string GroupCorner(GroupBy g) {
  switch (g) {
    case GroupBy::kNone: return "Ensemble";
    case GroupBy::kTerritory: return "Territoire";
    case GroupBy::kCommune: return "Commune";
    case GroupBy::kStructure: return "Organisme référent";
    case GroupBy::kReferent: return "Référent";
    case GroupBy::kYear: return "Année d'entrée";
    case GroupBy::kMonth: return "Mois d'entrée";
  }
  return "";
}

DashboardView BuildDashboardView(const DashboardComputation& c, const DisclosureRule& rule) {
  DashboardView v;
  v.as_of = c.figures.as_of;
  v.group = c.figures.group;
  v.computed_at = c.computed_at;
  v.exact = rule.exact;
  const auto rows = Rows(c);
  const std::string corner = GroupCorner(v.group);
  v.stages = Stages(rows, rule, corner);
  v.funnel = Funnel(v.stages, rule);
  v.delays = Delays(c.figures.total, rule);
  v.delays_by_group = DelaysByGroup(rows, rule, corner);
  v.orientation_mix = OrientationMix(c, rule);
  BuildActivityTables(c, rule, rows, corner, v);
  return v;
}

}  // namespace pacte::app
