#pragma once
// Fixture of the beneficiary storage tests (both databases).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

using std::chrono::April;
using std::chrono::December;
using std::chrono::February;
using std::chrono::January;
using std::chrono::March;
using std::chrono::May;
using std::chrono::year;

inline Date D(int y, std::chrono::month m, unsigned d) {
  return Date{year{y} / m / std::chrono::day{d}};
}

inline Timestamp T(const char* iso) { return *ParseIsoTimestamp(iso); }

inline Household NewHousehold(const std::string& numdemrsa) {
  Household h;
  h.numdemrsa = numdemrsa;
  h.caf_matricule = "0012345";
  h.paying_body = PayingBody::kMsa;
  h.address = "1 rue de la Paix";
  return h;
}

inline Person NewPerson(const std::string& last, const std::string& first, Date birth) {
  Person p;
  p.last_name = last;
  p.first_name = first;
  p.birth_date = birth;
  return p;
}

inline Nir NirOf(const char* first13) { return *ParseNir(first13); }

inline RightsState State(const char* etat, DdFlag dd) {
  RightsState s;
  s.etatdosrsa = etat;
  s.dd_flag = dd;
  return s;
}

inline app::PersonQuery ByName(const std::string& name) {
  app::PersonQuery q;
  q.name = name;
  return q;
}
inline app::PersonQuery ByNir(const std::string& nir) {
  app::PersonQuery q;
  q.nir = nir;
  return q;
}
inline app::PersonQuery ByCafNumber(const std::string& caf_number) {
  app::PersonQuery q;
  q.caf_number = caf_number;
  return q;
}
inline app::PersonQuery ByBirthDate(Date birth_date, const std::string& name = "") {
  app::PersonQuery q;
  q.name = name;
  q.birth_date = birth_date;
  return q;
}

class BeneficiaryStorageTest : public ::testing::Test {
 protected:
  TestDatabase db;
  Timestamp now = T("2026-11-27T09:00:00Z");

  template <class F>
  auto Write(F&& fn) {
    return app::Write(db.store(), [&](app::UnitOfWork& uow) { return fn(uow.Beneficiaries()); });
  }
  template <class F>
  auto Read(F&& fn) {
    return app::Read(db.store(), [&](app::UnitOfWork& uow) { return fn(uow.Beneficiaries()); });
  }

  std::int64_t AddHousehold(const std::string& numdemrsa) {
    auto id = Write([&](app::BeneficiaryRepository& r) {
      return r.InsertHousehold(NewHousehold(numdemrsa), now);
    });
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
  }
  std::int64_t AddPerson(const Person& p, std::optional<std::int64_t> household = std::nullopt) {
    auto id = Write([&](app::BeneficiaryRepository& r) {
      return r.InsertPerson(household, p, std::nullopt, now);
    });
    EXPECT_TRUE(id.has_value()) << (id ? "" : id.error().message);
    return id.value_or(0);
  }
  std::vector<std::string> Names(const app::PersonQuery& q, app::PageRequest page = {}) {
    auto found = Read([&](app::BeneficiaryRepository& r) { return r.SearchPersons(q, page); });
    std::vector<std::string> out;
    for (const auto& p : found.items) out.push_back(p.person.last_name);
    return out;
  }
  // Applies an observation on the stored history and stores the outcome, in one transaction.
  ObservationEffect Observe(std::int64_t person, std::int64_t household, Date on,
                            const RightsState& state, Timestamp at) {
    auto effect = Write([&](app::BeneficiaryRepository& r) -> Result<ObservationEffect> {
      auto applied = ApplyObservation(r.RightsHistoryOf(person), on, state);
      if (!applied) return Fail(applied.error());
      auto stored = r.ReplaceRightsRows(person, household, *applied, "caf_file:1", at);
      if (!stored) return Fail(stored.error());
      return applied->effect;
    });
    EXPECT_TRUE(effect.has_value());
    return effect.value_or(ObservationEffect::kUnchanged);
  }
};

}  // namespace pacte::testing
