#include "app/catalogue/catalogue_support.hpp"

#include "app/policies/offer_policy.hpp"
#include "app/ports/catalogue_repository.hpp"
#include "app/ports/institution_repository.hpp"
#include "app/ports/structure_repository.hpp"
#include "app/ports/territory_repository.hpp"

namespace pacte::app::catalogue {
namespace {

void ResolveStructure(UnitOfWork& uow, const ActionWrite& w, Validation& errors) {
  auto s = uow.Structures().Find(w.structure_id);
  if (!s) {
    errors.Add("structure_id", "Structure inconnue.");
  } else if (!s->fields.is_action_operator) {
    errors.Add("structure_id",
               "Cette structure n'est pas déclarée opérateur d'actions : cochez « opérateur "
               "d'actions » sur sa fiche.");
  }
}

void ResolveReferences(UnitOfWork& uow, ActionWrite& w, Validation& errors) {
  auto& f = w.fields;
  w.commune_name.clear();
  if (!f.commune_code.empty()) {
    if (auto c = uow.Territory().FindCommune(f.commune_code)) {
      w.commune_name = c->name;
    } else {
      errors.Add("commune_code", "Commune inconnue du référentiel : « " + f.commune_code + " ».");
    }
  }
  for (auto id : f.funders) {
    if (id > 0 && !uow.Institutions().Find(id)) {
      errors.Add("funders", "Financeur inconnu : institution n° " + std::to_string(id) + ".");
      break;
    }
  }
  for (auto id : f.zone_territories) {
    if (id > 0 && !uow.Territory().FindTerritory(id)) {
      errors.Add("zone_territories", "Territoire inconnu : n° " + std::to_string(id) + ".");
      break;
    }
  }
  w.programme_id.reset();
  if (f.programme_year) {
    if (auto p = uow.Catalogue().FindProgrammeByYear(*f.programme_year)) w.programme_id = p->id;
  }
}

void DeduceObjective(ActionFields& f) {
  if (!f.objective.empty()) return;
  std::vector<std::string_view> codes(f.thematiques.begin(), f.thematiques.end());
  if (auto o = ObjectiveOfThematiques(codes)) f.objective = std::string(ObjectiveCode(*o));
}

}  // namespace

Error ActionNotFound() { return Error::NotFound("action.not_found", "Cette action n'existe pas."); }

Result<StoredAction> LoadReadable(UnitOfWork& uow, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, OfferAction::kReadCatalogue); !ok) return Fail(ok.error());
  auto a = uow.Catalogue().FindAction(id);
  if (!a) return Fail(ActionNotFound());
  if (a->data.status != ActionStatus::kPubliee &&
      !IsAllowedOn(actor, OfferAction::kManageAction, a->data.structure_id)) {
    return Fail(ActionNotFound());
  }
  return *a;
}

Result<StoredAction> LoadManageable(UnitOfWork& uow, const Actor& actor, std::int64_t id) {
  if (auto ok = Authorize(actor, OfferAction::kManageAction); !ok) return Fail(ok.error());
  auto a = uow.Catalogue().FindAction(id);
  if (!a) return Fail(ActionNotFound());
  if (auto ok = AuthorizeOn(actor, OfferAction::kManageAction, a->data.structure_id); !ok) {
    if (a->data.status != ActionStatus::kPubliee) return Fail(ActionNotFound());
    return Fail(ok.error());
  }
  return *a;
}

void PrepareWrite(UnitOfWork& uow, ActionWrite& w, Validation& errors) {
  NormaliseAndValidateAction(w.fields, errors);
  DeduceObjective(w.fields);
  ResolveStructure(uow, w, errors);
  ResolveReferences(uow, w, errors);
}

}  // namespace pacte::app::catalogue
