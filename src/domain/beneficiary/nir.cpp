#include "domain/beneficiary/nir.hpp"

#include <chrono>
#include <cstdint>

namespace pacte {
namespace {

constexpr std::string_view kFullyMasked = "* ** ** ** *** *** **";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int TwoDigits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

Error NirError(const std::string& code, std::string message) {
  return Error::Invalid("nir." + code, std::move(message), "nir");
}

// Drops the spaces people and spreadsheets put in a NIR (ASCII, tab, U+00A0, U+202F) and
// upper-cases ASCII letters.
std::string Compact(std::string_view typed) {
  std::string out;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    char c = typed[i];
    if (c == ' ' || c == '\t') continue;
    if (typed.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    if (typed.substr(i, 3) == "\xE2\x80\xAF") {
      i += 2;
      continue;
    }
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    out.push_back(c);
  }
  return out;
}

std::optional<Error> CheckCharacters(const std::string& nir) {
  for (char c : nir) {
    if (IsDigit(c) || (c >= 'A' && c <= 'Z')) continue;
    auto u = static_cast<unsigned char>(c);
    std::string shown = u > 0x20 && u < 0x7F ? " (« " + std::string(1, c) + " »)" : "";
    return NirError("characters", "Le NIR contient un caractère non autorisé" + shown +
                                      " : seuls les chiffres, les espaces et 2A ou 2B pour la "
                                      "Corse sont acceptés.");
  }
  return std::nullopt;
}

std::optional<Error> CheckLength(const std::string& nir) {
  if (nir.size() == 13 || nir.size() == 15) return std::nullopt;
  return NirError("length", "Le NIR doit compter 15 caractères, ou 13 sans la clé ; " +
                                std::to_string(nir.size()) + " saisis.");
}

std::optional<Error> CheckLetters(const std::string& nir) {
  for (std::size_t i = 0; i < nir.size(); ++i) {
    if (IsDigit(nir[i])) continue;
    if (i == 6 && nir[5] == '2' && (nir[i] == 'A' || nir[i] == 'B')) continue;
    return NirError("corsica",
                    "Le NIR ne peut contenir une lettre qu'en 7e position, pour un "
                    "département de naissance en Corse (2A ou 2B) ; lettre « " +
                        std::string(1, nir[i]) + " » en position " + std::to_string(i + 1) + ".");
  }
  return std::nullopt;
}

std::optional<Error> CheckSexDigit(const std::string& nir) {
  char s = nir[0];
  if (s == '1' || s == '2' || s == '7' || s == '8') return std::nullopt;
  return NirError("sex",
                  "Le premier chiffre du NIR (sexe) doit être 1 ou 2, ou 7 ou 8 pour un "
                  "numéro provisoire ; « " +
                      std::string(1, s) + " » saisi.");
}

bool IsValidMonth(int m) { return (m >= 1 && m <= 12) || (m >= 20 && m <= 42) || m >= 50; }

std::optional<Error> CheckMonth(const std::string& nir) {
  if (IsValidMonth(TwoDigits(nir.substr(3, 2)))) return std::nullopt;
  return NirError("month",
                  "Le mois de naissance du NIR (4e et 5e chiffres) doit être compris "
                  "entre 01 et 12, ou entre 20 et 42 ou à partir de 50 s'il est "
                  "inconnu ; « " +
                      nir.substr(3, 2) + " » saisi.");
}

std::optional<Error> CheckDepartement(const std::string& nir) {
  std::string dep = nir.substr(5, 2);
  if (dep == "2A" || dep == "2B") return std::nullopt;
  int n = TwoDigits(dep);
  if ((n >= 1 && n <= 95) || n == 97 || n == 98 || n == 99) return std::nullopt;
  return NirError("departement",
                  "Le département de naissance du NIR (6e et 7e caractères) est invalide : « " +
                      dep +
                      " » ; attendu 01 à 95, 2A ou 2B pour la Corse, 97 ou 98 pour l'outre-mer, "
                      "99 pour une naissance à l'étranger.");
}

std::optional<Error> FirstStructuralError(const std::string& nir) {
  for (auto check :
       {CheckCharacters, CheckLength, CheckLetters, CheckSexDigit, CheckMonth, CheckDepartement}) {
    if (auto error = check(nir)) return error;
  }
  return std::nullopt;
}

std::string TwoDigitText(int n) {
  return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

}  // namespace

Sex Nir::SexOf() const {
  return SexDigit() == '1' || SexDigit() == '7' ? Sex::kMale : Sex::kFemale;
}

bool Nir::IsTemporary() const { return SexDigit() == '7' || SexDigit() == '8'; }

int Nir::BirthYearTwoDigits() const { return TwoDigits(std::string_view(value_).substr(1, 2)); }

std::optional<int> Nir::BirthMonth() const {
  int m = TwoDigits(std::string_view(value_).substr(3, 2));
  if (m >= 1 && m <= 12) return m;
  return std::nullopt;
}

std::string_view Nir::DepartementOfBirth() const {
  std::string_view v(value_);
  bool overseas = v.substr(5, 2) == "97" || v.substr(5, 2) == "98";
  return v.substr(5, overseas ? 3 : 2);
}

std::string_view Nir::PlaceOfBirth() const {
  return IsBornOverseas() ? std::string_view(value_).substr(8, 2)
                          : std::string_view(value_).substr(7, 3);
}

std::optional<int> ComputeNirKey(std::string_view first13) {
  if (first13.size() != 13) return std::nullopt;
  std::uint64_t number = 0;
  for (std::size_t i = 0; i < first13.size(); ++i) {
    char c = first13[i];
    int digit = 0;
    if (IsDigit(c)) {
      digit = c - '0';
    } else if (i == 6 && first13[5] == '2' && (c == 'A' || c == 'B')) {
      // 2A counts as 19 and 2B as 18: undo the '2' already added, then add the two digits.
      number = number / 10 * 10 + 1;
      digit = c == 'A' ? 9 : 8;
    } else {
      return std::nullopt;
    }
    number = number * 10 + static_cast<std::uint64_t>(digit);
  }
  return 97 - static_cast<int>(number % 97);
}

Result<Nir> ParseNir(std::string_view typed) {
  std::string nir = Compact(typed);
  if (auto error = FirstStructuralError(nir)) return Fail(*error);
  int expected = *ComputeNirKey(std::string_view(nir).substr(0, 13));
  if (nir.size() == 13) return Nir(nir + TwoDigitText(expected));
  std::string key = nir.substr(13, 2);
  if (!IsDigit(key[0]) || !IsDigit(key[1]) || TwoDigits(key) != expected) {
    return Fail(NirError("key",
                         "La clé du NIR (2 derniers chiffres) ne correspond pas aux 13 "
                         "premiers caractères : vérifiez la saisie."));
  }
  return Nir(nir);
}

void CheckNirConsistency(const Nir& nir, std::optional<Date> birth_date, std::optional<Sex> sex,
                         Validation& errors) {
  if (birth_date) {
    std::chrono::year_month_day ymd{*birth_date};
    int year = static_cast<int>(ymd.year());
    int month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    std::string born = "la date de naissance est le " + FormatFrenchDate(*birth_date) + ".";
    if (nir.BirthYearTwoDigits() != year % 100) {
      errors.Add("nir", "Le NIR indique une naissance en " + nir.Value().substr(1, 2) +
                            " (2e et 3e chiffres) mais " + born);
    }
    if (nir.BirthMonth() && *nir.BirthMonth() != month) {
      errors.Add("nir", "Le NIR indique une naissance au mois " + nir.Value().substr(3, 2) +
                            " (4e et 5e chiffres) mais " + born);
    }
  }
  if (sex && nir.SexOf() != *sex) {
    errors.Add("nir", std::string("Le NIR commence par ") + nir.SexDigit() + " (" +
                          (nir.SexOf() == Sex::kMale ? "homme" : "femme") +
                          ") mais le sexe indiqué est « " + std::string(SexLabel(*sex)) + " ».");
  }
}

std::string FormatNir(const Nir& nir) {
  const std::string& v = nir.Value();
  std::string place = nir.IsBornOverseas() ? v.substr(5, 3) + " " + v.substr(8, 2)
                                           : v.substr(5, 2) + " " + v.substr(7, 3);
  return v.substr(0, 1) + " " + v.substr(1, 2) + " " + v.substr(3, 2) + " " + place + " " +
         v.substr(10, 3) + " " + v.substr(13, 2);
}

std::string MaskNir(const Nir& nir) {
  const std::string& v = nir.Value();
  return v.substr(0, 1) + " " + v.substr(1, 2) + " " + v.substr(3, 2) + " ** *** *** **";
}

std::string MaskNirText(std::string_view stored) {
  auto nir = ParseNir(stored);
  return nir ? MaskNir(*nir) : std::string(kFullyMasked);
}

}  // namespace pacte
