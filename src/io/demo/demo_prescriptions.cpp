// The demo prescriptions (part of GenerateOffer, see demo_offer.hpp): cohorts (the sessions,
// and monthly entries into the actions without sessions) are filled in date order by the
// référents of the persons they follow; each prescription draws its answer, entry and exit.

#include <algorithm>
#include <map>
#include <set>

#include "io/demo/demo_offer.hpp"
#include "io/demo/demo_random.hpp"

namespace pacte::io {
namespace {

using std::chrono::days;
using std::chrono::hours;
using Batch = app::OfferBatch;
using Seconds = std::chrono::sys_seconds;

constexpr Date kNever = Date{std::chrono::year{9999} / 12 / 31};

// A person followed by a référent over [from, to).
struct Follower {
  std::int64_t person_id = 0;
  std::size_t person = 0;  // index in the population batch
  std::int64_t agent_id = 0;
  std::int64_t structure_id = 0;
  Date from{};
  Date to = kNever;
  std::string commune;
};

// Places to fill from `start`: a session, or a month of entries into an action without one.
struct Cohort {
  std::size_t action = 0;
  std::optional<std::size_t> session;
  Date start{};
  Date end{};  // sessions only
  int places = 0;
};

class PrescriptionGenerator {
 public:
  PrescriptionGenerator(const OfferInput& in, Batch& batch)
      : in_(in), batch_(batch), random_(in.seed * 6151 + 29), now_(in.now), today_(DateOf(in.now)) {
    IndexFollowers();
    for (const auto& op : in.operators) agents_[op.structure_id] = op.agents;
    for (const auto& c : in.communes) {
      if (c.territory_id)
        territory_communes_[std::to_string(*c.territory_id)].push_back(c.insee_code);
    }
  }

  void Run() {
    std::vector<Cohort> cohorts;
    for (std::size_t s = 0; s < batch_.sessions.size(); ++s) {
      const auto& session = batch_.sessions[s];
      if (session.cancelled || batch_.actions[session.action].status == "brouillon") continue;
      cohorts.push_back({session.action, s, session.starts_on, session.ends_on, session.places});
    }
    for (std::size_t a = 0; a < batch_.actions.size(); ++a) MonthlyCohorts(a, cohorts);
    std::stable_sort(cohorts.begin(), cohorts.end(),
                     [](const Cohort& x, const Cohort& y) { return x.start < y.start; });
    for (auto& c : cohorts) Fill(c);
  }

 private:
  void IndexFollowers() {
    const auto& pop = *in_.population;
    std::map<std::size_t, std::vector<std::string>> themes;
    for (const auto& d : pop.diagnostics) {
      for (const auto& item : d.items) {
        if (item.impact != "sans_impact") themes[d.person].push_back(item.theme);
      }
    }
    for (const auto& a : pop.assignments) {
      Follower f{in_.person_ids.at(a.person),
                 a.person,
                 a.agent_id,
                 a.structure_id,
                 a.valid_from,
                 a.valid_to.value_or(kNever),
                 pop.persons[a.person].second.commune_code.value_or("")};
      const std::size_t index = followers_.size();
      followers_.push_back(f);
      by_commune_[f.commune].push_back(index);
      for (const auto& t : themes[a.person]) by_theme_[t].push_back(index);
    }
  }

  void MonthlyCohorts(std::size_t a, std::vector<Cohort>& cohorts) {
    const auto& action = batch_.actions[a];
    if (!action.capacity || action.status == "brouillon") return;
    const Date created = DateOf(action.created_at);
    const Date last = action.archived_at
                          ? DateOf(*action.archived_at) - days{7 * action.weeks.value_or(4)}
                          : today_ + days{60};
    auto ymd = std::chrono::year_month_day{created};
    Date month = Date{ymd.year() / ymd.month() / 1} + days{40};
    for (; month <= last; month = AddMonths(month, 1)) {
      cohorts.push_back({a, std::nullopt,
                         Date{std::chrono::year_month_day{month}.year() /
                              std::chrono::year_month_day{month}.month() / 1},
                         Date{}, 0});
    }
  }

