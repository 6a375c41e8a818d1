#include "io/demo/demo_pact.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "app/pact/manage_pact.hpp"
#include "app/pact/pilot_updates.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "io/demo/demo_catalog.hpp"
#include "io/demo/demo_pact_data.hpp"
#include "io/demo/demo_random.hpp"

namespace pacte::io {
namespace {

constexpr int kFirstYear = 2016;
constexpr int kLastYear = 2020;

template <class T>
T Check(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error(what + " : " + r.error().message);
  return std::move(*r);
}

void Check(Status s, const std::string& what) {
  if (!s) throw std::runtime_error(what + " : " + s.error().message);
}

Date Day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

double Round(double v, bool percent) {
  const double factor = percent ? 10.0 : 1.0;
  return std::round(v * factor) / factor;
}

class PactBuilder {
 public:
  PactBuilder(app::Store& store, const app::Clock& clock, const DemoPactInput& in)
      : store_(store), clock_(clock), in_(in), random_(in.seed ^ 0x706163746532ULL) {}

  DemoPactCounts Build() {
    PactFields f;
    f.name = "Pacte territorial d'insertion 2016-2020";
    f.period = {kFirstYear, kLastYear};
    f.adopted_on = Day(2016, 3, 24);
    f.status = PactStatus::kClos;
    pact_id_ = Check(app::CreatePact(store_, clock_, system_, f), "pacte");
    AddSignatories();
    AssignSignataires();
    for (std::size_t i = 0; i < DemoOrientations().size(); ++i) AddOrientation(i);
    for (const auto& o : DemoObjectives()) AddObjective(o);
    return counts_;
  }

 private:
  // The signatory institution whose name starts with `prefix`.
  std::int64_t Institution(const std::string& prefix) const {
    for (const auto& [name, id] : in_.institutions) {
      if (name.rfind(prefix, 0) == 0 &&
          std::find(signatories_.begin(), signatories_.end(), id) != signatories_.end()) {
        return id;
      }
    }
    throw std::runtime_error("institution de démonstration absente : " + prefix);
  }

  void AddSignatories() {
    int day = 0;
    for (const auto& inst : DemoInstitutions()) {
      if (!inst.signatory) continue;
      app::SignatoryRecord s;
      s.pact_id = pact_id_;
      s.institution_id = in_.institutions.at(inst.name);
      s.signed_on = Day(2016, 4, static_cast<unsigned>(1 + (day++ % 28)));
      s.representative = inst.representative;
      Check(app::SaveSignatory(store_, clock_, system_, s), "signataire " + inst.name);
      signatories_.push_back(s.institution_id);
    }
  }

  // The login speaks for France Travail, the other signataire agents for the other
  // signatories in catalogue order.
  void AssignSignataires() {
    if (in_.signataire_agents.empty()) return;
    const std::int64_t france_travail = Institution("France Travail");
    Check(app::SetAgentInstitution(store_, clock_, system_, in_.signataire_agents.front(),
                                   france_travail),
          "institution du signataire");
    agent_of_[france_travail] = in_.signataire_agents.front();
    std::size_t next = 1;
    for (std::int64_t inst : signatories_) {
      if (inst == france_travail || next >= in_.signataire_agents.size()) continue;
      Check(app::SetAgentInstitution(store_, clock_, system_, in_.signataire_agents[next], inst),
            "institution d'un signataire");
      agent_of_[inst] = in_.signataire_agents[next++];
    }
  }

  void AddOrientation(std::size_t i) {
    const auto& spec = DemoOrientations()[i];
    app::PactOrientationRecord o;
    o.pact_id = pact_id_;
    o.code = spec.code;
    o.label = spec.label;
    o.position = static_cast<int>(i + 1);
    orientations_[spec.code] =
        Check(app::AddOrientation(store_, clock_, system_, o), "orientation " + spec.code);
  }

  void AddObjective(const DemoObjectiveSpec& spec) {
    app::ObjectiveRecord o;
    o.orientation_id = orientations_.at(spec.orientation);
    o.title = spec.title;
    o.description = spec.description;
    o.period = {kFirstYear, kLastYear};
    o.position = ++counts_.objectives;
    std::vector<std::int64_t> pilots;
    for (const auto& p : spec.pilots) pilots.push_back(Institution(p));
    auto id = Check(app::AddObjective(store_, clock_, system_, o, pilots), spec.title);
    for (const auto& i : spec.indicators) AddIndicator(id, i, pilots.front());
    if (!spec.commitment.empty()) AddCommitment(id, spec, pilots.front());
    if (counts_.objectives % 4 == 1) AddComments(id, pilots);
  }

