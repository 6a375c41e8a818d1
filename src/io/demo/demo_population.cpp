#include "io/demo/demo_population.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_set>

#include "domain/beneficiary/barriers.hpp"
#include "domain/beneficiary/nir.hpp"
#include "domain/beneficiary/phone.hpp"
#include "io/demo/demo_catalog.hpp"
#include "io/demo/demo_random.hpp"

namespace pacte::io {
namespace {

using Batch = app::PopulationBatch;
using std::chrono::days;

const std::vector<std::string>& FemaleNames() {
  static const std::vector<std::string> names{
      "Awa",     "Fatoumata", "Sarah",   "Nadia",  "Sophie", "Marie",   "Aïcha",  "Inès",
      "Leïla",   "Camille",   "Julie",   "Samira", "Yasmina", "Nathalie", "Céline", "Aminata",
      "Mariam",  "Sandrine",  "Hélène",  "Chloé",  "Emma",   "Kadiatou", "Sonia",  "Isabelle",
      "Laetitia", "Karima",   "Élodie",  "Océane", "Manon",  "Rokia"};
  return names;
}

const std::vector<std::string>& MaleNames() {
  static const std::vector<std::string> names{
      "Mamadou", "Karim",   "Thomas",  "Nicolas", "Mohamed", "Julien", "Youssef", "Sébastien",
      "Ibrahima", "David",  "Mehdi",   "Franck",  "Olivier", "Moussa", "Jérôme",  "Bilal",
      "Stéphane", "Rachid", "Kevin",   "Antoine", "Ousmane", "Hugo",   "Samir",   "Éric",
      "Loïc",    "Amadou",  "Patrick", "Idriss",  "Cédric",  "Walid"};
  return names;
}

const std::vector<std::string>& Streets() {
  static const std::vector<std::string> streets{
      "rue de la République", "avenue Jean-Jaurès", "rue Victor-Hugo", "allée des Tilleuls",
      "rue Gabriel-Péri", "boulevard de la Seine", "rue Paul-Vaillant-Couturier",
      "avenue Pablo-Picasso", "rue des Acacias", "rue Henri-Barbusse", "cité des Fleurs",
      "rue du Marché"};
  return streets;
}

// Where a body stands among the organismes référents of the statistics.
enum class BodyClass { kFranceTravail, kDepartement, kOther };

BodyClass ClassOf(const std::string& category) {
  if (category == "france_travail") return BodyClass::kFranceTravail;
  if (category == "departement") return BodyClass::kDepartement;
  return BodyClass::kOther;
}

std::string Pad(std::uint64_t n, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llu", width, static_cast<unsigned long long>(n));
  return buf;
}

class Generator {
 public:
  explicit Generator(const PopulationInput& in) : in_(in), random_(in.seed * 7919 + 17) {
    std::int64_t total = 0;
    for (const auto& [code, weight] : in.communes) {
      total += std::max<std::int64_t>(weight, 1);
      commune_cumulative_.push_back(total);
    }
    for (std::size_t i = 0; i < in.bodies.size(); ++i) {
      if (in.bodies[i].referents.empty()) continue;
      by_class_[static_cast<int>(ClassOf(in.bodies[i].drees_category))].push_back(i);
    }
  }

  Batch Run() {
    const int current = in_.tier.dd_persons;
    // Former beneficiaries: about one for ten current ones, for history and retention.
    const int former = current / 10;
    int made = 0;
    while (made < current) made += AddHousehold(/*former=*/false, current - made);
    for (int i = 0; i < former; ++i) AddHousehold(/*former=*/true, 1);
    return std::move(batch_);
  }

 private:
  std::string Commune() {
    if (commune_cumulative_.empty()) return "92050";
    const std::int64_t x = random_.Between(1, commune_cumulative_.back());
    auto it = std::lower_bound(commune_cumulative_.begin(), commune_cumulative_.end(), x);
    return in_.communes[static_cast<std::size_t>(it - commune_cumulative_.begin())].first;
  }

