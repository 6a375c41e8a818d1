#pragma once
// Checks shared by the référent use cases, inside the caller's transaction.

#include <cstdint>
#include <optional>
#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/agent/agent.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

// The agent if it can be a référent: exists ("Agent inconnu…"), active, holds the referent
// role and belongs to a structure. Otherwise adds the French message on `field` and returns
// nullopt. agent_id <= 0 adds "Choisissez un référent."
std::optional<Agent> CheckReferentAgent(UnitOfWork& uow, std::int64_t agent_id,
                                        const std::string& field, Validation& errors);

// A required date, not in the future. Adds the French message on `field`.
std::optional<Date> CheckSinceDate(const std::string& text, Date today, const std::string& field,
                                   Validation& errors);

// True when the actor's only way to act is the référent role (no admin, coordinateur or
// charge_orientation): such an actor designates agents of their own structure only.
bool ActsOnlyAsReferent(const Actor& actor);

}  // namespace pacte::app
