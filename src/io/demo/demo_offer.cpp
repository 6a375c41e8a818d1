#include "io/demo/demo_offer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "domain/offer/objective.hpp"
#include "io/demo/demo_catalog.hpp"
#include "io/demo/demo_offer_templates.hpp"
#include "io/demo/demo_random.hpp"

namespace pacte::io {
namespace {

using std::chrono::days;
using Batch = app::OfferBatch;

constexpr int kProgrammeYears = 5;
constexpr int kShowcaseActions = 3;  // actions of the demo operator login's structure
constexpr const char* kDepartement = "Conseil départemental des Hauts-de-Seine";

int YearOf(Date d) { return static_cast<int>(std::chrono::year_month_day{d}.year()); }
Date DayOf(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
}

std::string Pad(std::int64_t n, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(n));
  return buf;
}

const std::vector<std::string>& MonthNames() {
  static const std::vector<std::string> names{"janvier",   "février", "mars",     "avril",
                                              "mai",       "juin",    "juillet",  "août",
                                              "septembre", "octobre", "novembre", "décembre"};
  return names;
}

// The co-funders of an action of `domain`, besides the département (institution names).
std::vector<std::pair<std::string, double>> CoFunders(const std::string& domain) {
  if (domain == "iae") {
    return {
        {"Direction départementale de l'emploi, du travail et des solidarités des "
         "Hauts-de-Seine",
         0.9}};
  }
  if (domain == "qualification") return {{"Région Île-de-France", 0.7}};
  if (domain == "emploi" || domain == "projet") return {{"France Travail Hauts-de-Seine", 0.4}};
  if (domain == "famille") return {{"Caisse d'allocations familiales des Hauts-de-Seine", 0.6}};
  if (domain == "sante") return {{"Caisse primaire d'assurance maladie des Hauts-de-Seine", 0.5}};
  return {};
}

class OfferGenerator {
 public:
  explicit OfferGenerator(const OfferInput& in)
      : in_(in), random_(in.seed * 104729 + 4), today_(DateOf(in.now)), year_(YearOf(today_)) {
    for (std::size_t i = 0; i < in.communes.size(); ++i) {
      commune_index_[in.communes[i].insee_code] = i;
    }
  }

  Batch Run() {
    batch_.di_source = in_.di_source;
    for (int y = year_ - kProgrammeYears + 1; y <= year_; ++y) {
      batch_.programmes.push_back({y,
                                   "Programme départemental d'insertion et de retour à "
                                   "l'emploi " +
                                       std::to_string(y),
                                   DayOf(y - 1, 12, static_cast<unsigned>(random_.Between(8, 19))),
                                   {}});
    }
    const auto counts = ActionsPerOperator();
    for (std::size_t o = 0; o < in_.operators.size(); ++o) {
      for (int k = 0; k < counts[o]; ++k) AddAction(in_.operators[o], k, o == 0);
    }
    Budgets();
    return std::move(batch_);
  }

