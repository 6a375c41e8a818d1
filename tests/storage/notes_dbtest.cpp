// Notes and their visibility on SQLite and PostgreSQL: référent only, structure, followers.

#include "app/notes/notes.hpp"
#include "storage/appointments_fixture.hpp"

namespace pacte::testing {
namespace {

class NotesTest : public ParcoursWorld {
 protected:
  void Write(const app::Actor& author, const std::string& body, const std::string& visibility) {
    auto n = app::AddNote(db.store(), clock, author, person, {body, visibility});
    ASSERT_TRUE(n) << n.error().message;
  }
  std::vector<std::string> Read(const app::Actor& reader) {
    auto notes = app::ListNotes(db.store(), clock, reader, person);
    if (!notes) return {"<" + notes.error().code + ">"};
    std::vector<std::string> bodies;
    for (const auto& n : notes->notes) bodies.push_back(n.record.body);
    return bodies;
  }
};

TEST_F(NotesTest, EachReaderSeesWhatTheVisibilityAllows) {
  Write(referent, "Pour le référent", "referent");
  clock.Advance(std::chrono::minutes{1});
  Write(referent, "Pour la structure", "structure");
  clock.Advance(std::chrono::minutes{1});
  Write(referent, "Pour tous", "followers");
  using V = std::vector<std::string>;
  EXPECT_EQ(Read(referent), (V{"Pour tous", "Pour la structure", "Pour le référent"}));
  EXPECT_EQ(Read(colleague), (V{"Pour tous", "Pour la structure"}));
  EXPECT_EQ(Read(orienter), (V{"Pour tous"}));  // territory, another structure
  EXPECT_EQ(Read(outsider), (V{"<person.not_found>"}));
  EXPECT_EQ(Audits("note.create"), 3);
  EXPECT_EQ(Audits("note.list"), 3);
}

TEST_F(NotesTest, TheAuthorAlwaysReadsTheirNoteAndANewReferentReadsReferentNotes) {
  Write(orienter, "Note du chargé d'orientation", "referent");
  EXPECT_EQ(Read(orienter).size(), 1u);
  EXPECT_EQ(Read(referent).size(), 1u);  // the person's référent
  EXPECT_TRUE(Read(colleague).empty());
  AssignReferentForTest(db.store(), clock, person, colleague.agent_id, org.structure_id,
                        "2026-05-01");
  EXPECT_EQ(Read(colleague).size(), 1u);
  EXPECT_TRUE(Read(referent).empty());
}

TEST_F(NotesTest, BadNotesAreRefusedWithFrenchMessagesAndNothingIsWritten) {
  auto n = app::AddNote(db.store(), clock, referent, person, {"   ", "partout"});
  ASSERT_FALSE(n);
  EXPECT_EQ(FieldMessage(n.error(), "body"), "La note est vide.");
  EXPECT_EQ(FieldMessage(n.error(), "visibility"),
            "Visibilité inconnue : referent, structure ou followers.");
  auto denied = app::AddNote(db.store(), clock, coordinator, person, {"Texte", "followers"});
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM notes"), 0);
}

}  // namespace
}  // namespace pacte::testing