  void AddIndicator(std::int64_t objective, const DemoIndicatorSpec& spec,
                    std::int64_t pilot) {
    IndicatorFields f;
    f.name = spec.name;
    f.unit = spec.unit;
    f.higher_is_better = spec.higher_is_better;
    if (!spec.computed_by.empty()) f.computed_by = spec.computed_by;
    f.baseline_value = spec.baseline;
    f.baseline_on = Day(kFirstYear - 1, 12, 31);
    auto id = Check(app::AddIndicator(store_, clock_, system_, nullptr, objective, f), spec.name);
    ++counts_.indicators;
    const bool percent = spec.unit == "%";
    for (int y = kFirstYear; y <= kLastYear; ++y) {
      const double t = static_cast<double>(y - kFirstYear + 1) / (kLastYear - kFirstYear + 1);
      const double target = Round(spec.baseline + t * (spec.target_2020 - spec.baseline), percent);
      Check(app::SetIndicatorTarget(store_, clock_, system_, id, y, target), spec.name);
      if (spec.computed_by.empty()) Measure(id, y, target, spec, pilot);
    }
  }

  // A value around the target: from 15 % behind to 10 % ahead of the path's progress.
  void Measure(std::int64_t indicator, int year, double target, const DemoIndicatorSpec& spec,
               std::int64_t pilot) {
    const double swing = static_cast<double>(random_.Between(-15, 10)) / 100.0;
    const double progress = std::fabs(spec.target_2020 - spec.baseline) + 1e-9;
    const double sign = spec.higher_is_better ? 1.0 : -1.0;
    app::MeasurementInput m;
    m.year = year;
    m.value = std::max(0.0, Round(target + sign * swing * progress, spec.unit == "%"));
    m.source = "Bilan annuel " + std::to_string(year) + " des institutions pilotes";
    if (random_.Chance(0.2)) m.comment = "Chiffre consolidé en comité de pilotage.";
    Check(app::RecordMeasurement(store_, clock_, ActorOf(pilot), indicator, m), spec.name);
    ++counts_.measurements;
  }

  void AddCommitment(std::int64_t objective, const DemoObjectiveSpec& spec,
                     std::int64_t pilot) {
    app::CommitmentInput c;
    c.objective_id = objective;
    c.institution_id = pilot;
    c.text = spec.commitment;
    auto actions = app::Read(store_, [&](app::UnitOfWork& uow) {
      return uow.Pact().ActionsOfObjective(spec.action_objective, 1);
    });
    if (!actions.empty()) c.action_id = actions.front().id;
    Check(app::AddCommitment(store_, clock_, system_, c), "engagement");
  }

  void AddComments(std::int64_t objective, const std::vector<std::int64_t>& pilots) {
    static const std::vector<std::string> kFindings{
        "Les chiffres de l'année confirment la tendance : le repérage progresse mais reste "
        "inégal selon les territoires.",
        "Proposition : présenter au prochain comité de pilotage une analyse par territoire.",
        "Les partenaires signalent des difficultés de recrutement des intervenants en fin "
        "d'année.",
    };
    for (std::size_t k = 0; k < pilots.size(); ++k) {
      Check(app::AddObjectiveComment(store_, clock_, ActorOf(pilots[k]), objective,
                                     kFindings[(static_cast<std::size_t>(objective) + k) % kFindings.size()]),
            "commentaire");
    }
  }

  // The signataire agent of an institution when it has one, the system otherwise.
  app::Actor ActorOf(std::int64_t institution) const {
    auto it = agent_of_.find(institution);
    if (it == agent_of_.end()) return system_;
    app::Actor a;
    a.agent_id = it->second;
    a.display_name = "signataire";
    a.roles = {Role::kSignataire};
    a.institution_id = institution;
    a.request_id = "demo";
    return a;
  }

  app::Store& store_;
  const app::Clock& clock_;
  const DemoPactInput& in_;
  DemoRandom random_;
  app::Actor system_ = app::Actor::System("demo");
  std::int64_t pact_id_ = 0;
  std::vector<std::int64_t> signatories_;
  std::map<std::string, std::int64_t> orientations_;
  std::map<std::int64_t, std::int64_t> agent_of_;  // institution → signataire agent
  DemoPactCounts counts_;
};

}  // namespace

const std::vector<std::string>& DemoPactDefinitionCodes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const auto& o : DemoObjectives()) {
      for (const auto& i : o.indicators) {
        if (!i.computed_by.empty()) out.push_back(i.computed_by);
      }
    }
    return out;
  }();
  return codes;
}

DemoPactCounts CreateDemoPact(app::Store& store, const app::Clock& clock,
                              const DemoPactInput& in) {
  return PactBuilder(store, clock, in).Build();
}

}  // namespace pacte::io