 private:
  // One action per operator (even when that makes more than in_.actions), the rest drawn in
  // proportion to the number of their domains.
  std::vector<int> ActionsPerOperator() {
    const int n = static_cast<int>(in_.operators.size());
    std::vector<int> counts(in_.operators.size(), 1);
    std::vector<std::int64_t> cumulative;
    std::int64_t total = 0;
    for (const auto& op : in_.operators) {
      total += static_cast<std::int64_t>(std::max<std::size_t>(1, op.domains.size()));
      cumulative.push_back(total);
    }
    int made = n;
    if (n > 0) {
      counts[0] = kShowcaseActions;
      made += kShowcaseActions - 1;
    }
    for (; made < in_.actions && total > 0; ++made) {
      const std::int64_t x = random_.Between(1, total);
      ++counts[static_cast<std::size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), x) -
                                        cumulative.begin())];
    }
    return counts;
  }

  // The least used template of the domain that this operator does not run yet.
  const ActionTemplate& PickTemplate(const OfferOperator& op, int k) {
    const std::string domain = op.domains.empty()
                                   ? "remobilisation"
                                   : op.domains[static_cast<std::size_t>(k) % op.domains.size()];
    const ActionTemplate* best = nullptr;
    int best_uses = 0;
    for (const auto& t : DemoActionTemplates()) {
      if (t.domain != domain) continue;
      const bool mine = std::find(taken_.begin(), taken_.end(),
                                  std::make_pair(op.structure_id, &t)) != taken_.end();
      const int uses = uses_[&t] + (mine ? 1000 : 0);
      if (!best || uses < best_uses || (uses == best_uses && random_.Chance(0.5))) {
        best = &t;
        best_uses = uses;
      }
    }
    if (!best) best = &DemoActionTemplates().front();
    ++uses_[best];
    taken_.emplace_back(op.structure_id, best);
    return *best;
  }

  // Capacities of the actions without sessions follow the number of persons followed by a
  // référent (about 25,000 at tier M).
  double CapacityScale() const {
    const double followed =
        in_.population ? static_cast<double>(in_.population->assignments.size()) : 25000.0;
    return std::clamp(followed / 25000.0, 0.15, 4.0);
  }

  const OfferCommune* CommuneOf(const std::string& code) const {
    auto it = commune_index_.find(code);
    return it == commune_index_.end() ? nullptr : &in_.communes[it->second];
  }

  // The operator's commune mostly, sometimes another commune of its territory.
  const OfferCommune* PlaceOf(const OfferOperator& op) {
    const OfferCommune* home = CommuneOf(op.commune_code);
    if (!home || !home->territory_id || random_.Chance(0.85)) return home;
    std::vector<const OfferCommune*> same;
    for (const auto& c : in_.communes) {
      if (c.territory_id == home->territory_id) same.push_back(&c);
    }
    return random_.Pick(same);
  }

  struct Life {
    std::string status;
    int first_year = 0;
    int last_year = 0;
    Date created{};
    std::optional<Date> published;
    std::optional<Date> archived;
  };

  Life DrawLife() {
    Life l;
    l.first_year =
        random_.Chance(0.55) ? year_ - 4 : static_cast<int>(random_.Between(year_ - 3, year_));
    l.last_year = year_;
    l.created = DayOf(l.first_year, 1, 2) + days{random_.Between(0, 150)};
    if (l.first_year == year_ && random_.Chance(0.35)) {
      l.status = "brouillon";
      l.created = today_ - days{random_.Between(5, 60)};
      return l;
    }
    l.created = std::min(l.created, today_ - days{random_.Between(20, 60)});
    l.published = std::min(today_, l.created + days{random_.Between(3, 20)});
    if (l.first_year <= year_ - 2 && random_.Chance(0.14)) {
      l.status = "archivee";
      l.last_year = static_cast<int>(random_.Between(l.first_year + 1, year_ - 1));
      l.archived = DayOf(l.last_year, 12, static_cast<unsigned>(random_.Between(15, 30)));
      return l;
    }
    l.status = "publiee";
    return l;
  }

  // The demo operator login's actions: published since the first programme, still running.
  Life ShowcaseLife() {
    Life l;
    l.status = "publiee";
    l.first_year = year_ - kProgrammeYears + 1;
    l.last_year = year_;
    l.created = DayOf(l.first_year, 1, 2) + days{random_.Between(0, 60)};
    l.published = l.created + days{random_.Between(3, 20)};
    return l;
  }

  Date DateMaj(const Life& l) {
    if (l.archived) return *l.archived;
    if (!l.published) return l.created;
    const Date drawn = random_.Chance(0.85) ? today_ - days{random_.Between(0, 170)}
                                            : today_ - days{random_.Between(190, 420)};
    return std::max(drawn, *l.published);
  }

  void AddAction(const OfferOperator& op, int k, bool showcase) {
    const ActionTemplate& t = PickTemplate(op, k);
    const Life life = showcase ? ShowcaseLife() : DrawLife();
    const OfferCommune* place = PlaceOf(op);
    Batch::ActionRow a;
    a.structure_id = op.structure_id;
    a.programme = static_cast<std::size_t>(life.last_year - (year_ - kProgrammeYears + 1));
    a.status = life.status;
    a.name = UniqueName(t, op, place);
    a.description = t.description;
    if (place) a.description += " Lieu principal : " + place->name + ".";
    a.objective = t.objective;
    a.action_type = t.action_type;
    a.service_type = t.service_type;
    if (!t.frais_precisions.empty()) {
      a.frais = "payant";
      a.frais_precisions = t.frais_precisions;
    }
    a.publics_precisions =
        "Personnes bénéficiaires du RSA soumises aux droits et devoirs, "
        "suivies par un référent de parcours.";
    a.conditions_acces = "Sur prescription du référent de parcours RSA.";
    Address(a, op, place);
    a.mobilisation_precisions =
        "Prescription par le référent dans pacte ; réponse de "
        "l'opérateur sous quinze jours.";
    a.weekly_hours = t.weekly_hours > 0 ? std::optional<double>(t.weekly_hours) : std::nullopt;
    a.weeks = t.weeks;
    if (!t.sessions) {
      const auto drawn = static_cast<double>(random_.Between(t.places_min, t.places_max));
      a.capacity = std::max(3, static_cast<int>(std::lround(drawn * CapacityScale())));
    }
    a.funding_amount_cents =
        (random_.Between(t.funding_min_k * 2, t.funding_max_k * 2) * 500) * 100;
    a.convention_number = "CD92-PDI-" + std::to_string(life.last_year) + "-" +
                          Pad(static_cast<std::int64_t>(batch_.actions.size()) + 1, 3);
    a.esf_cofunded = random_.Chance(t.objective == "lever_freins_sociaux" ? 0.1 : 0.35);
    a.date_maj = DateMaj(life);
    a.created_at = std::chrono::sys_seconds{life.created} + std::chrono::hours{10};
    if (life.published)
      a.published_at = std::chrono::sys_seconds{*life.published} + std::chrono::hours{11};
    if (life.archived)
      a.archived_at = std::chrono::sys_seconds{*life.archived} + std::chrono::hours{17};
    Codes(a, t, place);
    const std::size_t index = batch_.actions.size();
    years_.push_back({life.first_year, life.last_year});
    batch_.actions.push_back(std::move(a));
    if (t.sessions) Sessions(index, t, life);
  }

  std::string UniqueName(const ActionTemplate& t, const OfferOperator& op,
                         const OfferCommune* place) {
    std::string name = t.name;
    if (names_.count(name) && place) name = t.name + " — " + place->name;
    if (names_.count(name)) name = t.name + " — " + op.name;
    names_.insert(name);
    return name;
  }

  void Address(Batch::ActionRow& a, const OfferOperator& op, const OfferCommune* place) {
    static const std::vector<std::string> streets{"rue de la République",
                                                  "avenue Jean-Jaurès",
                                                  "boulevard Gambetta",
                                                  "rue Victor-Hugo",
                                                  "avenue du Général-de-Gaulle",
                                                  "rue Pasteur",
                                                  "rue Jules-Ferry",
                                                  "allée des Platanes",
                                                  "rue Gabriel-Péri",
                                                  "avenue Georges-Clemenceau",
                                                  "rue Paul-Bert",
                                                  "place du Marché"};
    static const std::vector<std::string> hours{
        "Mo-Fr 09:00-12:30,13:30-17:30", "Mo-Th 09:00-17:00; Fr 09:00-12:00",
        "Mo,Tu,Th,Fr 09:00-12:30,14:00-17:00", "Tu-Sa 09:30-12:30,14:00-18:00"};
    a.adresse = std::to_string(random_.Between(1, 180)) + " " + random_.Pick(streets);
    if (random_.Chance(0.3))
      a.complement_adresse =
          "Bâtiment " + std::string(1, static_cast<char>('A' + random_.Between(0, 3)));
    if (place) {
      a.commune_code = place->insee_code;
      a.commune_name = place->name;
      a.code_postal = place->postal_code;
      if (place->lat && place->lon) {
        a.latitude = std::round((*place->lat + random_.Between(-40, 40) / 10000.0) * 1e6) / 1e6;
        a.longitude = std::round((*place->lon + random_.Between(-40, 40) / 10000.0) * 1e6) / 1e6;
      }
    }
    a.telephone = "01 4" + std::to_string(random_.Between(0, 9)) + " " +
                  Pad(random_.Between(10, 99), 2) + " " + Pad(random_.Between(10, 99), 2) + " " +
                  Pad(random_.Between(10, 99), 2);
    a.courriel = "prescriptions." + std::to_string(batch_.actions.size() + 1) + "@pacte-demo.fr";
    a.contact_nom_prenom = random_.Pick(DemoFirstNames()) + " " + random_.Pick(DemoLastNames());
    a.horaires_accueil = random_.Pick(hours);
    place_ = (place ? "Locaux de " + op.name + ", " + *a.adresse + ", " + place->name : op.name);
  }

  void Codes(Batch::ActionRow& a, const ActionTemplate& t, const OfferCommune* place) {
    auto add = [&](const char* list, const std::string& code) { a.codes.emplace_back(list, code); };
    for (const auto& c : t.thematiques) add("thematique", c);
    for (const auto& c : t.publics) add("public", c);
    for (const auto& c : t.barriers) add("barrier", c);
    add("mode_accueil", "en-presentiel");
    if (t.remote) add("mode_accueil", "a-distance");
    add("mode_mobilisation", "envoyer-un-courriel");
    add("mode_mobilisation", "telephoner");
    if (random_.Chance(0.2)) add("mode_mobilisation", "se-presenter");
    add("mobilisable_par", "professionnels");
    if (random_.Chance(0.3)) add("mobilisable_par", "usagers");
    Funders(a, t);
    const double u = random_.Between(0, 99) / 100.0;
    if (!place || u < 0.65) return;  // the whole département
    if (u < 0.9 && place->territory_id) {
      add("zone_territory", std::to_string(*place->territory_id));
      return;
    }
    add("zone_commune", place->insee_code);
    for (const auto& c : in_.communes) {
      if (c.insee_code != place->insee_code && c.territory_id == place->territory_id &&
          random_.Chance(0.2)) {
        add("zone_commune", c.insee_code);
      }
    }
  }

  void Funders(Batch::ActionRow& a, const ActionTemplate& t) {
    auto add = [&](const std::string& institution) {
      auto it = in_.institutions.find(institution);
      if (it != in_.institutions.end()) a.codes.emplace_back("funder", std::to_string(it->second));
    };
    add(kDepartement);
    for (const auto& [name, p] : CoFunders(t.domain)) {
      if (random_.Chance(p)) add(name);
    }
  }

  // Sessions from the action's first year to the next half-year: one to four a year (tier),
  // fewer for long actions; none before its creation nor after its archiving.
  void Sessions(std::size_t action, const ActionTemplate& t, const Life& l) {
    const int cap = std::max(1, 50 / (t.weeks + 2));
    const int per_year = std::min(cap, std::max(1, in_.sessions_per_year));
    for (int y = l.first_year; y <= l.last_year + 1; ++y) {
      for (int k = 0; k < per_year; ++k) {
        Date start = DayOf(y, 1, 5) + days{k * 365 / per_year + random_.Between(0, 20)};
        if (std::chrono::year_month_day{start}.month() == std::chrono::August) {
          start = DayOf(y, 9, 1) + days{random_.Between(0, 6)};
        }
        const auto weekday = std::chrono::weekday{start}.iso_encoding();  // 1 = Monday
        start += days{(8 - weekday) % 7};
        const Date end = start + days{std::max(1, t.weeks) * 7 - 3};
        if (start < l.created + days{14} || start > today_ + days{200}) continue;
        if (l.archived && end > *l.archived) continue;
        if (!l.published && start <= today_) continue;
        AddSession(action, t, start, end);
      }
    }
  }

  void AddSession(std::size_t action, const ActionTemplate& t, Date start, Date end) {
    Batch::SessionRow s;
    s.action = action;
    const auto ymd = std::chrono::year_month_day{start};
    s.label = "Session de " + MonthNames()[static_cast<unsigned>(ymd.month()) - 1] + " " +
              std::to_string(static_cast<int>(ymd.year()));
    s.starts_on = start;
    s.ends_on = end;
    s.schedule = t.schedule;
    if (t.weekly_hours > 0) s.weekly_hours = t.weekly_hours;
    s.weeks = t.weeks;
    s.places = static_cast<int>(random_.Between(t.places_min, t.places_max));
    s.place = place_;
    s.commune_code = batch_.actions[action].commune_code;
    s.cancelled = random_.Chance(0.03);
    const Date created = std::max(DateOf(batch_.actions[action].created_at),
                                  std::min(today_, start - days{random_.Between(30, 75)}));
    s.created_at = std::chrono::sys_seconds{created} + std::chrono::hours{14};
    batch_.sessions.push_back(std::move(s));
  }

  // Each programme's budget per objective: the funding of the actions running that year
  // (3 % less a year back), plus a 4–15 % margin, rounded up to 10,000 €.
  void Budgets() {
    const int first = year_ - kProgrammeYears + 1;
    for (std::size_t p = 0; p < batch_.programmes.size(); ++p) {
      const int y = first + static_cast<int>(p);
      for (Objective o : AllObjectives()) {
        double euros = 0;
        for (std::size_t i = 0; i < batch_.actions.size(); ++i) {
          const auto& a = batch_.actions[i];
          if (a.objective != ObjectiveCode(o) || y < years_[i].first || y > years_[i].second)
            continue;
          euros += static_cast<double>(*a.funding_amount_cents) / 100.0 * std::pow(0.97, year_ - y);
        }
        euros *= random_.Between(104, 115) / 100.0;
        const auto rounded = static_cast<std::int64_t>(std::ceil(euros / 10000.0)) * 10000;
        batch_.programmes[p].budgets.emplace_back(std::string(ObjectiveCode(o)), rounded * 100);
      }
    }
  }

  const OfferInput& in_;
  DemoRandom random_;
  Date today_;
  int year_;
  Batch batch_;
  std::map<std::string, std::size_t> commune_index_;
  std::map<const ActionTemplate*, int> uses_;
  std::vector<std::pair<std::int64_t, const ActionTemplate*>> taken_;
  std::set<std::string> names_;
  std::vector<std::pair<int, int>> years_;  // first and last year of each action
  std::string place_;                       // place of delivery of the current action
};

}  // namespace

app::OfferBatch GenerateOffer(const OfferInput& in) {
  app::OfferBatch batch = OfferGenerator(in).Run();
  AddDemoPrescriptions(in, batch);
  return batch;
}

}  // namespace pacte::io
