#pragma once
// Port: households, the persons followed in them, and the dated history of their RSA right.
// Pure storage: callers validate with domain/beneficiary (ValidateHouseholdDraft,
// ValidatePersonDraft) and compute rights changes with ApplyObservation.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/beneficiary/person.hpp"
#include "domain/beneficiary/rights.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

struct StoredHousehold {
  std::int64_t id = 0;
  Household household;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct StoredPerson {
  std::int64_t id = 0;
  std::optional<std::int64_t> household_id;
  Person person;
  std::optional<std::string> internal_id;  // the département's own number, free text
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
  std::optional<Timestamp> anonymised_at;
};

// What SearchPersons matches; every criterion given must hold (AND). An empty query matches
// every person.
struct PersonQuery {
  // Prefix of PersonSearchKey ("last first birth"), folded with SearchKey: "lefe" finds
  // "Lefèvre". %, _ and ' are matched literally.
  std::string name;
  std::optional<std::string> nir;         // normalised 15 characters (Nir::Value)
  std::optional<std::string> caf_number;  // normalised 7 digits
  std::optional<Date> birth_date;
};

class BeneficiaryRepository {
 public:
  virtual ~BeneficiaryRepository() = default;

  // Households. Insert returns the new id; a numdemrsa already stored is a kConflict error
  // (code household.numdemrsa_taken, field numdemrsa). Preconditions: commune exists.
  virtual Result<std::int64_t> InsertHousehold(const Household& h, Timestamp now) = 0;
  // Overwrites when the stored version is expected_version, bumping it: kStale when it moved,
  // kNotFound when absent, kConflict as for Insert.
  virtual Status UpdateHousehold(std::int64_t id, std::int64_t expected_version, const Household& h,
                                 Timestamp now) = 0;
  virtual std::optional<StoredHousehold> FindHousehold(std::int64_t id) = 0;
  virtual std::optional<StoredHousehold> FindHouseholdByNumdemrsa(const std::string& numdemrsa) = 0;

  // Persons. search_key is filled with PersonSearchKey. A NIR already stored is a kConflict
  // error (code person.nir_taken, field nir). Preconditions: household and commune exist.
  virtual Result<std::int64_t> InsertPerson(std::optional<std::int64_t> household_id,
                                            const Person& p,
                                            const std::optional<std::string>& internal_id,
                                            Timestamp now) = 0;
  // Same contract as UpdateHousehold (kStale, kNotFound, kConflict on the NIR).
  virtual Status UpdatePerson(std::int64_t id, std::int64_t expected_version,
                              std::optional<std::int64_t> household_id, const Person& p,
                              const std::optional<std::string>& internal_id, Timestamp now) = 0;
  virtual std::optional<StoredPerson> FindPerson(std::int64_t id) = 0;
  virtual std::optional<StoredPerson> FindPersonByNir(const std::string& nir) = 0;
  // Every person carrying this allocataire number (both adults of a household), by id.
  virtual std::vector<StoredPerson> FindPersonsByCafNumber(const std::string& caf_number) = 0;
  // One page ordered by search key then id, and the total matching.
  virtual PageOf<StoredPerson> SearchPersons(const PersonQuery& query, const PageRequest& page) = 0;

  // Rights. The current knowledge of the person's history, sorted by valid_from.
  virtual RightsHistory RightsHistoryOf(std::int64_t person_id) = 0;
  // The history as it was known at `known_at`: rows recorded by then and not yet superseded
  // by a correction; valid_to is recomputed from that sequence.
  virtual RightsHistory RightsHistoryAsKnownAt(std::int64_t person_id, Timestamp known_at) = 0;
  // Stores the outcome of ApplyObservation on RightsHistoryOf(person_id), writing only what
  // its effect says changed: nothing (kUnchanged); closing the current row and adding one
  // (kAppended, also the first row); superseding the current row by its correction
  // (kCorrected); superseding the current row and reopening the previous one (kMerged).
  // `source` says where the observation comes from ("manual", "caf_file:12"…). kStale when
  // the stored current row is not the one the observation was applied to (concurrent change).
  virtual Status ReplaceRightsRows(std::int64_t person_id, std::int64_t household_id,
                                   const AppliedObservation& applied, const std::string& source,
                                   Timestamp now) = 0;
};

}  // namespace pacte::app