  // Days in D&D, drawn to follow the seniority bands of the statistics (capped at ten years).
  int SeniorityDays() {
    const double u = random_.Between(0, 9999) / 10000.0;
    if (u < 0.16) return static_cast<int>(random_.Between(1, 182));
    if (u < 0.29) return static_cast<int>(random_.Between(183, 365));
    if (u < 0.47) return static_cast<int>(random_.Between(366, 730));
    if (u < 0.76) return static_cast<int>(random_.Between(731, 1826));
    return static_cast<int>(random_.Between(1827, 3650));
  }

  // An exponential-looking delay with the given mean, from a minimum.
  int Delay(int minimum, int mean) {
    const double u = (random_.Between(1, 9999)) / 10000.0;
    return minimum + static_cast<int>(-std::log(u) * (mean - minimum));
  }

  Person NewPerson(const std::string& commune, const std::string& last_name,
                   const std::string& address, bool female, int age, HouseholdRole role) {
    Person p;
    p.sex = female ? Sex::kFemale : Sex::kMale;
    p.civility = female ? Civility::kMadame : Civility::kMonsieur;
    p.first_name = random_.Pick(female ? FemaleNames() : MaleNames());
    p.last_name = last_name;
    const auto today = std::chrono::year_month_day{in_.today};
    const std::chrono::year_month_day birth{today.year() - std::chrono::years{age},
                                            std::chrono::month{static_cast<unsigned>(
                                                random_.Between(1, 12))},
                                            std::chrono::day{static_cast<unsigned>(
                                                random_.Between(1, 28))}};
    p.birth_date = std::chrono::sys_days{birth};
    p.role = role;
    p.commune_code = commune;
    p.address = address;
    if (random_.Chance(0.9)) {
      // Born in the Hauts-de-Seine, Paris or Seine-Saint-Denis, or abroad (99).
      static const std::vector<std::string> places{"92050", "92048", "75056", "93066", "99350",
                                                   "99134", "92012"};
      const std::string place = random_.Pick(places);
      const std::string first13 = std::string(female ? "2" : "1") +
                                  Pad(static_cast<int>(birth.year()) % 100, 2) +
                                  Pad(static_cast<unsigned>(birth.month()), 2) + place +
                                  Pad(static_cast<std::uint64_t>(++nir_serial_ % 999 + 1), 3);
      auto nir = ParseNir(first13);
      if (nir && nirs_.insert(nir->Value()).second) p.nir = *nir;
    }
    if (random_.Chance(0.85)) {
      p.phone = NormalisePhone("06" + Pad(random_.Between(0, 99999999), 8));
    }
    if (random_.Chance(0.55)) {
      std::string local = p.first_name.substr(0, 1) + last_name;
      std::string clean;
      for (char c : local) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) clean.push_back(static_cast<char>(c | 0x20));
      }
      p.email = clean + Pad(static_cast<std::uint64_t>(random_.Between(1, 999)), 3) +
                "@exemple-demo.fr";
    }
    return p;
  }

