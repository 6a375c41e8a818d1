#include "storage/repositories/offer_figures_repository.hpp"

#include "storage/repositories/organisation_sql.hpp"

namespace pacte::storage {
namespace {

// A session's places and uses count in the year it starts; a prescription without session
// in the year it was made.
std::string ActionFillsSql(const app::OfferFiguresFilter& f, SqlConditions& where) {
  std::string session_year, use_year;
  if (f.year) {
    session_year = " AND substr(x.starts_on, 1, 4) = " + where.Next(std::to_string(*f.year));
    use_year = " AND (CASE WHEN x.id IS NULL THEN substr(p.prescribed_at, 1, 4) ELSE "
               "substr(x.starts_on, 1, 4) END) = " + where.Next(std::to_string(*f.year));
  }
  where.Add("a.status IN ('publiee', 'archivee')");
  if (f.structure_id) where.Add("a.structure_id = ?", {*f.structure_id});
  return "SELECT a.id, a.name, a.status, a.objective, s.name, c.territory_id, t.name, "
         "(SELECT COALESCE(SUM(x.places), 0) FROM action_sessions x WHERE x.action_id = a.id "
         "AND NOT x.cancelled" + session_year + "), "
         "(SELECT COUNT(*) FROM action_sessions x WHERE x.action_id = a.id), a.capacity, "
         "(SELECT COUNT(*) FROM prescriptions p LEFT JOIN action_sessions x ON "
         "x.id = p.session_id WHERE p.action_id = a.id AND p.status IN ('acceptee', 'entree', "
         "'sortie') AND (x.id IS NULL OR NOT x.cancelled)" + use_year + ") "
         "FROM actions a JOIN structures s ON s.id = a.structure_id "
         "LEFT JOIN communes c ON c.insee_code = a.commune_code "
         "LEFT JOIN territories t ON t.id = c.territory_id" +
         where.Where() + " ORDER BY a.search_text, a.id";
}

SqlConditions PrescriptionConditions(const app::OfferFiguresFilter& f) {
  SqlConditions where;
  if (f.structure_id) where.Add("p.structure_id = ?", {*f.structure_id});
  if (f.year) where.Add("substr(p.prescribed_at, 1, 4) = ?", {std::to_string(*f.year)});
  return where;
}

}  // namespace

std::vector<app::ActionFill> SqlOfferFiguresRepository::ActionFills(
    const app::OfferFiguresFilter& filter) {
  SqlConditions where;
  const std::string sql = ActionFillsSql(filter, where);
  std::vector<app::ActionFill> out;
  for (const auto& r : conn_.Query(sql, where.params()).rows) {
    app::ActionFill a;
    a.action_id = r.Int(0);
    a.name = r.Text(1);
    a.status = r.Text(2);
    a.objective = r.OptText(3);
    a.structure_name = r.Text(4);
    a.territory_id = r.OptInt(5);
    a.territory_name = r.Text(6);
    a.places = r.Int(8) > 0 ? r.Int(7) : r.Int(9);
    a.used = r.Int(10);
    // A year shows the actions that offered or used places that year.
    if (filter.year && a.places == 0 && a.used == 0) continue;
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<app::StatusCount> SqlOfferFiguresRepository::PrescriptionsByStatus(
    const app::OfferFiguresFilter& filter) {
  auto where = PrescriptionConditions(filter);
  std::vector<app::StatusCount> out;
  for (const auto& r : conn_.Query("SELECT p.status, COUNT(*) FROM prescriptions p" +
                                       where.Where() + " GROUP BY p.status",
                                   where.params())
                           .rows) {
    out.push_back({r.Text(0), r.Int(1)});
  }
  return out;
}

std::vector<app::PrescriptionDates> SqlOfferFiguresRepository::PrescriptionDatesOf(
    const app::OfferFiguresFilter& filter) {
  auto where = PrescriptionConditions(filter);
  std::vector<app::PrescriptionDates> out;
  for (const auto& r : conn_.Query("SELECT p.status, p.prescribed_at, p.answered_at, "
                                   "p.entered_on FROM prescriptions p" + where.Where(),
                                   where.params())
                           .rows) {
    out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3)});
  }
  return out;
}

}  // namespace pacte::storage
