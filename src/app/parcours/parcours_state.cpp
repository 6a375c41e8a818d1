#include "app/parcours/parcours_state.hpp"

#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/parcours_state_repository.hpp"
#include "domain/beneficiary/rights.hpp"

namespace pacte::app {

void RefreshParcoursState(UnitOfWork& uow, std::int64_t person_id, Timestamp now) {
  const RightsHistory history = uow.Beneficiaries().RightsHistoryOf(person_id);
  const std::optional<Date> dd_since =
      DdSince(history, DateOf(now), SuspensionEffect::kKeepsPeriod);
  uow.ParcoursStates().Refresh(person_id, dd_since, now);
}

}  // namespace pacte::app
