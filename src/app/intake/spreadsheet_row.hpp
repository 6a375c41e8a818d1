#pragma once
// One spreadsheet row applied to the beneficiaries: found (spreadsheet_matching.hpp),
// created or updated, or refused with its French reason. The caller runs it inside
// UnitOfWork::Nested and undoes it for a dry run or when the row does not keep its plan.
//
// Rules (issue 5, decided here where the issue leaves a choice):
//  - a row with a blocking cell problem (row_candidate.hpp), several matching persons, or a
//    child / other member (role ENF, AUT, RDO: only DEM and CJT are followed) is rejete;
//  - new person: ValidatePersonDraft on the clock's day; created without household unless
//    the row gives a numdemrsa (the household is found, or created with the row's CAF
//    number); the internal id is stored;
//  - existing person: only non-empty cells change stored data. Names equal but for case and
//    accents keep the stored spelling. A non-empty cell that replaces a different stored
//    value is applied AND reported by an avertissement line listing the field names (never
//    the values: they are personal data). The identity keys are never replaced: a NIR or a
//    birth date that differs from the stored one rejects the row as a conflict
//    (spreadsheet.identity_conflict);
//  - non-blocking problems (an implausible e-mail, an unknown civility…) leave that value
//    out (the stored one stays) and are reported as avertissement lines;
//  - the commune comes from postal code / city through the territory referential; when it
//    is not found, the postal code and city are kept at the end of the address line and an
//    avertissement says so;
//  - référent, structure, birth place and France Travail id are read but not applied (they
//    belong to the parcours use cases): their names are listed in the line's details
//    ("not_applied").
//  - person_parcours is refreshed for every person created or updated.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/intake/spreadsheet_communes.hpp"
#include "app/ports/import_repository.hpp"
#include "app/ports/unit_of_work.hpp"
#include "domain/common/time.hpp"
#include "domain/intake/row_candidate.hpp"

namespace pacte::app {

struct RowSettings {
  Timestamp now{};
  const CommuneIndex* communes = nullptr;
  std::map<std::string, std::string> header_of_field{};  // for messages naming columns
};

struct RowResult {
  ImportLine line;                  // cree, mis_a_jour, inchange or rejete
  std::vector<ImportLine> warnings;  // avertissement lines of the same row
  bool wrote = false;               // the database was changed (cree, mis_a_jour)
};

RowResult ApplySpreadsheetRow(UnitOfWork& uow, const RowSettings& settings,
                              std::int64_t row_number, const intake::RowCandidate& row);

// A rejete line for the row (reference: its internal id or numdemrsa, never a name).
RowResult RejectedRow(std::int64_t row_number, const intake::RowCandidate& row, std::string code,
                      std::string message,
                      nlohmann::json details = nlohmann::json::object());

}  // namespace pacte::app
