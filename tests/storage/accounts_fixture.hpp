#pragma once
// Fixture of the accounts database tests: a fresh database, a manual clock, test settings
// and a Store that records the audit events use cases append.

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "app/policies/actor.hpp"
#include "app/ports/agent_repository.hpp"
#include "app/ports/audit_repository.hpp"
#include "app/ports/credential_repository.hpp"
#include "app/ports/session_repository.hpp"
#include "app/ports/store.hpp"
#include "support/recording_store.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

namespace pacte::testing {

class AccountsDb : public ::testing::Test {
 protected:
  TestDatabase db;
  RecordingStore store{db.store()};
  app::ManualClock clock{*ParseIsoTimestamp("2026-11-27T09:00:00Z")};
  app::Settings settings = TestSettings();
  app::Actor system = app::Actor::System("test");

  bool Audited(const std::string& action) const {
    auto actions = store.Actions();
    return std::find(actions.begin(), actions.end(), action) != actions.end();
  }
};

}  // namespace pacte::testing
