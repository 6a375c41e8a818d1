#include "storage/repositories/timeline_repository.hpp"

namespace pacte::storage {
namespace {

// Every event of person $1 as (at, kind, object_id, code, extra). CAST keeps the column
// types of the branches identical on PostgreSQL.
constexpr const char* kEvents =
    "SELECT valid_from AS at, 'droits' AS kind, id AS object_id, etatdosrsa AS code, "
    "dd_flag AS extra FROM rights_history WHERE person_id = $1 AND superseded_at IS NULL "
    "UNION ALL SELECT decided_on, 'orientation', id, parcours, "
    "CASE WHEN is_reorientation THEN 'reorientation' ELSE '' END "
    "FROM orientations WHERE person_id = $1 "
    "UNION ALL SELECT requested_on, 'reorientation_demandee', id, proposed_parcours, "
    "CAST(NULL AS TEXT) FROM reorientation_requests WHERE person_id = $1 "
    "UNION ALL SELECT decided_on, 'reorientation_decidee', id, status, CAST(NULL AS TEXT) "
    "FROM reorientation_requests WHERE person_id = $1 AND decided_on IS NOT NULL "
    "AND status <> 'en_attente' "
    "UNION ALL SELECT valid_from, 'referent_designe', id, CAST(NULL AS TEXT), "
    "CAST(NULL AS TEXT) FROM referent_assignments WHERE person_id = $1 "
    "UNION ALL SELECT valid_to, 'referent_fin', id, end_reason, CAST(NULL AS TEXT) "
    "FROM referent_assignments WHERE person_id = $1 AND valid_to IS NOT NULL "
    "UNION ALL SELECT made_on, 'diagnostic', id, CAST(NULL AS TEXT), CAST(NULL AS TEXT) "
    "FROM diagnostics WHERE person_id = $1 "
    "UNION ALL SELECT substr(created_at, 1, 10), 'contrat_cree', id, type, status "
    "FROM contracts WHERE person_id = $1 "
    "UNION ALL SELECT signed_on, 'contrat_signe', id, type, CAST(NULL AS TEXT) "
    "FROM contracts WHERE person_id = $1 AND signed_on IS NOT NULL "
    "UNION ALL SELECT closed_on, 'contrat_clos', id, type, status FROM contracts "
    "WHERE person_id = $1 AND closed_on IS NOT NULL "
    "UNION ALL SELECT starts_at, 'rendez_vous', id, status, mode FROM appointments "
    "WHERE person_id = $1 "
    "UNION ALL SELECT substr(created_at, 1, 10), 'note', id, visibility, CAST(NULL AS TEXT) "
    "FROM notes WHERE person_id = $1 "
    "UNION ALL SELECT exited_on, 'sortie', id, reason, CAST(NULL AS TEXT) FROM exits "
    "WHERE person_id = $1 "
    "UNION ALL SELECT reviewed_on, 'revue_parcours', id, kind, CAST(NULL AS TEXT) "
    "FROM parcours_reviews WHERE person_id = $1 "
    "UNION ALL SELECT e.at, 'prescription', e.prescription_id, e.status, "
    "COALESCE(e.outcome, e.reason) FROM prescription_events e "
    "JOIN prescriptions pr ON pr.id = e.prescription_id WHERE pr.person_id = $1";

}  // namespace

app::PageOf<app::TimelineEvent> SqlTimelineRepository::EventsOf(std::int64_t person_id,
                                                                const app::PageRequest& page) {
  app::PageOf<app::TimelineEvent> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query(std::string("SELECT COUNT(*) FROM (") + kEvents + ") e", {person_id})
                  .rows.at(0)
                  .Int(0);
  SqlParams params;
  params.emplace_back(person_id);
  params.emplace_back(static_cast<std::int64_t>(page.size));
  params.emplace_back(page.Offset());
  auto rows = conn_.Query(std::string("SELECT at, kind, object_id, code, extra FROM (") +
                              kEvents +
                              ") e ORDER BY at DESC, kind, object_id DESC LIMIT $2 OFFSET $3",
                          params);
  for (const auto& r : rows.rows) {
    out.items.push_back({r.Text(0), r.Text(1), r.Int(2), r.OptText(3), r.OptText(4)});
  }
  return out;
}

}  // namespace pacte::storage
