// A stored record shown back in its form validates to the same record.

#include <gtest/gtest.h>

#include "domain/organisation/institution.hpp"
#include "domain/organisation/structure.hpp"

namespace pacte {
namespace {

TEST(DraftOf, StructureFieldsRoundTrip) {
  StructureDraft typed{7, " EDAS de Nanterre ", "12 rue Pasteur", "92050", "01 47 29 30 31",
                       "edas@exemple.fr", true, false, "departement"};
  Validation v;
  auto fields = ValidateStructure(typed, v);
  ASSERT_TRUE(v.Ok());
  Validation again;
  auto round = ValidateStructure(DraftOf(fields), again);
  ASSERT_TRUE(again.Ok());
  EXPECT_EQ(round.name, fields.name);
  EXPECT_EQ(round.address, fields.address);
  EXPECT_EQ(round.phone, fields.phone);
  EXPECT_EQ(round.email, fields.email);
  EXPECT_EQ(round.drees_category, fields.drees_category);
  EXPECT_EQ(DraftOf(fields).drees_category, "departement");
}

TEST(DraftOf, InstitutionFieldsRoundTrip) {
  Validation v;
  auto fields = ValidateInstitution(InstitutionDraft{"CAF des Hauts-de-Seine", "caf",
                                                     "443 061 841 00047", true},
                                    v);
  ASSERT_TRUE(v.Ok());
  auto draft = DraftOf(fields);
  EXPECT_EQ(draft.kind, "caf");
  EXPECT_EQ(draft.siret, "44306184100047");
  EXPECT_TRUE(draft.is_pact_signatory);
}

}  // namespace
}  // namespace pacte
