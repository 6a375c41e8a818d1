#include "app/pact/pact_reading.hpp"

#include <memory>

#include "app/policies/pact_policy.hpp"

namespace pacte::app {
namespace {

std::string PilotNames(const ObjectiveRecord& o) {
  std::string out;
  for (const auto& p : o.pilots) out += (out.empty() ? "" : ", ") + p.name;
  return out;
}

TableCell Number(const std::optional<double>& v) {
  if (!v) return std::string("");
  return *v;
}

ReportRow RowFor(const OrientationView& o, const ObjectiveView& obj, const IndicatorView& i,
                 int year) {
  ReportRow r;
  r.orientation = o.record.label;
  r.objective = obj.record.title;
  r.pilots = PilotNames(obj.record);
  r.indicator = &i;
  r.baseline = i.record.fields.baseline_value;
  for (const auto& y : i.years) {
    if (y.year != year) continue;
    r.target = y.target;
    r.expected = y.expected;
    r.value = y.value;
    r.note = y.note;
  }
  r.status = StatusAt(i.Path(), year, r.value);
  if (r.status == IndicatorStatus::kNonCalculable && r.note.empty()) {
    r.note = r.value ? "Pas de cible pour situer la valeur." : "Aucune valeur pour cette année.";
  }
  return r;
}

}  // namespace

Result<std::unique_ptr<ObjectiveDetail>> GetObjectiveDetail(Store& store, const Clock& clock,
                                                            const Actor& actor,
                                                            IndicatorSource* source,
                                                            std::int64_t objective_id) {
  auto pact_id = Read(store, [&](UnitOfWork& uow) { return uow.Pact().PactOfObjective(objective_id); });
  if (!pact_id) {
    if (auto ok = Authorize(actor, PactAction::kRead); !ok) return Fail(ok.error());
    return Fail(Error::NotFound("pact.objective_not_found", "Objectif introuvable."));
  }
  auto view = GetPact(store, clock, actor, source, *pact_id);
  if (!view) return Fail(view.error());
  auto detail = std::make_unique<ObjectiveDetail>();
  detail->pact = std::move(*view);
  for (const auto& o : detail->pact.orientations) {
    for (const auto& obj : o.objectives) {
      if (obj.record.id != objective_id) continue;
      detail->orientation = &o;
      detail->objective = &obj;
    }
  }
  if (!detail->objective) {
    return Fail(Error::NotFound("pact.objective_not_found", "Objectif introuvable."));
  }
  detail->can_comment = detail->pact.can_comment;
  Read(store, [&](UnitOfWork& uow) {
    detail->comments = uow.Pact().Comments(objective_id);
    for (const auto& i : detail->objective->indicators) {
      if (!i.IsComputed()) detail->history[i.record.id] = uow.Pact().MeasurementHistory(i.record.id);
    }
    return true;
  });
  return detail;
}

Result<MyCommitments> GetMyCommitments(Store& store, const Clock& clock, const Actor& actor,
                                       IndicatorSource* source) {
  if (auto ok = Authorize(actor, PactAction::kReadMyCommitments); !ok) return Fail(ok.error());
  auto view = GetPact(store, clock, actor, source);
  if (!view) return Fail(view.error());
  const std::int64_t institution = *actor.institution_id;
  MyCommitments out;
  out.institution_name = Read(store, [&](UnitOfWork& uow) {
    return uow.Pact().InstitutionName(institution).value_or("");
  });
  for (const auto& s : view->signatories) out.signatory = out.signatory || s.institution_id == institution;
  auto all = Read(store, [&](UnitOfWork& uow) { return uow.Pact().Commitments(view->pact.id); });
  for (auto& c : all) {
    if (c.institution_id == institution) out.commitments.push_back(std::move(c));
  }
  out.pact = std::move(*view);
  for (auto& o : out.pact.orientations) {
    std::erase_if(o.objectives, [&](const ObjectiveView& obj) {
      for (const auto& p : obj.record.pilots) {
        if (p.id == institution) return false;
      }
      return true;
    });
  }
  std::erase_if(out.pact.orientations,
                [](const OrientationView& o) { return o.objectives.empty(); });
  return out;
}

Result<std::unique_ptr<ProgressReport>> GetProgressReport(Store& store, const Clock& clock,
                                                          const Actor& actor,
                                                          IndicatorSource* source, int year) {
  auto view = GetPact(store, clock, actor, source);
  if (!view) return Fail(view.error());
  const auto period = view->pact.fields.period;
  if (!period.Contains(year)) {
    return Fail(Error::Invalid("pact.report_year",
                               "Le rapport d'avancement porte sur une année du pacte (" +
                                   std::to_string(period.start) + " à " +
                                   std::to_string(period.end) + ").",
                               "annee"));
  }
  auto report = std::make_unique<ProgressReport>();
  report->pact = std::move(*view);
  report->year = year;
  for (const auto& o : report->pact.orientations) {
    for (const auto& obj : o.objectives) {
      for (const auto& i : obj.indicators) {
        report->rows.push_back(RowFor(o, obj, i, year));
        ++report->by_status[report->rows.back().status];
      }
    }
  }
  return report;
}

Table ProgressReportTable(const ProgressReport& report) {
  Table t;
  t.sheet_name = "Rapport " + std::to_string(report.year);
  t.headers = {"Orientation", "Objectif", "Pilotes", "Indicateur", "Unité",
               "Valeur de référence", "Cible " + std::to_string(report.year),
               "Valeur attendue", "Valeur " + std::to_string(report.year), "Statut", "Remarque"};
  for (const auto& r : report.rows) {
    t.rows.push_back({r.orientation, r.objective, r.pilots, r.indicator->record.fields.name,
                      r.indicator->record.fields.unit, Number(r.baseline), Number(r.target),
                      Number(r.expected), Number(r.value),
                      std::string(IndicatorStatusLabel(r.status)), r.note});
  }
  return t;
}

}  // namespace pacte::app
