#include "domain/intake/cell_place.hpp"

#include <vector>

#include "domain/intake/cell_identifiers.hpp"
#include "domain/intake/cell_name.hpp"

namespace pacte::intake {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string current;
  for (char c : s) {
    if (c == ' ') {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

Error PostalCodeError(const std::string& field, std::string_view cell) {
  return Error::Invalid("intake.postal_code_invalid",
                        "Code postal invalide dans « " + std::string(cell) +
                            " » : 5 chiffres attendus (exemple : 92000 Nanterre).",
                        field);
}

}  // namespace

Result<PostalPlace> SplitPostalCodeCity(std::string_view cell, const std::string& field) {
  std::string text = CollapseSpaces(WithoutNumericSuffix(cell));
  PostalPlace place;
  for (auto word : Words(text)) {
    while (!word.empty() && word.back() == ',') word.pop_back();
    if (word.empty() || word == "-") continue;
    if (AllDigits(word) && word.size() >= 4) {
      if (!place.postal_code.empty() || word.size() > 5) return Fail(PostalCodeError(field, text));
      place.postal_code = word.size() == 4 ? "0" + word : word;
      if (place.postal_code.substr(0, 2) == "00") return Fail(PostalCodeError(field, text));
    } else {
      place.city += (place.city.empty() ? "" : " ") + word;
    }
  }
  if (AllDigits(place.city)) return Fail(PostalCodeError(field, text));
  if (place.postal_code.empty() && place.city.empty()) return Fail(PostalCodeError(field, text));
  return place;
}

}  // namespace pacte::intake
