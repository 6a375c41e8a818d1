#include "app/policies/pact_policy.hpp"

#include <algorithm>

namespace pacte::app {
namespace {

bool Manages(const Actor& a) { return a.Has(Role::kAdmin) || a.Has(Role::kCoordinateur); }

}  // namespace

bool IsAllowed(const Actor& actor, PactAction action) {
  switch (action) {
    case PactAction::kRead:
      return !actor.roles.empty();
    case PactAction::kManage:
      return Manages(actor);
    case PactAction::kUpdateObjective:
    case PactAction::kComment:
      return Manages(actor) || actor.Has(Role::kSignataire);
    case PactAction::kReadMyCommitments:
      return actor.Has(Role::kSignataire) && actor.institution_id.has_value();
  }
  return false;
}

Status Authorize(const Actor& actor, PactAction action) {
  if (IsAllowed(actor, action)) return {};
  switch (action) {
    case PactAction::kRead:
      return Fail(Error::Forbidden("Le pacte ne vous est pas ouvert."));
    case PactAction::kManage:
      return Fail(Error::Forbidden(
          "Seuls les coordinateurs du pacte et les administrateurs peuvent modifier le pacte."));
    case PactAction::kUpdateObjective:
      return Fail(Error::Forbidden(
          "Seules les institutions pilotes d'un objectif peuvent saisir ses mesures et ses "
          "engagements."));
    case PactAction::kComment:
      return Fail(Error::Forbidden(
          "Seuls les signataires et les coordinateurs du pacte peuvent contribuer aux échanges."));
    case PactAction::kReadMyCommitments:
      return Fail(Error::Forbidden(
          "« Mes engagements » est réservé aux agents d'une institution signataire."));
  }
  return Fail(Error::Forbidden());
}

Status AuthorizeObjectiveUpdate(const Actor& actor,
                                const std::vector<std::int64_t>& pilot_institution_ids) {
  if (Manages(actor)) return {};
  if (actor.Has(Role::kSignataire) && actor.institution_id &&
      std::find(pilot_institution_ids.begin(), pilot_institution_ids.end(),
                *actor.institution_id) != pilot_institution_ids.end()) {
    return {};
  }
  return Fail(Error::Forbidden(
      "Votre institution ne pilote pas cet objectif : seules ses institutions pilotes peuvent "
      "saisir ses mesures et modifier ses engagements."));
}

}  // namespace pacte::app
