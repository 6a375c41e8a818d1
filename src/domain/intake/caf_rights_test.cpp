#include "domain/intake/caf_rights.hpp"

#include <gtest/gtest.h>

#include "domain/intake/caf_fingerprints.hpp"

namespace pacte::intake {
namespace {

CafRightsCodes Codes(std::string etat, std::string dd = "1") {
  CafRightsCodes c;
  c.etatdosrsa = std::move(etat);
  c.toppersdrodevorsa = std::move(dd);
  return c;
}

TEST(CafFollowedRole, FollowsOnlyAdultsOfTheRsaBenefit) {
  EXPECT_EQ(CafFollowedRole({{"PFA", "CJT"}, {"RSA", "CJT"}}), HouseholdRole::kCjt);
  EXPECT_EQ(CafFollowedRole({{" rsa ", "dem"}}), HouseholdRole::kDem);
  EXPECT_EQ(CafFollowedRole({{"RSA", "ENF"}}), std::nullopt);
  EXPECT_EQ(CafFollowedRole({{"RSA", "AUT"}}), std::nullopt);
  EXPECT_EQ(CafFollowedRole({{"PFA", "DEM"}}), std::nullopt);  // no RSA benefit
  EXPECT_EQ(CafFollowedRole({}), std::nullopt);
}

TEST(CafFamilySituation, CountsFollowedAdultsAndChildren) {
  const std::vector<CafBenefitCodes> dem{{"RSA", "DEM"}};
  const std::vector<CafBenefitCodes> cjt{{"rsa", "CJT"}};
  const std::vector<CafBenefitCodes> child{{"RSA", "ENF"}, {"PFA", "ENF"}};
  const std::vector<CafBenefitCodes> other{{"PFA", "DEM"}};
  EXPECT_EQ(CafFamilySituation({dem}), "seul_sans_enfant");
  EXPECT_EQ(CafFamilySituation({dem, child}), "seul_avec_enfants");
  EXPECT_EQ(CafFamilySituation({dem, cjt}), "couple_sans_enfant");
  EXPECT_EQ(CafFamilySituation({dem, cjt, child, child}), "couple_avec_enfants");
  // An adult of another benefit only is not a followed spouse.
  EXPECT_EQ(CafFamilySituation({dem, other}), "seul_sans_enfant");
}

TEST(CafRightsState, ReadsAnOpenRightWithTheDdFlag) {
  std::vector<CafCodeWarning> w;
  auto c = Codes("2");
  c.topsansdomfixe = "1";
  RightsState s = CafRightsState(c, w);
  EXPECT_EQ(s.etatdosrsa, "2");
  EXPECT_EQ(s.dd_flag, DdFlag::kYes);
  EXPECT_TRUE(s.homeless);
  EXPECT_FALSE(s.suspension_reason);
  EXPECT_TRUE(w.empty());
  EXPECT_EQ(CafRightsState(Codes("", "0"), w).etatdosrsa, "Z");
  EXPECT_EQ(CafRightsState(Codes("", "0"), w).dd_flag, DdFlag::kNo);
  EXPECT_EQ(CafRightsState(Codes("2", ""), w).dd_flag, DdFlag::kUnknown);
  EXPECT_TRUE(w.empty());
}

TEST(CafRightsState, KeepsTheLatestSuspensionOnlyWhileSuspended) {
  std::vector<CafCodeWarning> w;
  auto c = Codes("4");
  c.suspensions = {{"06", "2021-11-01"}, {"1", "2022-01-01"}, {"44", "2021-12-01"}};
  EXPECT_EQ(CafRightsState(c, w).suspension_reason, "01");  // zero-padded, latest date
  c.etatdosrsa = "2";
  EXPECT_FALSE(CafRightsState(c, w).suspension_reason);
  c.etatdosrsa = "3";
  c.suspensions = {{"06", "2021-11-01"}, {"44", "2021-11-01"}};
  EXPECT_EQ(CafRightsState(c, w).suspension_reason, "44");  // tie: the later in the file
  EXPECT_TRUE(w.empty());
}

TEST(CafRightsState, KeepsUnknownCodesRawAndReportsThem) {
  std::vector<CafCodeWarning> w;
  auto c = Codes("9", "X");
  c.closure_reason = "zzz";
  c.closure_date = "2021-02-31";
  c.topsansdomfixe = "7";
  RightsState s = CafRightsState(c, w);
  EXPECT_EQ(s.etatdosrsa, "9");
  EXPECT_EQ(s.dd_flag, DdFlag::kUnknown);
  EXPECT_EQ(s.closure_reason, "ZZZ");
  EXPECT_FALSE(s.closure_date);
  EXPECT_FALSE(s.homeless);
  ASSERT_EQ(w.size(), 5U);
  EXPECT_EQ(w[0].field, "ETATDOSRSA");
  EXPECT_EQ(w[0].message, "Code ETATDOSRSA « 9 » inconnu : conservé tel quel.");
  EXPECT_EQ(w[1].field, "TOPPERSDRODEVORSA");
  EXPECT_EQ(w[2].field, "MOTICLORSA");
  EXPECT_EQ(w[3].field, "DTCLORSA");
  EXPECT_EQ(w[4].field, "TOPSANSDOMFIXE");
  w.clear();
  auto suspended = Codes("4");
  suspended.suspensions = {{"QQ", "2022-01-01"}};
  EXPECT_EQ(CafRightsState(suspended, w).suspension_reason, "QQ");
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].field, "MOTISUSVERSRSA");
}

TEST(CafRightsState, ReadsAClosure) {
  std::vector<CafCodeWarning> w;
  auto c = Codes("5", "1");
  c.closure_reason = "PCG";
  c.closure_date = "2021-11-30";
  RightsState s = CafRightsState(c, w);
  EXPECT_EQ(s.closure_reason, "PCG");
  EXPECT_EQ(s.closure_date, ParseIsoDate("2021-11-30"));
  EXPECT_TRUE(IsClosedRight(s.etatdosrsa));
  EXPECT_TRUE(IsClosedRight("6"));
  EXPECT_FALSE(IsClosedRight("4"));
  EXPECT_TRUE(w.empty());
}

TEST(FingerprintSet, RemembersKeysThroughGrowth) {
  FingerprintSet set;
  EXPECT_FALSE(set.Contains("a"));
  for (int i = 0; i < 5000; ++i) EXPECT_TRUE(set.Insert("nir:" + std::to_string(i)));
  EXPECT_EQ(set.size(), 5000U);
  for (int i = 0; i < 5000; ++i) EXPECT_FALSE(set.Insert("nir:" + std::to_string(i)));
  EXPECT_TRUE(set.Contains("nir:4999"));
  EXPECT_FALSE(set.Contains("nir:5000"));
  EXPECT_NE(FingerprintSet::Hash(""), 0U);
}

}  // namespace
}  // namespace pacte::intake