  // Adds a household with one or two adults; returns the number of persons added.
  int AddHousehold(bool former, int room) {
    const std::string commune = Commune();
    const std::string address = std::to_string(random_.Between(1, 160)) + " " +
                                random_.Pick(Streets());
    Household h;
    const std::uint64_t serial = ++household_serial_;
    h.numdemrsa = Pad((in_.seed % 89 + 10) * 1000000000ULL + serial, 11);
    h.caf_matricule = Pad(1000000 + (serial * 7919) % 8999999, 7);
    h.paying_body = random_.Chance(0.02) ? PayingBody::kMsa : PayingBody::kCaf;
    h.commune_code = commune;
    h.address = address;
    const std::size_t household = batch_.households.size();
    batch_.households.push_back(h);

    const bool couple = room > 1 && random_.Chance(0.22);
    // Children drawn from the serial (no extra random draw, so the rest of the batch is the
    // same as before the family situation was recorded): about half of the households.
    const bool children = (serial * 2654435761ULL) % 100 < (couple ? 62 : 41);
    const std::string family = couple ? (children ? "couple_avec_enfants" : "couple_sans_enfant")
                                      : (children ? "seul_avec_enfants" : "seul_sans_enfant");
    const std::string last_name = random_.Pick(DemoLastNames());
    const int seniority = former ? static_cast<int>(random_.Between(900, 3650))
                                 : SeniorityDays();
    const Date entered = in_.today - days{seniority};
    const bool first_female = random_.Chance(0.56);
    const int age = static_cast<int>(random_.Between(19, 63));
    AddPerson(household, NewPerson(commune, last_name, address, first_female, age,
                                   HouseholdRole::kDem),
              entered, former, h.caf_matricule, family);
    if (couple) {
      const int partner_age = std::clamp(age + static_cast<int>(random_.Between(-6, 6)), 19, 66);
      AddPerson(household, NewPerson(commune, last_name, address, !first_female, partner_age,
                                     HouseholdRole::kCjt),
                entered, former, h.caf_matricule, family);
    }
    return couple ? 2 : 1;
  }

  void AddPerson(std::size_t household, Person p, Date entered, bool former,
                 const std::string& caf_number, const std::string& family) {
    p.caf_number = caf_number;
    const std::size_t person = batch_.persons.size();
    batch_.persons.emplace_back(household, std::move(p));

    // A few current beneficiaries had an earlier, closed period of RSA.
    Date period_start = entered;
    if (!former && random_.Chance(0.08) && in_.today - entered > days{800}) {
      const Date earlier = entered - days{random_.Between(400, 1200)};
      const Date closed = earlier + days{random_.Between(120, 360)};
      batch_.rights.push_back({household, person, earlier, closed, "2", "1", {}, {}, family});
      batch_.rights.push_back({household, person, closed, entered, "5", "0", {}, {}, family});
    }
    std::optional<Date> exit_on;
    if (former) {
      exit_on = entered + days{random_.Between(200, 700)};
      if (*exit_on > in_.today - days{30}) exit_on = in_.today - days{30};
      batch_.rights.push_back({household, person, period_start, exit_on, "2", "1", {}, {}, family});
      batch_.rights.push_back({household, person, *exit_on, {}, "5", "0", {}, {}, family});
    } else {
      batch_.rights.push_back({household, person, period_start, {}, "2", "1", {}, {}, family});
    }
    const Date horizon = exit_on.value_or(in_.today);
    const int days_in = static_cast<int>((horizon - entered).count());

    // Orientation: most people once the first weeks have passed.
    const double p_oriented = days_in < 45 ? 0.25 : days_in < 120 ? 0.70 : 0.90;
    if (!random_.Chance(p_oriented)) return;
    int delay = Delay(12, 80);
    if (delay >= days_in) delay = std::max(1, days_in - 1);
    const Date oriented_on = entered + days{delay};
    const ReferentBody* body = PickBody();
    if (!body) return;
    const std::size_t orientation = batch_.orientations.size();
    batch_.orientations.push_back({person, oriented_on, "pcd", ParcoursFor(*body),
                                   body->structure_id, {}, Criteria(), std::nullopt, false});
    Date since = oriented_on;
    // Some are re-oriented later to another body.
    if (days_in - delay > 240 && random_.Chance(0.06)) {
      const ReferentBody* other = PickBody();
      if (other && other != body) {
        since = oriented_on + days{random_.Between(120, std::max<int>(121, days_in - delay - 30))};
        batch_.orientations.push_back({person, since, "pcd", ParcoursFor(*other),
                                       other->structure_id,
                                       std::string("Réorientation après revue du parcours"),
                                       Criteria(), orientation, true});
        body = other;
      }
    }
    FollowUp(person, *body, since, horizon, former);
    if (exit_on) {
      static const std::vector<std::string> reasons{
          "emploi_durable", "emploi_temporaire", "formation_qualifiante", "creation_activite",
          "fin_de_droit", "demenagement", "autre"};
      batch_.exits.push_back({person, *exit_on, random_.Pick(reasons)});
    }
  }

