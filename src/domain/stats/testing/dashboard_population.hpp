#pragma once
// A hand-computed population shared by the dashboard and indicator unit tests (as_of
// 2020-12-31, the year W = [2020-01-02, 2020-12-31]):
//   1  D&D 2020-03-01, oriented 2020-04-15 (social, structure 7, département), référent
//      2020-05-01, contract 2020-06-01..2020-11-30, action acceder_emploi prescribed
//      2020-06-10 entered 2020-07-01 left 2020-10-01 with outcome emploi → reaches 6 stages;
//      delays 45 / 16 / 47 / 21 days. Lives in 92002, territory 1.
//   2  D&D 2019-06-01, oriented 2019-09-01 (professionnel, structure 8, France Travail), no
//      référent → 2 stages; entry → orientation 92 days. Lives in 92004, territory 2.
//   3  D&D 2020-10-01 only → 1 stage. Lives in 92002, territory 1.
//   4  D&D 2018-01-01, closed 2019-06-01 → outside the funnel.
//   5  D&D 2019-01-01, closed 2020-02-01, oriented 2019-02-01 (social, structure 7),
//      référent 2019-02-10, contract 2019-03-01..2020-01-15, exit emploi_durable
//      2020-02-01 → 4 stages; delays 31 / 9 / 28. Lives in 92004, territory 2.

#include <vector>

#include "domain/stats/testing/facts_builder.hpp"

namespace pacte::stats::testing {

inline std::vector<PersonFacts> DashboardPopulation() {
  PrescriptionFact rx;
  rx.action_id = 1;
  rx.objective = "acceder_emploi";
  rx.prescribed_on = D("2020-06-10");
  rx.answered_on = D("2020-06-12");
  rx.entered_on = D("2020-07-01");
  rx.exited_on = D("2020-10-01");
  rx.outcome = "emploi";
  PrescriptionFact refused;
  refused.action_id = 2;
  refused.objective = "lever_freins_sociaux";
  refused.prescribed_on = D("2020-09-01");
  refused.refused = true;
  return {
      FactsBuilder(1).Lives("92002", 1).Dd("2020-03-01")
          .Oriented("2020-04-15", "social", 7, "departement")
          .Referent("2020-05-01", 70, 7)
          .Contract("2020-06-01", "2020-11-30", "cer_social")
          .Prescription(rx).Prescription(refused).Build(),
      FactsBuilder(2).Lives("92004", 2).Dd("2019-06-01")
          .Oriented("2019-09-01", "professionnel", 8, "france_travail").Build(),
      FactsBuilder(3).Lives("92002", 1).Dd("2020-10-01").Build(),
      FactsBuilder(4).Lives("92002", 1).Dd("2018-01-01").Closed("2019-06-01").Build(),
      FactsBuilder(5).Lives("92004", 2).Dd("2019-01-01").Closed("2020-02-01")
          .Oriented("2019-02-01", "social", 7, "departement")
          .Referent("2019-02-10", 71, 7)
          .Contract("2019-03-01", "2020-01-15", "cer_social")
          .Exit("2020-02-01", "emploi_durable").Build(),
  };
}

}  // namespace pacte::stats::testing