  // Who holds a place of an action without sessions on `day` (accepted, not yet out).
  int Holding(std::size_t action, Date day) const {
    auto it = releases_.find(action);
    if (it == releases_.end()) return 0;
    return static_cast<int>(
        std::count_if(it->second.begin(), it->second.end(), [&](Date r) { return r > day; }));
  }

  void Fill(Cohort& c) {
    const auto& action = batch_.actions[c.action];
    int target = 0;
    if (c.session) {
      target = random_.Chance(0.3) ? c.places
                                   : static_cast<int>(c.places * random_.Between(50, 95) / 100);
    } else {
      c.places = *action.capacity - Holding(c.action, c.start);
      const int weeks = std::max(1, action.weeks.value_or(8));
      const double monthly = *action.capacity * 4.35 / weeks * random_.Between(20, 55) / 100.0;
      target = std::min(c.places, std::max(1, static_cast<int>(monthly + 0.5)));
    }
    if (c.places <= 0) return;
    int accepted = 0;
    std::vector<std::size_t> seen;
    const int attempts = c.places * 3 + 5;
    for (int i = 0; i < attempts && accepted < target; ++i)
      accepted += Prescribe(c, accepted, seen);
    if (accepted >= c.places && random_.Chance(0.4)) Prescribe(c, accepted, seen);
  }

  bool InZone(std::size_t action, const std::string& commune) {
    auto [it, inserted] = zones_.try_emplace(action);
    if (inserted) {
      for (const auto& [list, code] : batch_.actions[action].codes) {
        if (list == "zone_commune") it->second.insert(code);
        if (list == "zone_territory") {
          for (const auto& c : territory_communes_[code]) it->second.insert(c);
        }
      }
    }
    return it->second.empty() || it->second.count(commune) > 0;
  }

  std::optional<std::size_t> PickFollower(const Cohort& c, Date on,
                                          const std::vector<std::size_t>& seen) {
    std::vector<std::string> barriers;
    for (const auto& [list, code] : batch_.actions[c.action].codes) {
      if (list == "barrier") barriers.push_back(code);
    }
    for (int tries = 0; tries < 15; ++tries) {
      const std::vector<std::size_t>* pool = nullptr;
      if (!barriers.empty() && random_.Chance(0.6)) {
        auto it = by_theme_.find(random_.Pick(barriers));
        if (it != by_theme_.end()) pool = &it->second;
      } else if (const auto& commune = batch_.actions[c.action].commune_code;
                 commune && random_.Chance(0.4)) {
        auto it = by_commune_.find(*commune);
        if (it != by_commune_.end()) pool = &it->second;
      }
      std::size_t f = 0;
      if (pool && !pool->empty()) {
        f = random_.Pick(*pool);
      } else if (!followers_.empty()) {
        f = static_cast<std::size_t>(
            random_.Between(0, static_cast<std::int64_t>(followers_.size()) - 1));
      } else {
        return std::nullopt;
      }
      const Follower& who = followers_[f];
      if (who.from > on || who.to <= on) continue;
      if (auto it = free_from_.find(who.person); it != free_from_.end() && it->second > on)
        continue;
      if (std::find(seen.begin(), seen.end(), who.person) != seen.end()) continue;
      if (!InZone(c.action, who.commune)) continue;
      return f;
    }
    return std::nullopt;
  }

  std::optional<std::int64_t> OperatorAgent(std::size_t action) {
    const auto& agents = agents_[batch_.actions[action].structure_id];
    if (agents.empty()) return std::nullopt;
    return random_.Pick(agents);
  }

  static Seconds At(Date d, int hour, int minute = 0) {
    return Seconds{d} + hours{hour} + std::chrono::minutes{minute};
  }

