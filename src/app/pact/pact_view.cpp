#include "app/pact/pact_view.hpp"

#include <map>

#include "app/policies/pact_policy.hpp"

namespace pacte::app {
namespace {

struct Loaded {
  PactRecord pact;
  std::vector<SignatoryRecord> signatories;
  std::vector<PactOrientationRecord> orientations;
  std::vector<ObjectiveRecord> objectives;
  std::vector<CommitmentRecord> commitments;
  std::vector<IndicatorRecord> indicators;
  std::vector<MeasurementRecord> measurements;
};

Result<Loaded> Load(Store& store, std::optional<std::int64_t> pact_id) {
  return Read(store, [&](UnitOfWork& uow) -> Result<Loaded> {
    auto& repo = uow.Pact();
    auto pact = pact_id ? repo.FindPact(*pact_id) : repo.Current();
    if (!pact) {
      return Fail(Error::NotFound("pact.not_found", "Aucun pacte n'est encore enregistré."));
    }
    Loaded l;
    l.pact = *pact;
    l.signatories = repo.Signatories(pact->id);
    l.orientations = repo.Orientations(pact->id);
    l.objectives = repo.Objectives(pact->id);
    l.commitments = repo.Commitments(pact->id);
    l.indicators = repo.Indicators(pact->id);
    l.measurements = repo.CurrentMeasurements(pact->id);
    return l;
  });
}

// Values of every definition per year of the pact (one ValuesAt per date).
using YearValues = std::map<int, ComputedValues>;

Result<YearValues> ComputeYears(IndicatorSource* source, const Loaded& l, Date today) {
  YearValues out;
  bool any_computed = false;
  for (const auto& i : l.indicators) any_computed = any_computed || i.fields.computed_by;
  if (!source || !any_computed) return out;
  for (int y = l.pact.fields.period.start; y <= l.pact.fields.period.end; ++y) {
    auto at = ComputationDate(y, today);
    if (!at) break;
    auto values = source->ValuesAt(*at);
    if (!values) return Fail(values.error());
    out[y] = std::move(*values);
  }
  return out;
}

std::optional<IndicatorDefinitionInfo> DefinitionOf(IndicatorSource* source,
                                                    const std::string& code) {
  if (!source) return std::nullopt;
  for (const auto& d : source->Definitions()) {
    if (d.code == code) return d;
  }
  return std::nullopt;
}

void FillComputed(IndicatorView& v, IndicatorSource* source, const YearValues& computed) {
  const std::string& code = *v.record.fields.computed_by;
  v.definition = DefinitionOf(source, code);
  if (!source) {
    v.status_note = "Le calcul des indicateurs n'est pas disponible sur ce serveur.";
    return;
  }
  if (!v.definition) {
    v.status_note = "Définition de calcul inconnue : « " + code + " ».";
    return;
  }
  for (auto& y : v.years) {
    auto at = computed.find(y.year);
    if (at == computed.end()) continue;
    auto value = at->second.find(code);
    if (value == at->second.end()) continue;
    y.value = value->second.value;
    if (!y.value) {
      y.note = value->second.note.empty() ? "Population vide : non calculable."
                                          : value->second.note;
    }
  }
}

IndicatorView BuildIndicator(const IndicatorRecord& record, const Loaded& l,
                             IndicatorSource* source, const YearValues& computed) {
  IndicatorView v;
  v.record = record;
  const auto path = v.Path();
  for (int y = l.pact.fields.period.start; y <= l.pact.fields.period.end; ++y) {
    IndicatorYear row;
    row.year = y;
    if (auto t = record.targets.find(y); t != record.targets.end()) row.target = t->second;
    row.expected = ExpectedValue(path, y);
    v.years.push_back(row);
  }
  if (v.IsComputed()) {
    FillComputed(v, source, computed);
  } else {
    for (const auto& m : l.measurements) {
      if (m.indicator_id != record.id) continue;
      for (auto& y : v.years) {
        if (y.year == m.year) {
          y.value = m.value;
          y.measurement = m;
        }
      }
    }
  }
  std::map<int, std::optional<double>> values;
  for (const auto& y : v.years) values[y.year] = y.value;
  v.latest = Latest(values);
  v.status = CurrentStatus(path, values);
  if (v.status == IndicatorStatus::kNonCalculable && v.status_note.empty()) {
    if (!v.latest) {
      v.status_note = v.IsComputed() ? "Aucune valeur calculable (population vide)."
                                     : "Aucune mesure saisie.";
    } else {
      v.status_note = "Pas de cible ni de valeur de référence pour situer la valeur.";
    }
  }
  return v;
}

ObjectiveView BuildObjective(const ObjectiveRecord& o, const Loaded& l, const Actor& actor,
                             IndicatorSource* source, const YearValues& computed) {
  ObjectiveView v;
  v.record = o;
  std::vector<std::int64_t> pilots;
  for (const auto& p : o.pilots) pilots.push_back(p.id);
  v.can_update = AuthorizeObjectiveUpdate(actor, pilots).has_value();
  for (const auto& i : l.indicators) {
    if (i.objective_id == o.id) v.indicators.push_back(BuildIndicator(i, l, source, computed));
  }
  for (const auto& c : l.commitments) {
    if (c.objective_id == o.id) v.commitments.push_back(c);
  }
  return v;
}

}  // namespace

TargetPath IndicatorView::Path() const {
  TargetPath p;
  p.higher_is_better = record.fields.higher_is_better;
  if (record.fields.baseline_on && record.fields.baseline_value) {
    p.baseline_year = YearOf(*record.fields.baseline_on);
    p.baseline_value = record.fields.baseline_value;
  }
  p.targets = record.targets;
  return p;
}

std::optional<Date> ComputationDate(int year, Date today) {
  const int current = YearOf(today);
  if (year > current) return std::nullopt;
  if (year == current) return today;
  return Date{std::chrono::year{year} / std::chrono::December / 31};
}

Result<PactView> GetPact(Store& store, const Clock& clock, const Actor& actor,
                         IndicatorSource* source, std::optional<std::int64_t> pact_id) {
  if (auto ok = Authorize(actor, PactAction::kRead); !ok) return Fail(ok.error());
  auto loaded = Load(store, pact_id);
  if (!loaded) return Fail(loaded.error());
  const Date today = clock.Today();
  auto computed = ComputeYears(source, *loaded, today);
  if (!computed) return Fail(computed.error());
  PactView view;
  view.pact = loaded->pact;
  view.signatories = loaded->signatories;
  view.current_year = YearOf(today);
  view.can_manage = IsAllowed(actor, PactAction::kManage);
  view.can_comment = IsAllowed(actor, PactAction::kComment);
  for (const auto& o : loaded->orientations) {
    OrientationView ov;
    ov.record = o;
    for (const auto& obj : loaded->objectives) {
      if (obj.orientation_id == o.id) {
        ov.objectives.push_back(BuildObjective(obj, *loaded, actor, source, *computed));
      }
    }
    view.orientations.push_back(std::move(ov));
  }
  for (const auto& c : loaded->commitments) {
    if (!c.objective_id) view.general_commitments.push_back(c);
  }
  return view;
}

const ObjectiveView* FindObjective(const PactView& view, std::int64_t id) {
  for (const auto& o : view.orientations) {
    for (const auto& obj : o.objectives) {
      if (obj.record.id == id) return &obj;
    }
  }
  return nullptr;
}

const IndicatorView* FindIndicator(const PactView& view, std::int64_t id) {
  for (const auto& o : view.orientations) {
    for (const auto& obj : o.objectives) {
      for (const auto& i : obj.indicators) {
        if (i.record.id == id) return &i;
      }
    }
  }
  return nullptr;
}

}  // namespace pacte::app
