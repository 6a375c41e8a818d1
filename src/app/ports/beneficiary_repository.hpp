#pragma once
// Port: households, the persons followed in them, and the dated history of their RSA right.
// Pure storage: callers validate with domain/beneficiary (ValidateHouseholdDraft,
// ValidatePersonDraft) and compute rights changes with ApplyObservation.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/policies/person_policy.hpp"
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

// Status filters of the lists (person_parcours as of `today`). A contract is valid on a day
// when it is signed and starts_on <= day <= ends_on.
enum class PersonStatusFilter {
  kNonOriente,           // no orientation, not exited
  kOrienteSansReferent,  // oriented, no active référent, not exited
  kSansContratValide,    // oriented, not exited, no valid contract today
  kContratExpirant,      // valid contract today ending within 30 days
  kSorti,                // exited
  kEnCours,              // not exited
};

enum class PersonSort { kName, kDdSince, kOrientedOn };

// What ListPersons returns; every criterion given must hold (AND).
struct PersonListQuery {
  // Name: the search key starts with it, or (typo pass) its first word is WithinOneTypo of
  // a word of the last or birth name (words of at least kTypoMinLength letters) and each
  // other word starts a word of the key. Exact prefix matches come first.
  PersonQuery criteria;
  std::optional<std::int64_t> territory_id;
  std::optional<std::string> commune_code;
  std::optional<std::int64_t> structure_id;  // oriented to it or followed by one of its agents
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::string> parcours;
  std::optional<PersonStatusFilter> status;
  PersonSort sort = PersonSort::kName;
  bool descending = false;
  Date today{};
  // Always applied (app::VisibilityOf(actor)): none or only_prescribed give an empty page.
  PersonVisibility visibility;
};

// One row of a list: identity and the projection of the parcours.
struct PersonListItem {
  std::int64_t id = 0;
  std::optional<Civility> civility;
  std::string first_name;
  std::string last_name;
  Date birth_date{};
  std::optional<std::string> commune_code;
  std::optional<std::string> commune_name;
  std::optional<Date> dd_since;
  std::optional<std::string> parcours;
  std::optional<Date> oriented_on;
  std::optional<std::int64_t> structure_id;
  std::optional<std::string> structure_name;
  std::optional<std::int64_t> referent_agent_id;
  std::optional<std::string> referent_name;  // "Prénom Nom"
  // Where the person sits for the person policy (not shown).
  std::optional<std::int64_t> territory_id;
  std::optional<std::int64_t> referent_structure_id;
  std::optional<Date> contract_starts_on;
  std::optional<Date> contract_ends_on;
  std::optional<Date> exited_on;
  bool typo_match = false;  // found by the typo pass, not by the exact prefix
};

// A référent's caseload (active assignments to the agent), by status as of a day.
struct CaseloadCounts {
  std::int64_t total = 0;  // not exited
  std::int64_t non_oriente = 0;
  std::int64_t sans_contrat_valide = 0;
  std::int64_t contrat_expirant = 0;
  std::int64_t sorti = 0;
};

// The latest contract of a person (any status).
struct ContractSummary {
  std::int64_t id = 0;
  std::string type;
  std::string status;
  std::optional<Date> signed_on;
  Date starts_on{};
  Date ends_on{};
};

// One theme of the latest diagnostic with its strongest impact.
struct BarrierLine {
  std::string theme;
  std::string impact;
};

// What the fiche shows beside identity and the projection: names of the linked objects.
struct PersonSummary {
  std::optional<std::string> commune_name;
  std::optional<std::string> structure_name;
  std::optional<std::string> referent_name;
  std::optional<ContractSummary> latest_contract;
  std::optional<Date> diagnostic_on;
  std::vector<BarrierLine> barriers;  // themes in code order
  // The other adult of the household.
  std::optional<std::int64_t> other_adult_id;
  std::optional<std::string> other_adult_name;
  std::optional<std::string> other_adult_role;
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

  // Lists and search with the parcours projection (see PersonListQuery), one page and the
  // total; the order is the sort then id.
  virtual PageOf<PersonListItem> ListPersons(const PersonListQuery& query,
                                             const PageRequest& page) = 0;
  // Persons whose active référent is agent_id, counted by status as of `today`.
  virtual CaseloadCounts CountCaseload(std::int64_t agent_id, Date today) = 0;
  // Names and latest facts for the fiche (empty fields when absent).
  virtual PersonSummary SummaryOf(std::int64_t person_id) = 0;
  // True when another person than `except_id` carries this normalised NIR.
  virtual bool NirTaken(const std::string& nir, std::optional<std::int64_t> except_id) = 0;

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
