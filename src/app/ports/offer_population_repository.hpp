#pragma once
// Port: bulk writes of the demo offer (operators' actions, sessions, programmes, years of
// prescriptions) with explicit ids, like PopulationRepository.

namespace pacte::app {

class OfferPopulationRepository {
 public:
  virtual ~OfferPopulationRepository() = default;
};

}  // namespace pacte::app
