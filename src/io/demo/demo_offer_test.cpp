#include "io/demo/demo_offer.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "io/demo/demo_offer_templates.hpp"

namespace pacte::io {
namespace {

using std::chrono::days;

// Three operators, two communes, 300 persons followed since 2021 (a third of them until 2024).
struct World {
  app::PopulationBatch population;
  OfferInput in;

  explicit World(unsigned long long seed) {
    in.seed = seed;
    in.actions = 8;
    in.now = *ParseIsoTimestamp("2026-11-27T09:00:00Z");
    in.operators = {{10, "Atelier mobilité", "92050", {"mobilite"}, {101}},
                    {11, "Chantier d'insertion", "92036", {"iae", "emploi"}, {111, 112}},
                    {12, "Point conseil budget", "92050", {"budget", "droits"}, {121}}};
    in.communes = {{"92050", "Nanterre", "92000", 1, 48.89, 2.20},
                   {"92036", "Gennevilliers", "92230", 2, 48.93, 2.29}};
    in.institutions = {{"Conseil départemental des Hauts-de-Seine", 1}};
    for (std::size_t i = 0; i < 300; ++i) {
      Person p;
      p.commune_code = i % 2 ? "92050" : "92036";
      population.persons.emplace_back(std::nullopt, p);
      const Date from = *ParseIsoDate("2021-01-04") + days{static_cast<int>(i)};
      std::optional<Date> to;
      if (i % 3 == 0) to = *ParseIsoDate("2024-06-30");
      population.assignments.push_back(
          {i, static_cast<std::int64_t>(500 + i % 4), 40, from, to, std::nullopt});
      in.person_ids.push_back(static_cast<std::int64_t>(1000 + i));
    }
    in.population = &population;
  }
};

std::string Fingerprint(const app::OfferBatch& b) {
  std::string s;
  for (const auto& a : b.actions) s += a.name + a.status + FormatIsoDate(a.date_maj) + ";";
  for (const auto& p : b.prescriptions) {
    s += std::to_string(p.person_id) + p.status + FormatIsoTimestamp(p.prescribed_at) + ";";
  }
  return s;
}

TEST(DemoOfferGeneration, SameSeedSameOfferAnotherSeedAnother) {
  World a(92), b(92), c(7);
  const auto x = GenerateOffer(a.in);
  EXPECT_EQ(Fingerprint(x), Fingerprint(GenerateOffer(b.in)));
  EXPECT_NE(Fingerprint(x), Fingerprint(GenerateOffer(c.in)));
}

TEST(DemoOfferGeneration, EveryOperatorRunsActionsOfItsDomains) {
  World w(92);
  const auto batch = GenerateOffer(w.in);
  ASSERT_EQ(batch.actions.size(), 8u);
  EXPECT_EQ(batch.programmes.size(), 5u);
  EXPECT_EQ(batch.programmes.front().year, 2022);
  std::set<std::int64_t> operators;
  for (const auto& a : batch.actions) {
    operators.insert(a.structure_id);
    EXPECT_GE(a.description.size(), 200u) << a.name;
    EXPECT_GE(a.action_type, 1);
    EXPECT_LE(a.action_type, 15);
  }
  EXPECT_EQ(operators.size(), 3u);
  for (const auto& p : batch.programmes) EXPECT_EQ(p.budgets.size(), 6u) << p.year;
}

TEST(DemoOfferGeneration, PlacesAreNeverOverbookedAndOnlyFollowedPersonsArePrescribed) {
  World w(92);
  const auto batch = GenerateOffer(w.in);
  ASSERT_GT(batch.prescriptions.size(), 100u);
  std::map<std::size_t, int> per_session;
  std::map<std::size_t, int> holding;  // actions without sessions
  for (const auto& p : batch.prescriptions) {
    const bool took = p.status == "acceptee" || p.status == "entree" || p.status == "sortie";
    if (p.session && took) ++per_session[*p.session];
    if (!p.session && (p.status == "acceptee" || p.status == "entree")) ++holding[p.action];
    ASSERT_GE(p.person_id, 1000);
    const auto& a = w.population.assignments[static_cast<std::size_t>(p.person_id - 1000)];
    EXPECT_EQ(p.prescriber_agent_id, a.agent_id);
    EXPECT_LE(a.valid_from, DateOf(p.prescribed_at));
    if (a.valid_to) {
      EXPECT_GT(*a.valid_to, DateOf(p.prescribed_at));
    }
    EXPECT_LE(p.prescribed_at, w.in.now);
    ASSERT_FALSE(p.events.empty());
    EXPECT_EQ(p.events.front().status, "en_attente");
    // The last transition is the current status (a reminder may follow a pending one).
    const auto& last = p.events.back().status == "relance" ? p.events.front() : p.events.back();
    EXPECT_EQ(last.status, p.status);
    EXPECT_EQ(p.reminded_at.has_value(), p.events.size() > 1 && p.events[1].status == "relance");
  }
  for (const auto& [session, n] : per_session) EXPECT_LE(n, batch.sessions[session].places);
  for (const auto& [action, n] : holding) EXPECT_LE(n, *batch.actions[action].capacity);
}

TEST(DemoOfferGeneration, EveryDomainOfTheCatalogueHasTemplates) {
  std::map<std::string, int> per_domain;
  for (const auto& t : DemoActionTemplates()) {
    ++per_domain[t.domain];
    EXPECT_GE(t.description.size(), 200u) << t.name;
    EXPECT_FALSE(t.thematiques.empty()) << t.name;
  }
  for (const char* d :
       {"mobilite", "langue", "numerique", "sante", "budget", "logement", "famille", "droits",
        "remobilisation", "projet", "qualification", "creation", "iae", "emploi"}) {
    EXPECT_GE(per_domain[d], 2) << d;
  }
}

}  // namespace
}  // namespace pacte::io