  // One prescription to the cohort; returns 1 when it took a place.
  int Prescribe(const Cohort& c, int accepted, std::vector<std::size_t>& seen) {
    const int delay = random_.Chance(0.8) ? static_cast<int>(random_.Between(1, 14))
                                          : static_cast<int>(random_.Between(15, 28));
    const Date on = c.start - days{random_.Between(delay + 1, delay + 30)};
    const Seconds prescribed =
        At(on, static_cast<int>(random_.Between(9, 17)), static_cast<int>(random_.Between(0, 59)));
    if (prescribed > now_) return 0;
    const auto f = PickFollower(c, on, seen);
    if (!f) return 0;
    const Follower& who = followers_[*f];
    seen.push_back(who.person);

    Batch::PrescriptionRow p;
    p.person_id = who.person_id;
    p.action = c.action;
    p.session = c.session;
    p.prescriber_agent_id = who.agent_id;
    p.prescriber_structure_id = who.structure_id;
    p.message = random_.Pick(Messages());
    const auto& action = batch_.actions[c.action];
    p.weekly_hours = c.session ? batch_.sessions[*c.session].weekly_hours : action.weekly_hours;
    p.weeks = c.session ? batch_.sessions[*c.session].weeks : action.weeks;
    p.prescribed_at = prescribed;
    p.events.push_back({"en_attente", prescribed, who.agent_id, {}, {}, ""});
    const int taken = Answer(c, p, delay, accepted);
    free_from_[who.person] = FreeFrom(p);
    batch_.prescriptions.push_back(std::move(p));
    return taken;
  }

  // Draws the answer: accepted (then entry and exit), refused, expired, or still pending.
  int Answer(const Cohort& c, Batch::PrescriptionRow& p, int delay, int accepted) {
    const double u = random_.Between(0, 999) / 1000.0;
    const bool expires = u >= 0.91;
    const Seconds answered =
        At(DateOf(p.prescribed_at) + days{delay}, static_cast<int>(random_.Between(9, 17)),
           static_cast<int>(random_.Between(0, 59)));
    const Seconds due = p.prescribed_at + days{in_.expiry_days};
    const Seconds reminder = p.prescribed_at + days{in_.reminder_days};
    const Seconds settled = expires ? due : answered;
    if (reminder <= now_ && reminder < settled) {
      p.reminded_at = reminder;
      p.events.push_back({"relance", reminder, {}, {}, {}, "Relance automatique de l'opérateur"});
    }
    if (settled > now_) {
      p.status = "en_attente";
      return 0;
    }
    if (expires) {
      p.status = "expiree";
      p.events.push_back({"expiree", due, {}, {}, {}, "Sans réponse dans le délai"});
      return 0;
    }
    p.answered_at = answered;
    const auto agent = OperatorAgent(c.action);
    if (u >= 0.76 || accepted >= c.places) {
      p.status = "refusee";
      p.reason = accepted >= c.places && u < 0.76 ? "plus_de_place" : RefusalReason();
      if (*p.reason == "autre") p.reason_detail = random_.Pick(OtherReasons());
      p.events.push_back({"refusee", answered, agent, p.reason, {}, p.reason_detail.value_or("")});
      return 0;
    }
    p.status = "acceptee";
    p.events.push_back({"acceptee", answered, agent, {}, {}, ""});
    Participate(c, p);
    return 1;
  }

