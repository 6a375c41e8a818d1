#include "domain/beneficiary/name_match.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pacte {
namespace {

TEST(WithinOneTypo, AcceptsOneMissingExtraReplacedOrSwappedLetter) {
  EXPECT_TRUE(WithinOneTypo("lefevre", "lefevre"));
  EXPECT_TRUE(WithinOneTypo("lefevbre", "lefevre"));  // one letter too many
  EXPECT_TRUE(WithinOneTypo("lefebre", "lefevre"));   // one letter replaced
  EXPECT_TRUE(WithinOneTypo("lfevre", "lefevre"));    // one letter missing
  EXPECT_TRUE(WithinOneTypo("leefvre", "lefevre"));   // two adjacent letters swapped
  EXPECT_TRUE(WithinOneTypo("lefevre", "lefevbre"));  // symmetric
}

TEST(WithinOneTypo, RefusesTwoTypos) {
  EXPECT_FALSE(WithinOneTypo("lebfre", "lefevre"));
  EXPECT_FALSE(WithinOneTypo("lefbre", "lefevre"));
  EXPECT_FALSE(WithinOneTypo("martin", "martinez"));
  EXPECT_FALSE(WithinOneTypo("dupont", "dupuis"));
  EXPECT_FALSE(WithinOneTypo("", "ab"));
}

TEST(WithinOneTypo, AgreesWithTheVariantsIndex) {
  // Storage matches when the two variant sets intersect: it must be the same relation.
  const char* words[] = {"lefevre", "lefebre", "lefevbre", "lfevre", "martin", "martn",
                         "marin",   "dupont",  "dupond",   "abc",    "bca",    "abcd"};
  for (const char* a : words) {
    for (const char* b : words) {
      auto va = NameVariants(a), vb = NameVariants(b);
      bool intersect = std::any_of(va.begin(), va.end(), [&](const std::string& v) {
        return std::find(vb.begin(), vb.end(), v) != vb.end();
      });
      EXPECT_EQ(intersect, WithinOneTypo(a, b)) << a << " / " << b;
    }
  }
}

TEST(WithinOneTypo, AgreesWithTheDefinitionOnEveryShortWord) {
  // Every word of up to 5 letters over {a, b}: brute force of "one deletion each".
  std::vector<std::string> all{""};
  for (std::size_t n = 0; n < all.size() && all[n].size() < 5; ++n) {
    all.push_back(all[n] + "a");
    all.push_back(all[n] + "b");
  }
  auto deletions = [](const std::string& w) {
    std::vector<std::string> out{w};
    for (std::size_t i = 0; i < w.size(); ++i) out.push_back(w.substr(0, i) + w.substr(i + 1));
    return out;
  };
  for (const auto& a : all) {
    for (const auto& b : all) {
      auto da = deletions(a), db = deletions(b);
      bool expected = std::any_of(da.begin(), da.end(), [&](const std::string& v) {
        return std::find(db.begin(), db.end(), v) != db.end();
      });
      ASSERT_EQ(expected, WithinOneTypo(a, b)) << a << " / " << b;
    }
  }
}

TEST(NameVariants, WordThenEachDeletionWithoutDuplicates) {
  EXPECT_EQ(NameVariants("anne"),
            (std::vector<std::string>{"anne", "nne", "ane", "ann"}));
  EXPECT_TRUE(NameVariants("li").empty());
}

TEST(KeyWords, SplitsOnSpaces) {
  EXPECT_EQ(KeyWords("le fevre  awa"), (std::vector<std::string>{"le", "fevre", "awa"}));
  EXPECT_TRUE(KeyWords("").empty());
}

}  // namespace
}  // namespace pacte
