#pragma once
// Fixture of the beneficiaries use-case tests (both databases): one structure in a
// territory, actors of every kind, and helpers to read raw rows.

#include <gtest/gtest.h>

#include <string>

#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/config/settings.hpp"
#include "support/audit_test_helpers.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

// Female, born April 1985 in Nanterre (key 34), and another one of the same person's shape.
inline constexpr const char* kNir = "285049205012334";
inline constexpr const char* kOtherNir = "285049205012433";

class BeneficiariesTest : public ::testing::Test {
 protected:
  TestDatabase db;
  app::ManualClock clock{*ParseIsoTimestamp("2026-06-01T09:00:00Z")};
  TestOrganisation org = CreateTestStructure(db.store(), clock);
  app::Settings settings;
  std::int64_t referent_id = CreateAgent(db.store(), clock, settings, "referente@cd92.fr",
                                         {Role::kReferent}, org.structure_id);

  app::Actor Agent(Role role, std::int64_t id = 50) {
    app::Actor a;
    a.agent_id = id;
    a.display_name = "Agent";
    a.roles = {role};
    a.structure_id = org.structure_id;
    return a;
  }
  app::Actor Admin() { return Agent(Role::kAdmin, 51); }
  std::int64_t Count(const std::string& sql) { return RawCount(db.store(), sql); }
  std::int64_t AuditCount(const std::string& action) {
    return RawCount(db.store(), "SELECT COUNT(*) FROM audit_events WHERE action = $1", {action});
  }
};

}  // namespace pacte::testing
