#include "storage/repositories/note_repository.hpp"

namespace pacte::storage {

std::int64_t SqlNoteRepository::Insert(const app::NoteRecord& r, Timestamp now) {
  SqlParams p;
  p.reserve(6);
  p.emplace_back(r.person_id);
  p.push_back(Opt(r.author_id));
  p.push_back(Opt(r.structure_id));
  p.emplace_back(std::string(NoteVisibilityCode(r.visibility)));
  p.emplace_back(r.body);
  p.emplace_back(FormatIsoTimestamp(now));
  return conn_
      .Query(
          "INSERT INTO notes (person_id, author_id, structure_id, visibility, body, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
          p)
      .rows.at(0)
      .Int(0);
}

std::vector<app::StoredNote> SqlNoteRepository::ListForPerson(std::int64_t person_id) {
  auto rows = conn_
                  .Query(
                      "SELECT n.id, n.person_id, n.author_id, n.structure_id, n.visibility, "
                      "n.body, n.created_at, n.version, "
                      "COALESCE(g.first_name || ' ' || UPPER(g.last_name), ''), "
                      "COALESCE(s.name, '') FROM notes n "
                      "LEFT JOIN agents g ON g.id = n.author_id "
                      "LEFT JOIN structures s ON s.id = n.structure_id "
                      "WHERE n.person_id = $1 ORDER BY n.created_at DESC, n.id DESC",
                      {person_id})
                  .rows;
  std::vector<app::StoredNote> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    app::StoredNote n;
    n.id = r.Int(0);
    n.record.person_id = r.Int(1);
    n.record.author_id = r.OptInt(2);
    n.record.structure_id = r.OptInt(3);
    n.record.visibility = ParseNoteVisibility(r.Text(4)).value_or(NoteVisibility::kReferent);
    n.record.body = r.Text(5);
    n.created_at = ParseIsoTimestamp(r.Text(6)).value_or(Timestamp{});
    n.version = r.Int(7);
    n.author_name = r.Text(8);
    n.structure_name = r.Text(9);
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace pacte::storage
