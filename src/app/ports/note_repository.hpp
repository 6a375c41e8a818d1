#pragma once
// Port: notes on a person with their visibility.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/time.hpp"
#include "domain/parcours/note.hpp"

namespace pacte::app {

struct NoteRecord {
  std::int64_t person_id = 0;
  std::optional<std::int64_t> author_id;
  std::optional<std::int64_t> structure_id;  // the author's structure when written
  NoteVisibility visibility = NoteVisibility::kReferent;
  std::string body;
};

struct StoredNote {
  std::int64_t id = 0;
  NoteRecord record;
  std::string author_name;  // "Prénom NOM", "" for the system
  std::string structure_name;
  Timestamp created_at{};
  std::int64_t version = 1;
};

class NoteRepository {
 public:
  virtual ~NoteRepository() = default;
  virtual std::int64_t Insert(const NoteRecord& r, Timestamp now) = 0;
  // Every note of the person, latest first (the caller filters by visibility).
  virtual std::vector<StoredNote> ListForPerson(std::int64_t person_id) = 0;
};

}  // namespace pacte::app
