#pragma once
// Small helpers shared by the audit database tests.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/audit/chain_verifier.hpp"
#include "storage/sql_store.hpp"

namespace pacte::testing {

// An agent with one role, as the web layer would build it.
app::Actor AgentWithRole(Role role, std::int64_t id = 7);

// Records one event in its own write transaction.
void RecordOne(app::Store& store, const app::Clock& clock, const app::Actor& actor,
               const std::string& action, const std::string& object_type = "structure",
               const std::string& object_id = "1",
               const nlohmann::json& details = nlohmann::json::object());

// Records n "structure.read" events on objects 1..n.
void RecordMany(app::Store& store, const app::Clock& clock, int n);

// Runs one raw statement outside the application (tampering); returns rows affected.
std::int64_t RawExecute(storage::SqlStore& store, const std::string& sql,
                        const storage::SqlParams& params = {});
std::int64_t RawCount(storage::SqlStore& store, const std::string& sql,
                      const storage::SqlParams& params = {});

std::vector<audit::ChainProblemKind> KindsOf(const audit::ChainReport& report);

}  // namespace pacte::testing
