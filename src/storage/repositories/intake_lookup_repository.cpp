#include "storage/repositories/intake_lookup_repository.hpp"

#include "domain/common/text.hpp"

namespace pacte::storage {

std::vector<app::StoredPerson> SqlIntakeLookupRepository::FindByInternalId(
    const std::string& internal_id) {
  return persons_.FindPersonsWhere("internal_id = $1 AND anonymised_at IS NULL",
                                   {std::string(Trim(internal_id))});
}

std::vector<app::StoredPerson> SqlIntakeLookupRepository::FindByEmailAndBirth(
    const std::string& email, Date birth_date) {
  // E-mails are stored as typed: compare lower-cased on both sides (ASCII is enough for the
  // addresses ValidatePersonDraft accepts). The index on email serves exact-case matches.
  return persons_.FindPersonsWhere(
      "LOWER(email) = LOWER($1) AND birth_date = $2 AND anonymised_at IS NULL",
      {std::string(Trim(email)), FormatIsoDate(birth_date)});
}

std::vector<app::StoredPerson> SqlIntakeLookupRepository::FindByPhoneAndBirth(
    const std::string& phone, Date birth_date) {
  return persons_.FindPersonsWhere("phone = $1 AND birth_date = $2 AND anonymised_at IS NULL",
                                   {phone, FormatIsoDate(birth_date)});
}

}  // namespace pacte::storage
