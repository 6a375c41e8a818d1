#include "domain/parcours/parcours_exit.hpp"

#include <gtest/gtest.h>

#include "domain/parcours/field_errors_test.hpp"

namespace pacte {
namespace {

using test_support::FieldErrors;
using test_support::Messages;

const Date kToday = *ParseIsoDate("2025-03-15");

TEST(ExitValidation, AcceptsDateAndReason) {
  Validation v;
  auto f = ValidateExit({"2025-03-15", "emploi_durable"}, kToday, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(f.exited_on, kToday);
  EXPECT_EQ(f.reason, ExitReason::kEmploiDurable);
}

TEST(ExitValidation, ReportsMissingUnknownAndFuture) {
  Validation missing;
  ValidateExit({"", ""}, kToday, missing);
  EXPECT_EQ(FieldErrors(missing), (Messages{{"exited_on", "La date est obligatoire."},
                                            {"reason", "Choisissez le motif de sortie."}}));
  Validation bad;
  ValidateExit({"2025-03-16", "retraite"}, kToday, bad);
  EXPECT_EQ(FieldErrors(bad),
            (Messages{{"exited_on", "La date de sortie ne peut pas être dans le futur."},
                      {"reason", "Motif de sortie inconnu."}}));
}

}  // namespace
}  // namespace pacte
