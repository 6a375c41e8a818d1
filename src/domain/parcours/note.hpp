#pragma once
// Notes about a person, written by the professionals who follow them, with a visibility
// level. Health must never be written in a note (the diagnostic records impacts on work only).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte {

enum class NoteVisibility {
  kReferent,   // "referent": the author and the person's référent only
  kStructure,  // "structure": the agents of the author's structure
  kFollowers,  // "followers": every professional who may see the person
};

std::string_view NoteVisibilityCode(NoteVisibility v);
std::string_view NoteVisibilityLabel(NoteVisibility v);
std::optional<NoteVisibility> ParseNoteVisibility(std::string_view code);
const std::vector<NoteVisibility>& AllNoteVisibilities();

inline constexpr std::size_t kNoteBodyMax = 5000;

struct NoteDraft {
  std::string body;
  std::string visibility;  // a NoteVisibility code
};

struct NoteFields {
  std::string body;
  NoteVisibility visibility = NoteVisibility::kReferent;
};

// Checks a draft. Fields at fault (French messages): body (missing, longer than
// kNoteBodyMax characters), visibility (missing or unknown). Meaningful only when errors.Ok().
NoteFields ValidateNote(const NoteDraft& draft, Validation& errors);

}  // namespace pacte
