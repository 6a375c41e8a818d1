#pragma once
// A structure: a place of an institution that accompanies people (organisme référent) and/or
// runs insertion actions (opérateur d'actions). Its rules, independent of storage.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/common/error.hpp"
#include "domain/organisation/drees_category.hpp"

namespace pacte {

// What a person or an API client typed, before validation.
struct StructureDraft {
  std::int64_t institution_id = 0;  // 0: none chosen
  std::string name;
  std::string address;
  std::string commune_code;  // INSEE code
  std::string phone;
  std::string email;
  bool is_referent_body = false;
  bool is_action_operator = false;
  std::string drees_category;  // a DreesCategory code
};

// Validated structure fields.
struct StructureFields {
  std::int64_t institution_id = 0;
  std::string name;
  std::optional<std::string> address;
  std::string commune_code;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  bool is_referent_body = false;
  bool is_action_operator = false;
  DreesCategory drees_category = DreesCategory::kAutreHorsSpe;
};

inline constexpr std::size_t kStructureNameMax = 150;
inline constexpr std::size_t kStructureAddressMax = 300;

// Checks a draft alone (existence of the institution and the commune is the caller's job).
// Fields at fault: institution_id, name, address, commune_code, phone, email,
// is_referent_body (neither role checked), drees_category. Messages are French. The returned
// fields are meaningful only when errors.Ok().
StructureFields ValidateStructure(const StructureDraft& draft, Validation& errors);

// The draft that validates to `fields` (to edit a stored structure).
StructureDraft DraftOf(const StructureFields& fields);

}  // namespace pacte
