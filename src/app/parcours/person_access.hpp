#pragma once
// Loading where a person sits and checking an actor's action on them, inside a transaction.
// Every use case on one person starts with AuthorizePersonAction.

#include <cstdint>

#include "app/policies/person_policy.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// The person's scope; kNotFound `person.not_found` when the person does not exist.
Result<PersonScope> LoadPersonScope(UnitOfWork& uow, const Actor& actor, std::int64_t person_id);

// LoadPersonScope then AuthorizePerson: kNotFound when absent or invisible to the actor,
// kForbidden when visible but the action is not allowed.
Result<PersonScope> AuthorizePersonAction(UnitOfWork& uow, const Actor& actor,
                                          std::int64_t person_id, PersonAction action);

// AuthorizePersonAction in its own read transaction, without audit: for adapters that must
// refuse a role (404/403) before reading a request body. Ok, kNotFound or kForbidden.
Status CheckPersonAction(Store& store, const Actor& actor, std::int64_t person_id,
                         PersonAction action);

}  // namespace pacte::app
