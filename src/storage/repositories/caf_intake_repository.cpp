#include "storage/repositories/caf_intake_repository.hpp"

namespace pacte::storage {

void SqlCafIntakeRepository::StartParcours(std::int64_t person_id, std::optional<Date> dd_since,
                                           Timestamp now) {
  conn_.Execute(
      "INSERT INTO person_parcours (person_id, territory_id, commune_code, dd_since, updated_at) "
      "SELECT p.id, c.territory_id, p.commune_code, $2, $3 FROM persons p "
      "LEFT JOIN communes c ON c.insee_code = p.commune_code WHERE p.id = $1",
      {person_id, dd_since ? SqlParam(FormatIsoDate(*dd_since)) : SqlParam(nullptr),
       FormatIsoTimestamp(now)});
}

}  // namespace pacte::storage
