// Households, persons and the rights history in SQL, on both databases.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "app/ports/beneficiary_repository.hpp"
#include "app/ports/store.hpp"
#include "app/ports/unit_of_work.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {
namespace {

using std::chrono::April;
using std::chrono::December;
using std::chrono::February;
using std::chrono::January;
using std::chrono::March;
using std::chrono::May;
using std::chrono::year;

Date D(int y, std::chrono::month m, unsigned d) { return Date{year{y} / m / std::chrono::day{d}}; }

Timestamp T(const char* iso) { return *ParseIsoTimestamp(iso); }

Household NewHousehold(const std::string& numdemrsa) {
  Household h;
  h.numdemrsa = numdemrsa;
  h.caf_matricule = "0012345";
  h.paying_body = PayingBody::kMsa;
  h.address = "1 rue de la Paix";
  return h;
}

Person NewPerson(const std::string& last, const std::string& first, Date birth) {
  Person p;
  p.last_name = last;
  p.first_name = first;
  p.birth_date = birth;
  return p;
}

Nir NirOf(const char* first13) { return *ParseNir(first13); }

RightsState State(const char* etat, DdFlag dd) {
  RightsState s;
  s.etatdosrsa = etat;
  s.dd_flag = dd;
  return s;
}

app::PersonQuery ByName(const std::string& name) {
  app::PersonQuery q;
  q.name = name;
  return q;
}
app::PersonQuery ByNir(const std::string& nir) {
  app::PersonQuery q;
  q.nir = nir;
  return q;
}
app::PersonQuery ByCafNumber(const std::string& caf_number) {
  app::PersonQuery q;
  q.caf_number = caf_number;
  return q;
}
app::PersonQuery ByBirthDate(Date birth_date, const std::string& name = "") {
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

TEST_F(BeneficiaryStorageTest, HouseholdRoundTripAndLookupByNumdemrsa) {
  std::int64_t id = AddHousehold("12345678901");
  auto found = Read([&](app::BeneficiaryRepository& r) { return r.FindHousehold(id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->household, NewHousehold("12345678901"));
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->created_at, now);
  auto by_number = Read(
      [&](app::BeneficiaryRepository& r) { return r.FindHouseholdByNumdemrsa("12345678901"); });
  ASSERT_TRUE(by_number);
  EXPECT_EQ(by_number->id, id);
  EXPECT_FALSE(Read(
      [&](app::BeneficiaryRepository& r) { return r.FindHouseholdByNumdemrsa("00000000000"); }));
}

TEST_F(BeneficiaryStorageTest, DuplicateNumdemrsaIsAConflictValue) {
  AddHousehold("12345678901");
  auto again = Write([&](app::BeneficiaryRepository& r) {
    return r.InsertHousehold(NewHousehold("12345678901"), now);
  });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "household.numdemrsa_taken");
  EXPECT_EQ(again.error().fields.at(0).field, "numdemrsa");
}

TEST_F(BeneficiaryStorageTest, HouseholdUpdateChecksVersion) {
  std::int64_t id = AddHousehold("12345678901");
  Household changed = NewHousehold("12345678901");
  changed.address = "2 rue Neuve";
  auto later = T("2026-11-28T09:00:00Z");
  EXPECT_TRUE(Write(
      [&](app::BeneficiaryRepository& r) { return r.UpdateHousehold(id, 1, changed, later); }));
  auto stale = Write(
      [&](app::BeneficiaryRepository& r) { return r.UpdateHousehold(id, 1, changed, later); });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  auto missing = Write(
      [&](app::BeneficiaryRepository& r) { return r.UpdateHousehold(id + 99, 1, changed, later); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
  auto found = Read([&](app::BeneficiaryRepository& r) { return r.FindHousehold(id); });
  EXPECT_EQ(found->household.address, "2 rue Neuve");
  EXPECT_EQ(found->version, 2);
  EXPECT_EQ(found->updated_at, later);
}

TEST_F(BeneficiaryStorageTest, PersonRoundTripWithEveryField) {
  std::int64_t household = AddHousehold("12345678901");
  Person p = NewPerson("Lefèvre", "Jean", D(1985, May, 12));
  p.civility = Civility::kMonsieur;
  p.birth_name = "Martin";
  p.sex = Sex::kMale;
  p.nir = NirOf("1850592050123");
  p.caf_number = "0012345";
  p.email = "jean@example.org";
  p.phone = "0601020304";
  p.address = "1 rue de la Paix";
  p.role = HouseholdRole::kDem;
  auto id = Write([&](app::BeneficiaryRepository& r) {
    return r.InsertPerson(household, p, std::string("D-42"), now);
  });
  ASSERT_TRUE(id);
  auto found = Read([&](app::BeneficiaryRepository& r) { return r.FindPerson(*id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->person, p);
  EXPECT_EQ(found->household_id, household);
  EXPECT_EQ(found->internal_id, "D-42");
  EXPECT_FALSE(found->anonymised_at);
  auto by_nir =
      Read([&](app::BeneficiaryRepository& r) { return r.FindPersonByNir(p.nir->Value()); });
  ASSERT_TRUE(by_nir);
  EXPECT_EQ(by_nir->id, *id);
  auto search_key = Read([&](app::BeneficiaryRepository& r) {
    return r.SearchPersons(ByName("lefevre jean martin"), {});
  });
  EXPECT_EQ(search_key.total, 1);
}

TEST_F(BeneficiaryStorageTest, DuplicateNirIsAConflictValueAndNothingIsWritten) {
  Person p = NewPerson("Lefèvre", "Jean", D(1985, May, 12));
  p.nir = NirOf("1850592050123");
  AddPerson(p);
  Person other = NewPerson("Durand", "Paul", D(1985, May, 12));
  other.nir = p.nir;
  auto again = Write([&](app::BeneficiaryRepository& r) {
    return r.InsertPerson(std::nullopt, other, std::nullopt, now);
  });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().code, "person.nir_taken");
  EXPECT_EQ(again.error().fields.at(0).field, "nir");
  EXPECT_EQ(Names(ByName("durand")).size(), 0u);
}

TEST_F(BeneficiaryStorageTest, PersonUpdateChecksVersionAndNir) {
  Person first = NewPerson("Lefèvre", "Jean", D(1985, May, 12));
  first.nir = NirOf("1850592050123");
  AddPerson(first);
  std::int64_t id = AddPerson(NewPerson("Durand", "Paul", D(1990, March, 1)));
  Person renamed = NewPerson("Dupuis", "Paul", D(1990, March, 1));
  EXPECT_TRUE(Write([&](app::BeneficiaryRepository& r) {
    return r.UpdatePerson(id, 1, std::nullopt, renamed, std::nullopt, now);
  }));
  EXPECT_EQ(Names(ByName("dupuis")), std::vector<std::string>{"Dupuis"});
  EXPECT_TRUE(Names(ByName("durand")).empty());
  auto stale = Write([&](app::BeneficiaryRepository& r) {
    return r.UpdatePerson(id, 1, std::nullopt, renamed, std::nullopt, now);
  });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  renamed.nir = first.nir;
  auto taken = Write([&](app::BeneficiaryRepository& r) {
    return r.UpdatePerson(id, 2, std::nullopt, renamed, std::nullopt, now);
  });
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().code, "person.nir_taken");
  EXPECT_EQ(Read([&](app::BeneficiaryRepository& r) { return r.FindPerson(id); })->version, 2);
}

TEST_F(BeneficiaryStorageTest, SearchByNamePrefixIgnoresAccentsAndCase) {
  AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)));
  AddPerson(NewPerson("Lafont", "Anne", D(1970, January, 2)));
  AddPerson(NewPerson("Élise", "Lefe", D(1970, January, 2)));  // "lefe" only as a first name
  EXPECT_EQ(Names(ByName("lefe")), std::vector<std::string>{"Lefèvre"});
  EXPECT_EQ(Names(ByName("LEFÈ")), std::vector<std::string>{"Lefèvre"});
  EXPECT_EQ(Names(ByName("l")), (std::vector<std::string>{"Lafont", "Lefèvre"}));
  EXPECT_EQ(Names(ByName("eli")), std::vector<std::string>{"Élise"});
}

TEST_F(BeneficiaryStorageTest, SearchByNirCafNumberAndBirthDate) {
  Person a = NewPerson("Lefèvre", "Jean", D(1985, May, 12));
  a.nir = NirOf("1850592050123");
  a.caf_number = "0012345";
  Person b = NewPerson("Lefèvre", "Marie", D(1987, February, 3));
  b.caf_number = "0012345";
  Person c = NewPerson("Durand", "Paul", D(1985, May, 12));
  std::int64_t a_id = AddPerson(a);
  std::int64_t b_id = AddPerson(b);
  AddPerson(c);
  EXPECT_EQ(Names(ByNir(a.nir->Value())), std::vector<std::string>{"Lefèvre"});
  EXPECT_EQ(Names(ByCafNumber("0012345")).size(), 2u);
  EXPECT_EQ(Names(ByBirthDate(D(1985, May, 12))), (std::vector<std::string>{"Durand", "Lefèvre"}));
  EXPECT_EQ(Names(ByBirthDate(D(1985, May, 12), "lef")), std::vector<std::string>{"Lefèvre"});
  auto by_caf =
      Read([&](app::BeneficiaryRepository& r) { return r.FindPersonsByCafNumber("0012345"); });
  ASSERT_EQ(by_caf.size(), 2u);
  EXPECT_EQ(by_caf[0].id, a_id);
  EXPECT_EQ(by_caf[1].id, b_id);
}

TEST_F(BeneficiaryStorageTest, SearchPagesWithTotal) {
  for (const char* first : {"A", "B", "C", "D", "E"})
    AddPerson(NewPerson("Martin", first, D(1980, January, 1)));
  AddPerson(NewPerson("Durand", "Z", D(1980, January, 1)));
  auto page = Read([&](app::BeneficiaryRepository& r) {
    return r.SearchPersons(ByName("martin"), app::PageRequest{3, 2});
  });
  EXPECT_EQ(page.total, 5);
  EXPECT_EQ(page.PageCount(), 3);
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].person.first_name, "E");
  auto second = Read([&](app::BeneficiaryRepository& r) {
    return r.SearchPersons(ByName("martin"), app::PageRequest{2, 2});
  });
  ASSERT_EQ(second.items.size(), 2u);
  EXPECT_EQ(second.items[0].person.first_name, "C");
}

