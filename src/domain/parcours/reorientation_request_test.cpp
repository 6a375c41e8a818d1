// Re-orientation requests: what a référent must give, and how a chargé d'orientation decides.

#include "domain/parcours/reorientation_request.hpp"

#include <gtest/gtest.h>

#include "domain/parcours/field_errors_test.hpp"

namespace pacte {
namespace {

using test_support::FieldErrors;
using test_support::Messages;
using S = ReorientationStatus;

TEST(ReorientationRequest, AcceptsMotiveAndParcours) {
  Validation v;
  auto f = ValidateReorientationRequest({"  Projet d'emploi défini. ", "professionnel"}, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(f.motive, "Projet d'emploi défini.");
  EXPECT_EQ(f.proposed_parcours, Parcours::kProfessionnel);
}

TEST(ReorientationRequest, ReportsMissingAndUnknown) {
  Validation v;
  ValidateReorientationRequest({" ", ""}, v);
  EXPECT_EQ(FieldErrors(v), (Messages{{"motive", "Indiquez le motif de la demande."},
                                      {"proposed_parcours", "Choisissez le parcours proposé."}}));
  Validation w;
  ValidateReorientationRequest({std::string(2001, 'a'), "emploi"}, w);
  EXPECT_EQ(FieldErrors(w),
            (Messages{{"motive", "Ce texte ne doit pas dépasser 2000 caractères."},
                      {"proposed_parcours",
                       "Parcours inconnu : professionnel, socio-professionnel ou social."}}));
}

// The decision table: from en_attente only, towards acceptee or refusee (with a reason).
TEST(ReorientationDecision, Table) {
  struct Row {
    S from;
    S to;
    const char* reason;
    const char* expected;  // the new status code, or the error code
  };
  const Row rows[] = {
      {S::kEnAttente, S::kAcceptee, "", "acceptee"},
      {S::kEnAttente, S::kRefusee, "Parcours social à poursuivre", "refusee"},
      {S::kEnAttente, S::kRefusee, "  ", "reorientation.reason_required"},
      {S::kEnAttente, S::kEnAttente, "", "reorientation.invalid_decision"},
      {S::kAcceptee, S::kRefusee, "trop tard", "reorientation.already_decided"},
      {S::kRefusee, S::kAcceptee, "", "reorientation.already_decided"},
      {S::kAcceptee, S::kAcceptee, "", "reorientation.already_decided"},
  };
  for (const auto& row : rows) {
    auto result = DecideReorientation(row.from, row.to, row.reason);
    std::string got = result ? std::string(ReorientationStatusCode(*result)) : result.error().code;
    EXPECT_EQ(got, row.expected) << ReorientationStatusCode(row.from) << " → "
                                 << ReorientationStatusCode(row.to);
  }
}

TEST(ReorientationDecision, FrenchMessagesOnTheRightField) {
  auto refused = DecideReorientation(S::kEnAttente, S::kRefusee, "");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(refused.error().message, "Indiquez le motif du refus.");
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "decision_reason");

  auto again = DecideReorientation(S::kAcceptee, S::kRefusee, "non");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().message, "Cette demande de réorientation a déjà été acceptée.");
  auto refused_before = DecideReorientation(S::kRefusee, S::kAcceptee, "");
  EXPECT_EQ(refused_before.error().message, "Cette demande de réorientation a déjà été refusée.");
}

}  // namespace
}  // namespace pacte
