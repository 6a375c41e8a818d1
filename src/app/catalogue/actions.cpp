#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/catalogue/catalogue.hpp"
#include "app/catalogue/catalogue_support.hpp"
#include "app/policies/offer_policy.hpp"

namespace pacte::app {
namespace {

using catalogue::LoadManageable;
using catalogue::PrepareWrite;

Result<std::int64_t> StructureOf(const Actor& actor, std::optional<std::int64_t> asked) {
  if (auto own = OwnStructureRestriction(actor, OfferAction::kManageAction)) {
    if (!asked) return *own;
  }
  if (!asked) {
    return Fail(Error::Invalid("action.invalid", "Choisissez la structure qui met en œuvre "
                                                 "l'action.", "structure_id"));
  }
  return *asked;
}

Status CheckPublishableWrite(const ActionWrite& w) {
  Validation missing;
  CheckPublishable(w.fields, missing);
  if (missing.Ok()) return {};
  Error e = missing.ToError("action.not_publishable");
  e.message = "Pour publier l'action, complétez les champs signalés.";
  return Fail(e);
}

std::string AuditActionOf(ActionStatus before, ActionStatus after) {
  if (before == after) return "action.update";
  return after == ActionStatus::kPubliee ? "action.publish" : "action.archive";
}

}  // namespace

Result<StoredAction> CreateAction(Store& store, const Clock& clock, const Actor& actor,
                                  const std::string& di_source,
                                  std::optional<std::int64_t> structure_id,
                                  ActionFields fields) {
  if (auto ok = Authorize(actor, OfferAction::kManageAction); !ok) return Fail(ok.error());
  auto structure = StructureOf(actor, structure_id);
  if (!structure) return Fail(structure.error());
  if (auto ok = AuthorizeOn(actor, OfferAction::kManageAction, *structure); !ok) {
    return Fail(ok.error());
  }
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredAction> {
    ActionWrite w;
    w.structure_id = *structure;
    w.fields = std::move(fields);
    w.date_maj = DateOf(clock.Now());
    Validation errors;
    PrepareWrite(uow, w, errors);
    if (!errors.Ok()) return Fail(errors.ToError("action.invalid"));
    const auto id = uow.Catalogue().InsertAction(di_source, w, clock.Now());
    RecordAudit(uow, clock, actor, "action.create", "action", std::to_string(id),
                {{"structure_id", w.structure_id}, {"status", "brouillon"}});
    return *uow.Catalogue().FindAction(id);
  });
}

Result<StoredAction> ChangeAction(Store& store, const Clock& clock, const Actor& actor,
                                  std::int64_t id, std::int64_t expected_version,
                                  const ActionEdit& edit, std::optional<ActionStatus> target) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredAction> {
    auto current = LoadManageable(uow, actor, id);
    if (!current) return Fail(current.error());
    if (current->version != expected_version) return Fail(Error::Stale());
    if (!edit && !target) {
      return Fail(Error::Invalid("action.no_change", "Aucune modification demandée."));
    }
    ActionWrite w = current->data;
    if (target) {
      auto next = ChangeActionStatus(w.status, *target);
      if (!next) return Fail(next.error());
      w.status = *next;
    }
    if (edit) edit(w.fields);
    w.date_maj = DateOf(clock.Now());
    Validation errors;
    PrepareWrite(uow, w, errors);
    if (!errors.Ok()) return Fail(errors.ToError("action.invalid"));
    if (w.status == ActionStatus::kPubliee) {
      if (auto ok = CheckPublishableWrite(w); !ok) return Fail(ok.error());
    }
    if (auto ok = uow.Catalogue().UpdateAction(id, expected_version, w, clock.Now()); !ok) {
      return Fail(ok.error());
    }
    RecordAudit(uow, clock, actor, AuditActionOf(current->data.status, w.status), "action",
                std::to_string(id),
                {{"structure_id", w.structure_id}, {"status", ActionStatusCode(w.status)}});
    return *uow.Catalogue().FindAction(id);
  });
}

Result<StoredAction> PublishAction(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t id, std::int64_t expected_version) {
  return ChangeAction(store, clock, actor, id, expected_version, nullptr, ActionStatus::kPubliee);
}

Result<StoredAction> ArchiveAction(Store& store, const Clock& clock, const Actor& actor,
                                   std::int64_t id, std::int64_t expected_version) {
  return ChangeAction(store, clock, actor, id, expected_version, nullptr,
                      ActionStatus::kArchivee);
}

}  // namespace pacte::app
