#include "domain/intake/row_candidate.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "domain/beneficiary/caf_number.hpp"
#include "domain/common/error.hpp"
#include "domain/common/text.hpp"
#include "domain/intake/cell_codes.hpp"
#include "domain/intake/cell_date.hpp"
#include "domain/intake/cell_identifiers.hpp"
#include "domain/intake/cell_name.hpp"
#include "domain/intake/cell_place.hpp"

namespace pacte::intake {
namespace {

std::string AsciiLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

class RowReader {
 public:
  RowReader(const std::vector<std::string>& cells, int reference_year, RowCandidate& out)
      : cells_(cells), year_(reference_year), out_(out) {}

  void Read(const ColumnBinding& b) {
    current_ = &b;
    const std::string cell = b.column < cells_.size() ? Trim(cells_[b.column]) : std::string();
    if (cell.empty()) return;
    const auto it = Handlers().find(b.field);
    if (it != Handlers().end()) {
      (this->*(it->second))(cell);
    } else {
      out_.not_applied.push_back(b.field);
    }
  }

 private:
  using Handler = void (RowReader::*)(const std::string&);

  static const std::map<std::string, Handler>& Handlers() {
    static const std::map<std::string, Handler> handlers = {
        {"civility", &RowReader::Civility},
        {"last_name", &RowReader::LastName},
        {"birth_name", &RowReader::BirthName},
        {"first_name", &RowReader::FirstName},
        {"birth_date", &RowReader::BirthDate},
        {"sex", &RowReader::SexCell},
        {"nir", &RowReader::NirCell},
        {"caf_number", &RowReader::CafNumber},
        {"numdemrsa", &RowReader::Numdemrsa},
        {"internal_id", &RowReader::InternalId},
        {"email", &RowReader::Email},
        {"phone", &RowReader::Phone},
        {"address", &RowReader::Address},
        {"address_complement", &RowReader::Address},
        {"postal_code", &RowReader::Place},
        {"city", &RowReader::City},
        {"postal_code_city", &RowReader::Place},
        {"role", &RowReader::Role},
    };
    return handlers;
  }

  void Problem(const Error& e, bool blocking) {
    out_.problems.push_back({current_->field, e.code,
                             "Colonne « " + current_->header + " » : " + e.message, blocking});
  }

  void Civility(const std::string& cell) {
    if (auto c = ParseCivilityCell(cell)) {
      out_.civility = *c;
    } else {
      Problem(c.error(), false);
    }
  }
  void LastName(const std::string& cell) {
    if (auto n = NormaliseLastName(cell)) {
      out_.last_name = *n;
    } else {
      Problem(n.error(), true);
    }
  }
  void BirthName(const std::string& cell) {
    if (auto n = NormaliseLastName(cell, "birth_name")) {
      out_.birth_name = *n;
    } else {
      Problem(n.error(), false);
    }
  }
  void FirstName(const std::string& cell) {
    if (auto n = NormaliseFirstName(cell)) {
      out_.first_name = *n;
    } else {
      Problem(n.error(), true);
    }
  }
  void BirthDate(const std::string& cell) {
    if (auto d = ParseCellDate(cell, year_)) {
      out_.birth_date = *d;
    } else {
      Problem(d.error(), true);
    }
  }
  void SexCell(const std::string& cell) {
    out_.sex = ParseSex(cell);
    if (!out_.sex) {
      Problem(Error::Invalid("intake.sex_invalid",
                             "Sexe non reconnu : M (homme) ou F (femme) attendu."),
              false);
    }
  }
  void NirCell(const std::string& cell) {
    if (auto n = ParseNir(WithoutNumericSuffix(cell))) {
      out_.nir = *n;
    } else {
      Problem(n.error(), true);
    }
  }
  void CafNumber(const std::string& cell) {
    if (auto n = NormaliseCafNumberCell(cell)) {
      out_.caf_number = *n;
    } else {
      Problem(n.error(), false);  // the number alone never designates a person
    }
  }
  void Numdemrsa(const std::string& cell) {
    if (auto n = NormaliseNumdemrsa(cell)) {
      out_.numdemrsa = *n;
    } else {
      Problem(n.error(), true);
    }
  }
  void InternalId(const std::string& cell) { out_.internal_id = WithoutNumericSuffix(cell); }
  void Email(const std::string& cell) { out_.email = cell; }
  void Phone(const std::string& cell) {
    auto numbers = NormalisePhonesCell(cell);
    for (const auto& n : numbers) {
      if (!n) {
        Problem(n.error(), false);
      } else if (out_.phone.empty()) {
        out_.phone = *n;
      } else if (!Contains(out_.not_applied, "phone")) {
        out_.not_applied.push_back("phone");  // a person holds one phone number
      }
    }
  }
  void Address(const std::string& cell) {
    std::string text = CollapseSpaces(cell);
    out_.address = out_.address.empty() ? text : out_.address + ", " + text;
  }
  void Place(const std::string& cell) {
    auto place = SplitPostalCodeCity(cell, current_->field);
    if (!place) {
      Problem(place.error(), false);
      return;
    }
    if (!place->postal_code.empty()) out_.postal_code = place->postal_code;
    if (!place->city.empty()) out_.city = place->city;
  }
  void City(const std::string& cell) { out_.city = CollapseSpaces(cell); }
  void Role(const std::string& cell) {
    if (auto r = ParseRoleCell(cell)) {
      out_.role = *r;
    } else {
      Problem(r.error(), false);
    }
  }

