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

std::int64_t RefreshAllParcoursStates(Store& store, const Clock& clock, int chunk) {
  std::int64_t after = 0;
  std::int64_t done = 0;
  for (;;) {
    std::size_t n = 0;
    store.Transact(TxMode::kWrite, [&](UnitOfWork& uow) {
      const Timestamp now = clock.Now();
      const auto ids = uow.ParcoursStates().PersonIdsAfter(after, chunk);
      for (std::int64_t id : ids) RefreshParcoursState(uow, id, now);
      n = ids.size();
      if (!ids.empty()) after = ids.back();
      return true;
    });
    done += static_cast<std::int64_t>(n);
    if (n < static_cast<std::size_t>(chunk)) return done;
  }
}

}  // namespace pacte::app
