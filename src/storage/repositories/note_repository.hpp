#pragma once
// SQL implementation of app::NoteRepository.

#include "app/ports/note_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlNoteRepository final : public app::NoteRepository {
 public:
  explicit SqlNoteRepository(SqlConnection& conn) : conn_(conn) {}

  std::int64_t Insert(const app::NoteRecord& r, Timestamp now) override;
  std::vector<app::StoredNote> ListForPerson(std::int64_t person_id) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
