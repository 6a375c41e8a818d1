#include "domain/parcours/note.hpp"

#include <gtest/gtest.h>

#include "domain/parcours/parcours_review.hpp"

namespace pacte {
namespace {

std::string MessageOf(const Validation& v, const std::string& field) {
  if (v.Ok()) return "";
  for (const auto& f : v.ToError().fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

TEST(NoteValidation, AcceptsABodyAndAVisibility) {
  Validation v;
  auto f = ValidateNote({"  Rappeler lundi  ", "structure"}, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(f.body, "Rappeler lundi");
  EXPECT_EQ(f.visibility, NoteVisibility::kStructure);
}

TEST(NoteValidation, RefusesEmptyTooLongAndUnknown) {
  Validation v;
  ValidateNote({"", ""}, v);
  EXPECT_EQ(MessageOf(v, "body"), "La note est vide.");
  EXPECT_EQ(MessageOf(v, "visibility"), "Choisissez qui peut lire la note.");
  Validation w;
  ValidateNote({std::string(kNoteBodyMax + 1, 'a'), "tous"}, w);
  EXPECT_FALSE(MessageOf(w, "body").empty());
  EXPECT_EQ(MessageOf(w, "visibility"), "Visibilité inconnue : referent, structure ou followers.");
}

TEST(ReviewValidation, DatesKindsAndOutcome) {
  const Date today = *ParseIsoDate("2026-06-01");
  Validation ok;
  auto f = ValidateReview({"2026-06-01", "revue_conjointe", ""}, today, ok);
  ASSERT_TRUE(ok.Ok());
  EXPECT_EQ(f.kind, ReviewKind::kRevueConjointe);
  EXPECT_FALSE(f.outcome);
  Validation bad;
  ValidateReview({"2026-06-02", "", ""}, today, bad);
  EXPECT_EQ(MessageOf(bad, "reviewed_on"), "La date de la revue ne peut pas être dans le futur.");
  EXPECT_EQ(MessageOf(bad, "kind"), "Choisissez le type de revue.");
  EXPECT_EQ(ReviewKindLabel(ReviewKind::kEquipePluridisciplinaire), "Équipe pluridisciplinaire");
}

}  // namespace
}  // namespace pacte