  // The body's référents, each repeated 2 or 3 times, so that caseloads differ (part-time
  // référents, new arrivals…) instead of being all equal.
  const std::vector<std::int64_t>& WeightedReferents(const ReferentBody& body) {
    auto [it, inserted] = weighted_.try_emplace(body.structure_id);
    if (inserted) {
      for (std::int64_t agent : body.referents) {
        const auto copies = random_.Between(2, 3);
        for (std::int64_t k = 0; k < copies; ++k) it->second.push_back(agent);
      }
    }
    return it->second;
  }

  const ReferentBody* PickBody() {
    const double u = random_.Between(0, 99) / 100.0;
    int cls = u < 0.40 ? 0 : u < 0.72 ? 1 : 2;
    for (int tries = 0; tries < 3 && by_class_[cls].empty(); ++tries) cls = (cls + 1) % 3;
    if (by_class_[cls].empty()) return nullptr;
    return &in_.bodies[random_.Pick(by_class_[cls])];
  }

  std::string ParcoursFor(const ReferentBody& body) {
    switch (ClassOf(body.drees_category)) {
      case BodyClass::kFranceTravail:
        return "professionnel";
      case BodyClass::kDepartement:
        return random_.Chance(0.55) ? "social" : "socio_professionnel";
      case BodyClass::kOther:
        if (body.drees_category == "ccas_cias") return "social";
        return random_.Chance(0.6) ? "socio_professionnel" : "professionnel";
    }
    return "social";
  }

  std::string Criteria() {
    static const std::vector<std::string> situations{"en_recherche_emploi", "sans_activite",
                                                     "en_formation", "en_emploi"};
    static const std::vector<std::string> levels{"infra_cap", "cap_bep", "bac", "superieur_bac"};
    static const std::vector<std::string> projects{"defini", "a_preciser", "aucun"};
    static const std::vector<std::string> areas{"sante", "logement", "mobilite", "garde_enfants"};
    static const std::vector<std::string> impacts{"fort", "moyen", "sans_impact"};
    std::string json = "{\"employment_situation\":\"" + random_.Pick(situations) +
                       "\",\"qualification\":\"" + random_.Pick(levels) + "\",\"project\":\"" +
                       random_.Pick(projects) + "\",\"difficulties\":[";
    const std::string area = random_.Pick(areas);
    json += "{\"area\":\"" + area + "\",\"impact\":\"" + random_.Pick(impacts) + "\"}]}";
    return json;
  }

  // Référent, contracts, appointments and diagnostic of a person oriented to `body` on `since`.
  void FollowUp(std::size_t person, const ReferentBody& body, Date since, Date horizon,
                bool former) {
    // Oriented, référent not (yet) designated: more often at France Travail, whose
    // advisers are not all followed in pacte.
    const bool france_travail = ClassOf(body.drees_category) == BodyClass::kFranceTravail;
    if (!random_.Chance(france_travail ? 0.72 : 0.88)) return;
    const std::int64_t referent = random_.Pick(WeightedReferents(body));
    Date referent_from = since + days{random_.Between(3, 30)};
    if (referent_from >= horizon) referent_from = since;
    batch_.assignments.push_back({person, referent, body.structure_id, referent_from,
                                  former ? std::optional<Date>(horizon) : std::nullopt,
                                  former ? std::optional<std::string>("sortie") : std::nullopt});
    Contracts(person, body, referent, referent_from, horizon);
    Appointments(person, body, referent, referent_from, horizon, former);
    if (random_.Chance(0.68)) Diagnostic(person, body, referent, referent_from, horizon);
  }

