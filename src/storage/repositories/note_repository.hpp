#pragma once
// SQL implementation of app::NoteRepository.

#include "app/ports/note_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlNoteRepository final : public app::NoteRepository {
 public:
  explicit SqlNoteRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
