#pragma once
// One spreadsheet row read through a column mapping: every mapped cell normalised with the
// cell readers of this folder, into the values a person and its household can take. Pure:
// the matching against stored persons and the writes are the app's (app/intake).
//
// Cell problems come in two weights:
//  - blocking (the row cannot be applied): last name, first name, birth date, NIR,
//    numdemrsa — the identity and the keys that designate a person or a household;
//  - non-blocking (the cell is left out, the row goes on, the problem is reported as a
//    warning): civility, birth name, sex, CAF number (it designates a household, never a
//    person alone), e-mail, phone, postal code / city, role.
// Every message names the column as written in the file:
// "Colonne « Date de Naissance » : Le 31 février 2020 n'existe pas…".

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/beneficiary/nir.hpp"
#include "domain/beneficiary/sex.hpp"
#include "domain/common/time.hpp"

namespace pacte::intake {

// A mapped field found in the file: its code (IntakeFields), its 0-based column and the
// header as written in the file.
struct ColumnBinding {
  std::string field;
  std::size_t column = 0;
  std::string header;
};

// A mapping (header → field code, in the mapping's order) laid over the headers of a file.
struct BoundColumns {
  std::vector<ColumnBinding> bound;           // in file column order
  std::vector<std::string> missing_headers;   // headers of the mapping absent from the file
  std::vector<std::string> unmapped_headers;  // non-empty file headers the mapping ignores
};

// Headers are compared trimmed, then by SearchKey (case, accents, line breaks and
// punctuation ignored), so "Date de\nNaissance" matches "Date de naissance". The first file
// column matching a mapping header takes it. Entries with an empty field code are unmapped.
BoundColumns BindColumns(const std::vector<std::pair<std::string, std::string>>& mapping,
                         const std::vector<std::string>& headers);

// Whether the fields identify a person well enough to be imported: a NIR, or a CAF number,
// or the département's internal id, or last name + first name + birth date. A mapping or a
// file whose columns do not give one of these is refused.
bool IdentifiesPersons(const std::vector<std::string>& field_codes);
// The French explanation of that rule, for error messages.
std::string IdentifyingRuleText();

struct CellProblem {
  std::string field;    // field code
  std::string code;     // machine code of the cell reader (intake.date_invalid…)
  std::string message;  // French, naming the column
  bool blocking = false;
};

// The normalised values of one row; empty text / nullopt: the cell was blank, unmapped or
// refused.
struct RowCandidate {
  std::optional<Civility> civility;
  std::string last_name;   // upper-cased (NormaliseLastName)
  std::string first_name;  // capitalised (NormaliseFirstName)
  std::string birth_name;
  std::optional<Date> birth_date;
  std::optional<Sex> sex;
  std::optional<Nir> nir;
  std::string caf_number;   // 7 digits
  std::string numdemrsa;    // 11 characters
  std::string internal_id;  // trimmed text
  std::string email;        // trimmed; plausibility is checked with the person
  std::string phone;        // stored form of the first number of the cell
  std::string address;      // address and complement joined by ", "
  std::string postal_code;  // 5 digits
  std::string city;         // as written, spaces collapsed
  std::string role;         // DEM, CJT, ENF, AUT, RDO
  // Mapped fields holding a value that pacte does not apply from a spreadsheet (birth_place,
  // france_travail_id, referent, structure): reported, never written.
  std::vector<std::string> not_applied;
  std::vector<CellProblem> problems;

  bool HasBlockingProblem() const;
  bool IsBlank() const;  // no identity value at all
};

// Reads one row (cells in file column order; missing trailing cells are blank).
// reference_year: the current year, for two-digit years (intake::ParseCellDate).
RowCandidate ReadRowCandidate(const std::vector<ColumnBinding>& columns,
                              const std::vector<std::string>& cells, int reference_year);

// The keys under which a row designates a person, for finding the same person twice in one
// file: "nir:…", "caf:…:birth", "internal:…", "email:…:birth", "phone:…:birth" and
// "name:last|first|birth" (names folded with SearchKey). Two rows sharing a key are the same
// person.
std::vector<std::string> IdentityKeys(const RowCandidate& row);

}  // namespace pacte::intake