TEST_F(BeneficiaryStorageTest, SqlMetacharactersInSearchAreNotWildcards) {
  AddPerson(NewPerson("Dupont", "Jean", D(1980, January, 1)));
  AddPerson(NewPerson("O'Brien", "Kate", D(1980, January, 1)));
  EXPECT_TRUE(Names(ByName("d%t")).empty());
  EXPECT_TRUE(Names(ByName("_upont")).empty());
  EXPECT_TRUE(Names(ByName("du_ont")).empty());
  EXPECT_EQ(Names(ByName("o'b")), std::vector<std::string>{"O'Brien"});
  EXPECT_TRUE(Names(ByNir("%")).empty());
  EXPECT_TRUE(Names(ByCafNumber("00%")).empty());
}

TEST_F(BeneficiaryStorageTest, RightsHistoryRoundTrip) {
  std::int64_t household = AddHousehold("12345678901");
  std::int64_t person = AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)), household);
  RightsState payable = State("2", DdFlag::kYes);
  RightsState suspended = State("4", DdFlag::kYes);
  suspended.suspension_reason = "06";
  RightsState closed = State("5", DdFlag::kYes);
  closed.closure_reason = "PCD";
  closed.closure_date = D(2026, April, 30);
  closed.homeless = true;
  Timestamp at = T("2026-01-05T08:00:00Z");
  EXPECT_EQ(Observe(person, household, D(2026, January, 1), payable, at),
            ObservationEffect::kAppended);
  EXPECT_EQ(Observe(person, household, D(2026, February, 1), payable, at),
            ObservationEffect::kUnchanged);
  EXPECT_EQ(Observe(person, household, D(2026, March, 1), suspended, at),
            ObservationEffect::kAppended);
  EXPECT_EQ(Observe(person, household, D(2026, April, 1), payable, at),
            ObservationEffect::kAppended);
  EXPECT_EQ(Observe(person, household, D(2026, May, 1), closed, at), ObservationEffect::kAppended);

  RightsHistory built;
  for (auto [on, state] : std::vector<std::pair<Date, RightsState>>{{D(2026, January, 1), payable},
                                                                    {D(2026, March, 1), suspended},
                                                                    {D(2026, April, 1), payable},
                                                                    {D(2026, May, 1), closed}}) {
    built = ApplyObservation(built, on, state)->history;
  }
  auto stored = Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); });
  EXPECT_EQ(stored, built);
  EXPECT_TRUE(IsWellFormed(stored));
  EXPECT_EQ(StateAsOf(stored, D(2026, March, 15)), suspended);
  EXPECT_FALSE(StateAsOf(stored, D(2025, December, 31)));
  EXPECT_EQ(DdSince(stored, D(2026, February, 10)), D(2026, January, 1));
  EXPECT_EQ(DdSince(stored, D(2026, April, 10)), D(2026, April, 1));
  EXPECT_FALSE(DdSince(stored, D(2026, May, 10)));
}

