#include "domain/parcours/note.hpp"

#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<NoteVisibility>, 3> kVisibilities{{
    {NoteVisibility::kReferent, "referent", "Le référent seulement"},
    {NoteVisibility::kStructure, "structure", "Ma structure"},
    {NoteVisibility::kFollowers, "followers", "Tous les professionnels qui suivent la personne"},
}};

}  // namespace

std::string_view NoteVisibilityCode(NoteVisibility v) { return EntryOf(kVisibilities, v).code; }
std::string_view NoteVisibilityLabel(NoteVisibility v) { return EntryOf(kVisibilities, v).label; }
std::optional<NoteVisibility> ParseNoteVisibility(std::string_view code) {
  return ValueOf(kVisibilities, code);
}
const std::vector<NoteVisibility>& AllNoteVisibilities() {
  static const auto all = ValuesOf(kVisibilities);
  return all;
}

NoteFields ValidateNote(const NoteDraft& draft, Validation& errors) {
  NoteFields out;
  if (auto body = RequiredText(draft.body, kNoteBodyMax, "body", "La note est vide.", errors)) {
    out.body = *body;
  }
  if (draft.visibility.empty()) {
    errors.Add("visibility", "Choisissez qui peut lire la note.");
  } else if (auto v = ParseNoteVisibility(draft.visibility)) {
    out.visibility = *v;
  } else {
    errors.Add("visibility", "Visibilité inconnue : referent, structure ou followers.");
  }
  return out;
}

}  // namespace pacte
