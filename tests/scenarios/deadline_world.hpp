#pragma once
// A database world for deadline scenarios: structures (one of them France Travail), persons
// in droits et devoirs placed with raw rows (tests/support/parcours_helpers.hpp), a manual
// clock, and the work lists read back through the bulk repository and the use cases.
//
//   DeadlineWorld w;
//   auto p = w.Person("2024-12-20");
//   w.Today("2025-02-21");
//   EXPECT_EQ(w.Listed(DueKind::kOrientation), (Lines{"#1 due 2025-02-20 since 2025-02-21 (2009)"}));

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/ports/clock.hpp"
#include "app/worklists/worklists.hpp"
#include "domain/common/time.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

using Lines = std::vector<std::string>;

inline Timestamp NoonOf(const std::string& iso) {
  auto d = ParseIsoDate(iso);
  if (!d) throw std::invalid_argument("bad date: " + iso);
  return Timestamp{*d} + std::chrono::hours(12);
}

class DeadlineWorld {
 public:
  DeadlineWorld() : clock_(NoonOf("2025-01-01")) {
    org_ = CreateTestStructure(store(), clock_, "Département — insertion");
    france_travail_ = CreateTestStructure(store(), clock_, "France Travail Nanterre").structure_id;
    Sql("UPDATE structures SET drees_category = 'france_travail' WHERE id = $1",
        {std::to_string(france_travail_)});
  }

  app::Store& store() { return db_.store(); }
  storage::SqlStore& sql_store() { return db_.store(); }
  app::ManualClock& clock() { return clock_; }
  app::Settings& settings() { return settings_; }
  std::int64_t structure_id() const { return org_.structure_id; }
  std::int64_t france_travail_id() const { return france_travail_; }
  std::int64_t territory_id() const { return org_.territory_id; }

  void Today(const std::string& iso) { clock_.Set(NoonOf(iso)); }

  void Sql(const std::string& sql, const std::vector<std::string>& params = {}) {
    ExecuteForTest(store(), sql, params);
  }

  // A person in D&D from dd_since (the clock is moved to that day while creating it, so that
  // the projection knows the period), numbered "#1", "#2"… in the descriptions.
  std::int64_t Person(const std::string& dd_since, const std::string& last_name = "Martin") {
    const Timestamp saved = clock_.Now();
    if (NoonOf(dd_since) > saved) clock_.Set(NoonOf(dd_since));
    TestPersonSpec spec;
    spec.last_name = last_name;
    spec.dd_since = dd_since;
    const std::int64_t id = CreateTestPerson(store(), clock_, spec);
    clock_.Set(saved);
    numbers_[id] = static_cast<int>(numbers_.size()) + 1;
    return id;
  }

  // Recorded on the day of the decision at the earliest (the projection reads the D&D period
  // as of the day it is refreshed).
  std::int64_t Orient(std::int64_t person, const std::string& parcours, const std::string& on,
                      bool france_travail = false) {
    const Timestamp saved = clock_.Now();
    if (NoonOf(on) > saved) clock_.Set(NoonOf(on));
    auto id = OrientForTest(store(), clock_, person,
                            france_travail ? france_travail_ : org_.structure_id, parcours, on);
    clock_.Set(saved);
    return id;
  }

  void Contract(std::int64_t person, const std::string& type, const std::string& status,
                const std::string& from, const std::string& to,
                const std::string& signed_on = "") {
    Sql("INSERT INTO contracts (person_id, type, status, signed_on, starts_on, ends_on, "
        "created_at, updated_at) VALUES ($1, $2, $3, NULLIF($4, ''), $5, $6, 'x', 'x')",
        {std::to_string(person), type, status, signed_on, from, to});
  }

  void Appointment(std::int64_t person, const std::string& day, const std::string& status) {
    Sql("INSERT INTO appointments (person_id, starts_at, mode, motive_code, status, created_at, "
        "updated_at) VALUES ($1, $2, 'sur_place', 'suivi', $3, 'x', 'x')",
        {std::to_string(person), day + "T09:00:00Z", status});
  }

  // Every item of a work list today, "#n due … since … (regime)", most overdue first.
  Lines Listed(DueKind kind) {
    auto list = app::ListWorklist(store(), clock_, settings_, app::Actor::System("test"), kind,
                                  {}, {1, 200}, app::WorklistDetail::kIdsOnly);
    if (!list) throw std::runtime_error(list.error().message);
    Lines out;
    for (const auto& row : list->page.items) {
      const auto& item = row.entry.item;
      out.push_back("#" + std::to_string(numbers_[row.entry.person_id]) + " due " +
                    FormatIsoDate(item.due_on) + " since " + FormatIsoDate(item.since) + " (" +
                    std::string(RegimeCode(item.rule_regime)) + ")");
    }
    return out;
  }

  std::int64_t Count(DueKind kind, const app::Actor& actor = app::Actor::System("test"),
                     const app::WorklistQuery& query = {}) {
    auto counts = app::CountWorklists(store(), clock_, settings_, actor, query);
    if (!counts) throw std::runtime_error(counts.error().message);
    for (const auto& c : counts->counts) {
      if (c.kind == kind) return c.count;
    }
    return 0;
  }

 private:
  TestDatabase db_;
  app::ManualClock clock_;
  app::Settings settings_;
  TestOrganisation org_;
  std::int64_t france_travail_ = 0;
  std::map<std::int64_t, int> numbers_;
};

}  // namespace pacte::testing