  void Participate(const Cohort& c, Batch::PrescriptionRow& p) {
    const auto& action = batch_.actions[c.action];
    const int length = std::max(1, action.weeks.value_or(4)) * 7 - 3;
    Date entry = c.start;
    Date end = c.end;
    if (!c.session) {
      entry = c.start + days{random_.Between(0, 20)};
      end = entry + days{length};
    }
    entry = std::max(entry, DateOf(*p.answered_at) + days{1});
    end = std::max(end, entry);
    Date release = kNever;
    if (At(entry, 9) <= now_) {
      p.status = "entree";
      p.entered_on = entry;
      p.events.push_back({"entree", At(entry, 9), OperatorAgent(c.action), {}, {}, ""});
      const std::string outcome = Outcome(action.objective);
      const int span = static_cast<int>((end - entry).count());
      Date out = end;
      if (outcome == "abandon" || outcome == "exclusion") {
        out = entry + days{random_.Between(1, std::max(1, span * 2 / 3))};
      } else if (outcome == "emploi" || outcome == "formation") {
        out = entry + days{random_.Between(std::max(1, span / 3), std::max(1, span))};
      }
      if (At(out, 16) <= now_) {
        p.status = "sortie";
        p.outcome = outcome;
        p.exited_on = out;
        p.events.push_back({"sortie", At(out, 16), OperatorAgent(c.action), {}, outcome, ""});
        release = out;
      }
    }
    if (!c.session) releases_[c.action].push_back(release);
  }

  Date FreeFrom(const Batch::PrescriptionRow& p) const {
    if (p.status == "sortie") return *p.exited_on;
    if (p.status == "refusee") return DateOf(*p.answered_at);
    if (p.status == "expiree") return DateOf(p.prescribed_at) + days{in_.expiry_days};
    return kNever;
  }

  std::string RefusalReason() {
    const auto u = random_.Between(0, 99);
    if (u < 25) return "public_non_eligible";
    if (u < 60) return "personne_injoignable";
    if (u < 85) return "refus_personne";
    return "autre";
  }

  std::string Outcome(const std::string& objective) {
    const bool job = objective == "acceder_emploi" || objective == "acceder_qualification";
    const auto u = random_.Between(0, 99);
    if (u < (job ? 22 : 8)) return "emploi";
    if (u < (job ? 30 : 15)) return "formation";
    if (u < (job ? 45 : 33)) return "abandon";
    if (u < (job ? 48 : 36)) return "exclusion";
    return "terminee";
  }

  static const std::vector<std::string>& Messages() {
    static const std::vector<std::string> m{
        "Bonjour, je vous adresse une personne motivée et disponible rapidement.",
        "Personne suivie dans le cadre de son contrat d'engagement ; l'action répond au "
        "frein identifié lors du diagnostic.",
        "Bonjour, cette action correspond au projet travaillé en entretien. Merci de me tenir "
        "informé de la suite.",
        "Disponible en matinée uniquement (garde d'enfants l'après-midi).",
        "Première étape du parcours convenue avec la personne lors du dernier rendez-vous.",
        "Orientation proposée après l'échec d'une précédente démarche ; la personne souhaite "
        "un accompagnement collectif.",
        "Merci de contacter la personne par téléphone plutôt que par courriel."};
    return m;
  }

  static const std::vector<std::string>& OtherReasons() {
    static const std::vector<std::string> r{
        "Horaires incompatibles avec la garde des enfants.",
        "La personne a repris un emploi avant le début de l'action.",
        "Déménagement hors du département.",
        "Prérequis linguistiques non atteints : orientation vers un atelier sociolinguistique."};
    return r;
  }

  const OfferInput& in_;
  Batch& batch_;
  DemoRandom random_;
  Seconds now_;
  Date today_;
  std::vector<Follower> followers_;
  std::map<std::string, std::vector<std::size_t>> by_commune_;
  std::map<std::string, std::vector<std::size_t>> by_theme_;
  std::map<std::int64_t, std::vector<std::int64_t>> agents_;
  std::map<std::string, std::vector<std::string>> territory_communes_;
  std::map<std::size_t, std::set<std::string>> zones_;
  std::map<std::size_t, Date> free_from_;  // person index → free for a new prescription
  std::map<std::size_t, std::vector<Date>> releases_;  // action → when each place frees
};

}  // namespace

void AddDemoPrescriptions(const OfferInput& in, app::OfferBatch& batch) {
  if (!in.population) return;
  PrescriptionGenerator(in, batch).Run();
}

}  // namespace pacte::io
