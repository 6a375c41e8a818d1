#pragma once
// Managing the pact (coordinateur, admin: PactAction::kManage, else kForbidden). Each use case
// is one transaction and one audit event "pact.*" (ids, codes and years only). Validation
// errors carry the domain's French messages (domain/pact/pact_rules.hpp) with code
// "pact.invalid"; stale versions give Error::Stale(); unknown objects kNotFound.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/indicator_source.hpp"
#include "app/ports/pact_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// What the management page offers to choose from: every institution (signatories) and the
// definitions of computed indicators (empty without a source). kForbidden unless kManage.
struct PactChoices {
  std::vector<InstitutionRef> institutions;
  std::vector<IndicatorDefinitionInfo> definitions;
};
Result<PactChoices> GetPactChoices(Store& store, const Actor& actor, IndicatorSource* source);

// Audit "pact.create".
Result<std::int64_t> CreatePact(Store& store, const Clock& clock, const Actor& actor,
                                const PactFields& fields);
// Audit "pact.update". Objectives and targets already outside a shortened period are
// refused ("period_start"/"period_end": "Des objectifs sortiraient de la période.").
Status UpdatePact(Store& store, const Clock& clock, const Actor& actor, std::int64_t pact_id,
                  std::int64_t version, const PactFields& fields);

// Adds or updates the signature of an institution. Audit "pact.signatory_save".
Status SaveSignatory(Store& store, const Clock& clock, const Actor& actor,
                     const SignatoryRecord& signatory);

// Audit "pact.orientation_create"; a code already used in the pact → kConflict (field
// "code").
Result<std::int64_t> AddOrientation(Store& store, const Clock& clock, const Actor& actor,
                                    const PactOrientationRecord& orientation);
// Audit "pact.orientation_update" (code, label, position; version checked).
Status UpdateOrientation(Store& store, const Clock& clock, const Actor& actor,
                         const PactOrientationRecord& orientation);

// The objective with its pilots (at least one signatory institution of the pact: field
// "pilots"). Audit "pact.objective_create".
Result<std::int64_t> AddObjective(Store& store, const Clock& clock, const Actor& actor,
                                  const ObjectiveRecord& objective,
                                  const std::vector<std::int64_t>& pilots);
// Replaces the pilots (same rule). Audit "pact.objective_pilots".
Status SetObjectivePilots(Store& store, const Clock& clock, const Actor& actor,
                          std::int64_t objective_id, const std::vector<std::int64_t>& pilots);

// Audit "pact.indicator_create". A computed_by code unknown to `source` (when given) is
// refused (field "computed_by").
Result<std::int64_t> AddIndicator(Store& store, const Clock& clock, const Actor& actor,
                                  IndicatorSource* source, std::int64_t objective_id,
                                  const IndicatorFields& fields);

// Sets the target of a year (inside the pact's period). Audit "pact.target_set".
Status SetIndicatorTarget(Store& store, const Clock& clock, const Actor& actor,
                          std::int64_t indicator_id, int year, double value);

// Sets the institution an agent speaks for in the pact (agents.institution_id; nullopt: the
// institution of the agent's structure). kNotFound "agent.not_found" / institution unknown
// (kInvalid, field "institution_id"). Audit "pact.agent_institution".
Status SetAgentInstitution(Store& store, const Clock& clock, const Actor& actor,
                           std::int64_t agent_id, std::optional<std::int64_t> institution_id);

}  // namespace pacte::app