  void Contracts(std::size_t person, const ReferentBody& body, std::int64_t referent,
                 Date from, Date horizon) {
    const bool france_travail = ClassOf(body.drees_category) == BodyClass::kFranceTravail;
    // Half of those followed outside France Travail keep a valid contract; others lapsed.
    const double p_current = france_travail ? 0.8 : 0.56;
    const bool keeps_current = random_.Chance(p_current);
    if (!keeps_current && random_.Chance(0.45)) return;  // never signed one
    Date start = from + days{random_.Between(10, 75)};
    std::optional<std::size_t> previous;
    static const Date kLaw2025 = Date{std::chrono::year{2025} / 1 / 1};
    while (start < horizon) {
      const int months = france_travail ? 12 : random_.Pick(std::vector<int>{3, 6, 6, 12});
      const Date end = AddMonths(start, months) - days{1};
      const bool covers_today = end >= in_.today && start <= in_.today;
      if (covers_today && !keeps_current) break;
      ContractRowFor(person, body, referent, start, end, previous, france_travail, kLaw2025);
      if (end >= horizon && horizon < in_.today) {
        // Ended early by the exit.
        batch_.contracts.back().status = "resilie";
        batch_.contracts.back().closed_on = horizon;
      }
      previous = batch_.contracts.size() - 1;
      if (end >= horizon) break;
      // Renewed at once, or after a gap.
      start = end + days{random_.Chance(0.7) ? 1 : random_.Between(20, 120)};
      if (random_.Chance(0.12) && !keeps_current) break;
    }
  }

  void ContractRowFor(std::size_t person, const ReferentBody& body, std::int64_t referent,
                      Date start, Date end, std::optional<std::size_t> previous,
                      bool france_travail, Date law2025) {
    Batch::ContractRow c;
    c.person = person;
    if (france_travail) {
      c.type = start >= law2025 ? "contrat_engagement" : "ppae";
    } else if (start >= law2025) {
      c.type = "contrat_engagement";
    } else {
      c.type = body.drees_category == "ccas_cias" ? "cer_social" : "cer_professionnel";
    }
    c.signed_on = start - days{random_.Between(0, 10)};
    c.starts_on = start;
    c.ends_on = end;
    c.status = end < in_.today ? "termine" : "signe";
    if (end < in_.today) c.closed_on = end;
    if (c.type == "contrat_engagement") c.weekly_hours = random_.Chance(0.85) ? 15 : 20;
    c.objectives = "Lever les freins identifiés et avancer vers l'emploi.";
    c.structure_id = body.structure_id;
    c.referent_agent_id = referent;
    // A chain continued without gap is a renewal.
    if (previous && batch_.contracts[*previous].ends_on + days{1} == start) c.renews = previous;
    static const std::vector<std::pair<std::string, int>> actions{
        {"Accompagnement vers l'emploi", 1}, {"Atelier de recherche d'emploi", 2},
        {"Formation qualifiante", 5},        {"Aide à la mobilité", 9},
        {"Accompagnement au logement", 10},  {"Démarches de santé", 11},
        {"Atelier numérique", 13},           {"Cours de français", 12}};
    const int n = static_cast<int>(random_.Between(1, 3));
    for (int k = 0; k < n; ++k) c.actions.push_back(random_.Pick(actions));
    batch_.contracts.push_back(std::move(c));
  }

