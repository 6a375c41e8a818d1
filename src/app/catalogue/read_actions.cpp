#include "app/catalogue/catalogue.hpp"
#include "app/catalogue/catalogue_support.hpp"
#include "app/policies/offer_policy.hpp"

namespace pacte::app {

Result<ActionDetail> GetAction(Store& store, const Clock& clock, const Actor& actor,
                               std::int64_t id) {
  return Read(store, [&](UnitOfWork& uow) -> Result<ActionDetail> {
    auto a = catalogue::LoadReadable(uow, actor, id);
    if (!a) return Fail(a.error());
    const Date today = DateOf(clock.Now());
    ActionDetail d;
    d.action = std::move(*a);
    const auto& w = d.action.data;
    d.sessions = uow.Catalogue().ListSessions(id);
    d.quality = ComputeQualityScore(w.fields, w.date_maj, today);
    d.stale = IsStaleAction(w.date_maj, today);
    d.can_manage = IsAllowedOn(actor, OfferAction::kManageAction, w.structure_id);
    if (w.programme_id) {
      if (auto p = uow.Catalogue().FindProgramme(*w.programme_id)) d.programme_name = p->fields.name;
    }
    return d;
  });
}

Result<std::vector<StoredSession>> ListActionSessions(Store& store, const Actor& actor,
                                                      std::int64_t action_id) {
  return Read(store, [&](UnitOfWork& uow) -> Result<std::vector<StoredSession>> {
    auto a = catalogue::LoadReadable(uow, actor, action_id);
    if (!a) return Fail(a.error());
    return uow.Catalogue().ListSessions(action_id);
  });
}

Status CheckActionManagement(Store& store, const Actor& actor, std::int64_t action_id) {
  return Read(store, [&](UnitOfWork& uow) -> Status {
    auto a = catalogue::LoadManageable(uow, actor, action_id);
    if (!a) return Fail(a.error());
    return {};
  });
}

Result<PageOf<OperatorActionRow>> ListOperatorActions(Store& store, const Clock& clock,
                                                      const Actor& actor,
                                                      const OperatorActionsQuery& query,
                                                      const PageRequest& page) {
  if (auto ok = Authorize(actor, OfferAction::kManageAction); !ok) return Fail(ok.error());
  ActionListFilter filter;
  filter.structure_id = OwnStructureRestriction(actor, OfferAction::kManageAction);
  if (!filter.structure_id) filter.structure_id = query.structure_id;
  filter.status = query.status;
  filter.today = DateOf(clock.Now());
  auto items = Read(store, [&](UnitOfWork& uow) { return uow.Catalogue().ListActions(filter, page); });
  PageOf<OperatorActionRow> out;
  out.total = items.total;
  out.number = items.number;
  out.size = items.size;
  for (auto& item : items.items) {
    OperatorActionRow row;
    if (item.places) {
      row.free_places = FreePlaces(*item.places, item.taken);
      row.fill_rate = FillRate(*item.places, item.taken);
    }
    row.stale = item.status != ActionStatus::kArchivee && IsStaleAction(item.date_maj, filter.today);
    row.item = std::move(item);
    out.items.push_back(std::move(row));
  }
  return out;
}

}  // namespace pacte::app
