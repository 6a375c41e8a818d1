// Agent identity rules: e-mail normalisation and field validation.

#include "domain/agent/agent.hpp"

#include <gtest/gtest.h>

namespace pacte {
namespace {

TEST(AgentEmail, NormalisesCaseAndSpaces) {
  EXPECT_EQ(NormalizeEmail("  Jeanne.Martin@CD92.fr "), "jeanne.martin@cd92.fr");
}

TEST(AgentEmail, RefusesImplausibleAddresses) {
  for (const char* bad :
       {"", "jeanne", "@cd92.fr", "jeanne@", "jeanne@cd92", "a@b@c.fr", "jeanne martin@cd92.fr",
        "jeanne@cd92..fr", "jeanne@.fr", "jeanne@cd92.fr."}) {
    EXPECT_FALSE(NormalizeEmail(bad)) << bad;
  }
  EXPECT_FALSE(NormalizeEmail(std::string(250, 'a') + "@b.fr"));
}

TEST(AgentEmail, LocalPart) {
  EXPECT_EQ(EmailLocalPart("Jeanne.Martin@cd92.fr"), "jeanne.martin");
  EXPECT_EQ(EmailLocalPart("sans-arobase"), "");
}

TEST(AgentIdentity, ReportsEveryFieldAtOnce) {
  Validation v;
  std::vector<Role> roles;
  ValidateAgentIdentity(v, "pas-une-adresse", " ", "", {}, roles);
  ASSERT_FALSE(v.Ok());
  auto e = v.ToError();
  ASSERT_EQ(e.fields.size(), 4u);
  EXPECT_EQ(e.fields[0].field, "email");
  EXPECT_EQ(e.fields[0].message, "Adresse e-mail invalide (exemple : prenom.nom@departement.fr).");
  EXPECT_EQ(e.fields[1].field, "first_name");
  EXPECT_EQ(e.fields[2].field, "last_name");
  EXPECT_EQ(e.fields[3].field, "roles");
  EXPECT_EQ(e.fields[3].message, "Choisissez au moins un rôle.");
}

TEST(AgentIdentity, RefusesUnknownRolesAndDeduplicates) {
  Validation v;
  std::vector<Role> roles;
  ValidateAgentIdentity(v, "a@b.fr", "Jeanne", "Martin", {"referent", "pape"}, roles);
  ASSERT_FALSE(v.Ok());
  EXPECT_EQ(v.ToError().fields[0].message, "Rôle inconnu : « pape ».");

  Validation ok;
  ValidateAgentIdentity(ok, "a@b.fr", "Jeanne", "Martin", {"referent", "admin", "referent"}, roles);
  EXPECT_TRUE(ok.Ok());
  EXPECT_EQ(roles, (std::vector<Role>{Role::kAdmin, Role::kReferent}));  // sorted by code
}

TEST(AgentIdentity, RefusesOverlongNames) {
  Validation v;
  std::vector<Role> roles;
  ValidateAgentIdentity(v, "a@b.fr", std::string(101, 'x'), "Martin", {"referent"}, roles);
  ASSERT_FALSE(v.Ok());
  EXPECT_EQ(v.ToError().fields[0].field, "first_name");
}

TEST(Agent, DisplayNameAndSecondFactorRequirement) {
  Agent a;
  a.first_name = "Jeanne";
  a.last_name = "Martin";
  a.roles = {Role::kReferent};
  EXPECT_EQ(a.DisplayName(), "Jeanne Martin");
  EXPECT_FALSE(a.RequiresSecondFactor());
  a.totp_enabled = true;
  EXPECT_TRUE(a.RequiresSecondFactor());
  a.totp_enabled = false;
  a.roles.push_back(Role::kAdmin);
  EXPECT_TRUE(a.RequiresSecondFactor());
}

}  // namespace
}  // namespace pacte

namespace pacte {
namespace {

// Regression: an update sending the same roles in another order was recorded in the audit
// trail as a change of roles.
TEST(AgentIdentity, RolesComeOutInOneOrderWhateverTheInput) {
  Validation v;
  std::vector<Role> a;
  std::vector<Role> b;
  ValidateAgentIdentity(v, "a@cd92.fr", "A", "B", {"referent", "coordinateur", "admin"}, a);
  ValidateAgentIdentity(v, "a@cd92.fr", "A", "B", {"admin", "referent", "coordinateur", "admin"},
                        b);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, (std::vector<Role>{Role::kAdmin, Role::kCoordinateur, Role::kReferent}));
}

}  // namespace
}  // namespace pacte
