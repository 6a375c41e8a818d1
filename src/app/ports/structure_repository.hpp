#pragma once
// Port: structures (organismes référents and opérateurs d'actions).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/paging.hpp"
#include "domain/common/error.hpp"
#include "domain/common/time.hpp"
#include "domain/organisation/structure.hpp"
#include "domain/organisation/structure_kind.hpp"

namespace pacte::app {

struct Structure {
  std::int64_t id = 0;
  StructureFields fields;
  // Joined for display.
  std::string institution_name;
  std::string commune_name;
  std::optional<std::int64_t> territory_id;
  std::string territory_name;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};
};

struct StructureFilter {
  std::string query;  // matched on the name's search key (SearchKey folding)
  std::optional<std::string> commune_code;
  std::optional<std::int64_t> territory_id;
  std::optional<std::int64_t> institution_id;
  // kReferentBody: structures that are organismes référents (also those that are both);
  // kActionOperator: those that run actions (also both); kBoth: both flags.
  std::optional<StructureKind> kind;
  std::optional<DreesCategory> drees_category;
};

class StructureRepository {
 public:
  virtual ~StructureRepository() = default;
  // Inserts and returns the new id. Preconditions: institution and commune exist.
  virtual std::int64_t Insert(const StructureFields& f, Timestamp now) = 0;
  virtual std::optional<Structure> Find(std::int64_t id) = 0;
  // Overwrites the fields when the stored version is expected_version, bumping it.
  // kStale when the version moved, kNotFound when absent.
  virtual Status Update(std::int64_t id, std::int64_t expected_version, const StructureFields& f,
                        Timestamp now) = 0;
  // One page ordered by name (one query with LIMIT/OFFSET), and the total (one COUNT).
  virtual PageOf<Structure> List(const StructureFilter& filter, const PageRequest& page) = 0;
};

}  // namespace pacte::app
