#pragma once
// Notes about a person. Writing needs PersonAction::kEdit; reading needs kView and shows only
// the notes the actor may read (CanReadNote). Both are audited (ids and codes only).

#include <cstdint>
#include <vector>

#include "app/appointments/person_context.hpp"
#include "app/policies/actor.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/note_repository.hpp"
#include "app/ports/store.hpp"

namespace pacte::app {

// Who reads a note, among those who see the person: its author always; `followers` every one
// of them; `structure` the agents of the author's structure; `referent` the person's current
// référent. (No role reads every note: an administrator too reads by these rules.)
bool CanReadNote(const Actor& actor, const NoteRecord& note, const PersonScope& scope);

// Writes a note (ValidateNote's field errors, code `note.invalid`). Audit "note.create"
// (person_id, visibility).
Result<StoredNote> AddNote(Store& store, const Clock& clock, const Actor& actor,
                           std::int64_t person_id, const NoteDraft& draft);

struct PersonNotes {
  PersonHeader person;
  std::vector<StoredNote> notes;  // readable by the actor, latest first
  bool can_write = false;
};

// Audit "note.list" (person_id, count shown).
Result<PersonNotes> ListNotes(Store& store, const Clock& clock, const Actor& actor,
                              std::int64_t person_id);

}  // namespace pacte::app
