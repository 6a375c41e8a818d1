#include "app/notes/notes.hpp"

#include <nlohmann/json.hpp>

#include "app/audit/record_audit.hpp"
#include "app/parcours/person_access.hpp"

namespace pacte::app {

bool CanReadNote(const Actor& actor, const NoteRecord& note, const PersonScope& scope) {
  if (note.author_id && *note.author_id == actor.agent_id && !actor.IsSystem()) return true;
  switch (note.visibility) {
    case NoteVisibility::kFollowers:
      return CanSee(actor, scope);
    case NoteVisibility::kStructure:
      return actor.structure_id && note.structure_id && *actor.structure_id == *note.structure_id;
    case NoteVisibility::kReferent:
      return scope.referent_agent_id && *scope.referent_agent_id == actor.agent_id;
  }
  return false;
}

Result<StoredNote> AddNote(Store& store, const Clock& clock, const Actor& actor,
                           std::int64_t person_id, const NoteDraft& draft) {
  return Write(store, [&](UnitOfWork& uow) -> Result<StoredNote> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kEdit);
    if (!scope) return Fail(scope.error());
    Validation errors;
    auto fields = ValidateNote(draft, errors);
    if (!errors.Ok()) return Fail(errors.ToError("note.invalid"));
    NoteRecord record;
    record.person_id = person_id;
    if (!actor.IsSystem()) record.author_id = actor.agent_id;
    record.structure_id = actor.structure_id;
    record.visibility = fields.visibility;
    record.body = fields.body;
    auto id = uow.Notes().Insert(record, clock.Now());
    RecordAudit(uow, clock, actor, "note.create", "note", std::to_string(id),
                {{"person_id", person_id}, {"visibility", NoteVisibilityCode(fields.visibility)}});
    for (auto& n : uow.Notes().ListForPerson(person_id)) {
      if (n.id == id) return n;
    }
    return Fail(Error::NotFound("note.not_found", "Note introuvable."));
  });
}

Result<PersonNotes> ListNotes(Store& store, const Clock& clock, const Actor& actor,
                              std::int64_t person_id) {
  return Write(store, [&](UnitOfWork& uow) -> Result<PersonNotes> {
    auto scope = AuthorizePersonAction(uow, actor, person_id, PersonAction::kView);
    if (!scope) return Fail(scope.error());
    PersonNotes out;
    out.person = LoadPersonHeader(uow, person_id);
    out.can_write = IsAllowed(actor, PersonAction::kEdit, *scope);
    for (auto& n : uow.Notes().ListForPerson(person_id)) {
      if (CanReadNote(actor, n.record, *scope)) out.notes.push_back(std::move(n));
    }
    RecordAudit(uow, clock, actor, "note.list", "person", std::to_string(person_id),
                {{"count", out.notes.size()}});
    return out;
  });
}

}  // namespace pacte::app