  const std::vector<std::string>& cells_;
  int year_;
  RowCandidate& out_;
  const ColumnBinding* current_ = nullptr;
};

}  // namespace

BoundColumns BindColumns(const std::vector<std::pair<std::string, std::string>>& mapping,
                         const std::vector<std::string>& headers) {
  BoundColumns out;
  std::vector<bool> taken(headers.size(), false);
  auto find = [&](const std::string& header) -> std::optional<std::size_t> {
    const std::string trimmed = Trim(header);
    const std::string key = SearchKey(header);
    for (std::size_t i = 0; i < headers.size(); ++i) {
      if (!taken[i] && Trim(headers[i]) == trimmed) return i;
    }
    for (std::size_t i = 0; i < headers.size(); ++i) {
      if (!taken[i] && !key.empty() && SearchKey(headers[i]) == key) return i;
    }
    return std::nullopt;
  };
  for (const auto& [header, field] : mapping) {
    if (field.empty()) continue;
    if (auto column = find(header)) {
      taken[*column] = true;
      out.bound.push_back({field, *column, Trim(headers[*column])});
    } else {
      out.missing_headers.push_back(header);
    }
  }
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (!taken[i] && !Trim(headers[i]).empty()) out.unmapped_headers.push_back(Trim(headers[i]));
  }
  std::sort(out.bound.begin(), out.bound.end(),
            [](const ColumnBinding& a, const ColumnBinding& b) { return a.column < b.column; });
  return out;
}

bool IdentifiesPersons(const std::vector<std::string>& fields) {
  if (Contains(fields, "nir") || Contains(fields, "caf_number") ||
      Contains(fields, "internal_id")) {
    return true;
  }
  return Contains(fields, "last_name") && Contains(fields, "first_name") &&
         Contains(fields, "birth_date");
}

std::string IdentifyingRuleText() {
  return "la correspondance doit comporter au moins une colonne d'identification : NIR, "
         "numéro allocataire CAF/MSA, identifiant départemental, ou à la fois nom, prénom et "
         "date de naissance.";
}

bool RowCandidate::HasBlockingProblem() const {
  return std::any_of(problems.begin(), problems.end(),
                     [](const CellProblem& p) { return p.blocking; });
}

bool RowCandidate::IsBlank() const {
  return last_name.empty() && first_name.empty() && !birth_date && !nir && caf_number.empty() &&
         internal_id.empty() && email.empty() && phone.empty();
}

RowCandidate ReadRowCandidate(const std::vector<ColumnBinding>& columns,
                              const std::vector<std::string>& cells, int reference_year) {
  RowCandidate out;
  RowReader reader(cells, reference_year, out);
  for (const auto& b : columns) reader.Read(b);
  return out;
}

std::vector<std::string> IdentityKeys(const RowCandidate& row) {
  std::vector<std::string> keys;
  const std::string birth = row.birth_date ? FormatIsoDate(*row.birth_date) : std::string();
  if (row.nir) keys.push_back("nir:" + row.nir->Value());
  if (!row.internal_id.empty()) keys.push_back("internal:" + row.internal_id);
  if (birth.empty()) return keys;
  if (!row.caf_number.empty()) keys.push_back("caf:" + row.caf_number + ":" + birth);
  if (!row.email.empty()) keys.push_back("email:" + AsciiLower(row.email) + ":" + birth);
  if (!row.phone.empty()) keys.push_back("phone:" + row.phone + ":" + birth);
  if (!row.last_name.empty() && !row.first_name.empty()) {
    keys.push_back("name:" + SearchKey(row.last_name) + "|" + SearchKey(row.first_name) + "|" +
                   birth);
  }
  return keys;
}

}  // namespace pacte::intake
