// Households and persons in storage, on SQLite and PostgreSQL.

#include "beneficiary_fixture.hpp"

namespace pacte::testing {
namespace {
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

}  // namespace
}  // namespace pacte::testing
