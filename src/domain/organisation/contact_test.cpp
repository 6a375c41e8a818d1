#include "domain/organisation/contact.hpp"

#include <string>

#include <gtest/gtest.h>

namespace pacte {
namespace {

TEST(Email, AcceptsOrdinaryAddresses) {
  EXPECT_TRUE(IsPlausibleEmail("accueil@ccas-nanterre.fr"));
  EXPECT_TRUE(IsPlausibleEmail("prenom.nom+pacte@sous.domaine.example.org"));
}

TEST(Email, RejectsImplausibleAddresses) {
  for (const char* bad : {"", "accueil", "accueil@", "@ccas.fr", "a@b", "a@b.c", "a@@b.fr",
                          "a b@c.fr", "a@c .fr", "a@-c.fr", "a@c-.fr", "a@c..fr", ".a@c.fr",
                          "a.@c.fr", "a..b@c.fr", "a@c.f1", "a<b>@c.fr", "a@c.fr;DROP"}) {
    EXPECT_FALSE(IsPlausibleEmail(bad)) << bad;
  }
  EXPECT_FALSE(IsPlausibleEmail(std::string(65, 'a') + "@c.fr"));
  EXPECT_FALSE(IsPlausibleEmail("a@" + std::string(250, 'b') + ".fr"));
}

TEST(Phone, AcceptsFrenchAndInternationalForms) {
  for (const char* good : {"01 47 29 30 00", "01.47.29.30.00", "0147293000", "+33 1 47 29 30 00",
                           "+262 262 90 00 00", "3949", "(0)1-47-29-30-00"}) {
    EXPECT_TRUE(IsPlausiblePhone(good)) << good;
  }
}

TEST(Phone, RejectsOtherText) {
  for (const char* bad : {"", "123", "01 47 29 30 00 ext 12", "0147+293000", "1234567890123456",
                          "appeler l'accueil"}) {
    EXPECT_FALSE(IsPlausiblePhone(bad)) << bad;
  }
}

}  // namespace
}  // namespace pacte