TEST_F(BeneficiaryStorageTest, CorrectionKeepsWhatWasKnownBefore) {
  std::int64_t household = AddHousehold("12345678901");
  std::int64_t person = AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)), household);
  RightsState payable = State("2", DdFlag::kYes);
  RightsState refused = State("1", DdFlag::kYes);
  Timestamp t1 = T("2026-01-05T08:00:00Z");
  Timestamp t2 = T("2026-02-05T08:00:00Z");
  Timestamp t3 = T("2026-02-06T08:00:00Z");
  Observe(person, household, D(2026, January, 1), payable, t1);
  Observe(person, household, D(2026, February, 1), refused, t2);
  // A second file of the same date corrects February: the right is still payable.
  EXPECT_EQ(Observe(person, household, D(2026, February, 1), payable, t3),
            ObservationEffect::kMerged);

  auto now_known = Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); });
  ASSERT_EQ(now_known.size(), 1u);
  EXPECT_FALSE(now_known[0].valid_to);
  EXPECT_EQ(DdSince(now_known, D(2026, February, 15)), D(2026, January, 1));

  auto before = Read([&](app::BeneficiaryRepository& r) {
    return r.RightsHistoryAsKnownAt(person, T("2026-02-05T12:00:00Z"));
  });
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0].valid_to, D(2026, February, 1));
  EXPECT_EQ(StateAsOf(before, D(2026, February, 15)), refused);
  EXPECT_FALSE(DdSince(before, D(2026, February, 15)));
  auto first = Read([&](app::BeneficiaryRepository& r) {
    return r.RightsHistoryAsKnownAt(person, T("2026-01-06T00:00:00Z"));
  });
  ASSERT_EQ(first.size(), 1u);
  EXPECT_FALSE(first[0].valid_to);
  EXPECT_TRUE(Read([&](app::BeneficiaryRepository& r) {
                return r.RightsHistoryAsKnownAt(person, T("2026-01-01T00:00:00Z"));
              }).empty());

  // A plain correction (different from the previous row) supersedes the current row.
  RightsState suspended = State("3", DdFlag::kYes);
  Observe(person, household, D(2026, March, 1), refused, T("2026-03-05T08:00:00Z"));
  EXPECT_EQ(Observe(person, household, D(2026, March, 1), suspended, T("2026-03-06T08:00:00Z")),
            ObservationEffect::kCorrected);
  auto corrected = Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); });
  ASSERT_EQ(corrected.size(), 2u);
  EXPECT_EQ(corrected[1].state, suspended);
  auto earlier = Read([&](app::BeneficiaryRepository& r) {
    return r.RightsHistoryAsKnownAt(person, T("2026-03-05T12:00:00Z"));
  });
  EXPECT_EQ(StateAsOf(earlier, D(2026, March, 2)), refused);
}

TEST_F(BeneficiaryStorageTest, ReplaceRightsRowsRefusesAStaleHistory) {
  std::int64_t household = AddHousehold("12345678901");
  std::int64_t person = AddPerson(NewPerson("Lefèvre", "Jean", D(1985, May, 12)), household);
  auto applied = ApplyObservation({}, D(2026, January, 1), State("2", DdFlag::kYes));
  ASSERT_TRUE(applied);
  EXPECT_TRUE(Write([&](app::BeneficiaryRepository& r) {
    return r.ReplaceRightsRows(person, household, *applied, "manual", now);
  }));
  // The same "first row" computed on a now outdated empty history.
  auto again = Write([&](app::BeneficiaryRepository& r) {
    return r.ReplaceRightsRows(person, household, *applied, "manual", now);
  });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Read([&](app::BeneficiaryRepository& r) { return r.RightsHistoryOf(person); }).size(),
            1u);
}

}  // namespace
}  // namespace pacte::testing
