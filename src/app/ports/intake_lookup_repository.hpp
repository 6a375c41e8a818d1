#pragma once
// Port: the lookups of spreadsheet matching that the beneficiary repository does not offer
// (NIR and CAF number are BeneficiaryRepository::FindPersonByNir / FindPersonsByCafNumber).
// Anonymised persons are never returned.

#include <string>
#include <vector>

#include "app/ports/beneficiary_repository.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

class IntakeLookupRepository {
 public:
  virtual ~IntakeLookupRepository() = default;
  // Persons carrying the département's internal id (exact text, trimmed), by id.
  virtual std::vector<StoredPerson> FindByInternalId(const std::string& internal_id) = 0;
  // Persons with this e-mail (case-insensitive) born on birth_date, by id.
  virtual std::vector<StoredPerson> FindByEmailAndBirth(const std::string& email,
                                                        Date birth_date) = 0;
  // Persons with this phone (stored form of domain/beneficiary/phone.hpp) born on
  // birth_date, by id.
  virtual std::vector<StoredPerson> FindByPhoneAndBirth(const std::string& phone,
                                                        Date birth_date) = 0;
};

}  // namespace pacte::app
