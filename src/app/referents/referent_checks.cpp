#include "app/referents/referent_checks.hpp"

#include "app/ports/agent_repository.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte::app {

std::optional<Agent> CheckReferentAgent(UnitOfWork& uow, std::int64_t agent_id,
                                        const std::string& field, Validation& errors) {
  if (agent_id <= 0) {
    errors.Add(field, "Choisissez un référent.");
    return std::nullopt;
  }
  auto agent = uow.Agents().Find(agent_id);
  if (!agent) {
    errors.Add(field, "Agent inconnu : choisissez un référent dans la liste.");
  } else if (!agent->active) {
    errors.Add(field, "Cet agent est désactivé : il ne peut pas être référent.");
  } else if (!agent->Has(Role::kReferent)) {
    errors.Add(field, "Cet agent n'a pas le rôle de référent.");
  } else if (!agent->structure_id) {
    errors.Add(field, "Cet agent n'est rattaché à aucune structure : il ne peut pas être "
                      "référent.");
  } else {
    return agent;
  }
  return std::nullopt;
}

std::optional<Date> CheckSinceDate(const std::string& text, Date today, const std::string& field,
                                   Validation& errors) {
  auto date = RequiredDate(text, field, errors);
  if (date && *date > today) {
    errors.Add(field, "La date ne peut pas être dans le futur.");
    return std::nullopt;
  }
  return date;
}

bool ActsOnlyAsReferent(const Actor& actor) {
  return actor.Has(Role::kReferent) && !actor.Has(Role::kAdmin) &&
         !actor.Has(Role::kCoordinateur) && !actor.Has(Role::kChargeOrientation);
}

}  // namespace pacte::app
