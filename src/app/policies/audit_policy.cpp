#include "app/policies/audit_policy.hpp"

namespace pacte::app {

bool CanReadAudit(const Actor& actor) { return actor.Has(Role::kAdmin); }

Status AuthorizeAuditRead(const Actor& actor) {
  if (CanReadAudit(actor)) return {};
  return Fail(Error::Forbidden("Le journal d'audit est réservé aux administrateur·rices."));
}

}  // namespace pacte::app
