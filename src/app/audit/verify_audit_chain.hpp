#pragma once
// Use case: check that the audit trail was neither altered nor truncated.

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/audit/chain_verifier.hpp"
#include "domain/common/error.hpp"

namespace pacte::app {

inline constexpr int kVerifyPageSize = 5000;

// Walks the events after the latest purge anchor up to the chain head in id order,
// page_size events per read (memory stays bounded whatever the size of the trail),
// recomputes every hash and checks every link, the head and the purge attestation (see
// domain/audit/chain_verifier.hpp). Read-only. Restarts (three passes at most, then throws)
// when a purge moved the anchor meanwhile. Infrastructure failures throw.
audit::ChainReport VerifyAuditChain(Store& store, int page_size = kVerifyPageSize);

// The same for an agent: admins only (kForbidden otherwise), and the check is recorded as
// "audit.verify" with the number of events checked and problems found.
Result<audit::ChainReport> VerifyAuditChainAs(Store& store, const Clock& clock,
                                              const Actor& actor);

}  // namespace pacte::app
