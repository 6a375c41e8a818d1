#pragma once
// Port: institutions of the pact.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/organisation/institution.hpp"

namespace pacte::app {

struct Institution {
  std::int64_t id = 0;
  InstitutionFields fields;
  std::int64_t structure_count = 0;  // filled by List and Find
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct InstitutionFilter {
  std::string query;  // matched on the name's search key (SearchKey folding)
  std::optional<InstitutionKind> kind;
  std::optional<bool> is_pact_signatory;
};

// For select boxes.
struct InstitutionChoice {
  std::int64_t id = 0;
  std::string name;
};

class InstitutionRepository {
 public:
  virtual ~InstitutionRepository() = default;
  // Inserts and returns the new id; kConflict (field "siret") when the SIRET is taken.
  virtual Result<std::int64_t> Insert(const InstitutionFields& f, Timestamp now) = 0;
  virtual std::optional<Institution> Find(std::int64_t id) = 0;
  // Overwrites the fields when the stored version is expected_version, bumping it.
  // kStale when the version moved, kNotFound when absent, kConflict on a taken SIRET.
  virtual Status Update(std::int64_t id, std::int64_t expected_version, const InstitutionFields& f,
                        Timestamp now) = 0;
  // One page ordered by name, and the total matching the filter.
  virtual PageOf<Institution> List(const InstitutionFilter& filter, const PageRequest& page) = 0;
  // Every institution, ordered by name (for select boxes).
  virtual std::vector<InstitutionChoice> ListChoices() = 0;
};

}  // namespace pacte::app
