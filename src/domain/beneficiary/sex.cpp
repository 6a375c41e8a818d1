#include "domain/beneficiary/sex.hpp"

#include <string>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

std::string UpperTrimmed(std::string_view text) {
  std::string s = Trim(text);
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

}  // namespace

std::string_view SexCode(Sex s) { return s == Sex::kMale ? "M" : "F"; }
std::string_view SexLabel(Sex s) { return s == Sex::kMale ? "Homme" : "Femme"; }

std::optional<Sex> ParseSex(std::string_view text) {
  std::string s = UpperTrimmed(text);
  if (s == "M" || s == "1" || s == "H") return Sex::kMale;
  if (s == "F" || s == "2") return Sex::kFemale;
  return std::nullopt;
}

std::string_view CivilityCode(Civility c) {
  return c == Civility::kMonsieur ? "monsieur" : "madame";
}
std::string_view CivilityLabel(Civility c) { return c == Civility::kMonsieur ? "M." : "Mme"; }

std::optional<Civility> ParseCivility(std::string_view text) {
  std::string s = UpperTrimmed(text);
  if (s == "MONSIEUR" || s == "M" || s == "M." || s == "MR") return Civility::kMonsieur;
  if (s == "MADAME" || s == "MME" || s == "MLE" || s == "MLLE" || s == "MADEMOISELLE") {
    return Civility::kMadame;
  }
  return std::nullopt;
}

}  // namespace pacte