  void Appointments(std::size_t person, const ReferentBody& body, std::int64_t referent,
                    Date from, Date horizon, bool former) {
    // The last eighteen months of follow-up, one appointment every six weeks or so.
    Date day = std::max(from, horizon - days{540});
    static const std::vector<std::string> modes{"sur_place", "sur_place", "sur_place",
                                                "telephone", "visio"};
    static const std::vector<std::string> motives{"accompagnement", "suivi", "suivi",
                                                  "signature_contrat", "bilan", "atelier"};
    bool first = true;
    while (day < horizon) {
      const auto hour = std::chrono::hours{random_.Between(8, 16)};
      const auto minutes = std::chrono::minutes{random_.Pick(std::vector<int>{0, 15, 30, 45})};
      Batch::AppointmentRow a;
      a.person = person;
      a.agent_id = referent;
      a.structure_id = body.structure_id;
      a.starts_at = std::chrono::sys_seconds{day} + hour + minutes;
      a.mode = random_.Pick(modes);
      if (a.mode == "sur_place") a.place = "Locaux de la structure";
      a.motive_code = first ? "accompagnement" : random_.Pick(motives);
      const double u = random_.Between(0, 99) / 100.0;
      a.status = u < 0.76 ? "honore" : u < 0.85 ? "absent" : u < 0.93 ? "excuse" : "annule";
      // A few recent ones still wait for their outcome ("à préciser").
      if (!former && in_.today - day < days{30} && random_.Chance(0.15)) a.status = "a_venir";
      batch_.appointments.push_back(std::move(a));
      first = false;
      day += days{random_.Between(28, 63)};
    }
    // The next one, for most people still followed.
    if (!former && random_.Chance(0.62)) {
      Batch::AppointmentRow a;
      a.person = person;
      a.agent_id = referent;
      a.structure_id = body.structure_id;
      a.starts_at = std::chrono::sys_seconds{in_.today + days{random_.Between(1, 35)}} +
                    std::chrono::hours{random_.Between(8, 16)};
      a.mode = random_.Pick(modes);
      if (a.mode == "sur_place") a.place = "Locaux de la structure";
      a.motive_code = "suivi";
      a.status = "a_venir";
      batch_.appointments.push_back(std::move(a));
    }
  }

  void Diagnostic(std::size_t person, const ReferentBody& body, std::int64_t referent, Date from,
                  Date horizon) {
    Date made_on = from + days{random_.Between(5, 45)};
    if (made_on > horizon) made_on = from;
    Batch::DiagnosticRow d;
    d.person = person;
    d.made_on = made_on;
    d.agent_id = referent;
    d.structure_id = body.structure_id;
    d.driving_licence = random_.Chance(0.45);
    d.vehicle = *d.driving_licence && random_.Chance(0.5);
    static const std::vector<std::string> levels{"infra_cap", "cap_bep", "bac", "superieur_bac"};
    d.qualification_level = random_.Pick(levels);
    static const std::vector<std::string> romes{"K2204", "N1103", "G1603", "J1501", "H2102",
                                                "K1304", "D1106", "F1701"};
    if (random_.Chance(0.6)) d.rome_code = random_.Pick(romes);
    const auto situations = StarterBarrierSituations();
    static const std::vector<std::string> impacts{"fort", "moyen", "moyen", "sans_impact"};
    const int n = static_cast<int>(random_.Between(1, 4));
    std::vector<std::string> themes;
    for (int k = 0; k < n; ++k) {
      const auto& s = situations[static_cast<std::size_t>(
          random_.Between(0, static_cast<std::int64_t>(situations.size()) - 1))];
      const std::string theme(BarrierThemeCode(s.theme));
      if (std::find(themes.begin(), themes.end(), theme) != themes.end()) continue;
      themes.push_back(theme);
      d.items.push_back({theme, std::string(s.code), random_.Pick(impacts)});
    }
    batch_.diagnostics.push_back(std::move(d));
  }

  const PopulationInput& in_;
  DemoRandom random_;
  std::vector<std::int64_t> commune_cumulative_;
  std::vector<std::size_t> by_class_[3];
  std::uint64_t household_serial_ = 0;
  std::uint64_t nir_serial_ = 0;
  std::unordered_set<std::string> nirs_;
  std::map<std::int64_t, std::vector<std::int64_t>> weighted_;
  Batch batch_;
};

}  // namespace

std::optional<PopulationTier> TierOf(std::string_view size) {
  if (size == "S" || size == "s") return PopulationTier{2000, 10, 60, 1};
  if (size == "M" || size == "m") return PopulationTier{36000, 200, 150, 2};
  if (size == "L" || size == "l") return PopulationTier{130000, 700, 300, 3};
  return std::nullopt;
}

app::PopulationBatch GeneratePopulation(const PopulationInput& in) {
  return Generator(in).Run();
}

}  // namespace pacte::io
