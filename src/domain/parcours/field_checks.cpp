#include "domain/parcours/field_checks.hpp"

#include "domain/common/text.hpp"

namespace pacte {

std::size_t CharacterCount(std::string_view utf8) {
  std::size_t count = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

std::optional<Date> RequiredDate(std::string_view text, const std::string& field,
                                 Validation& errors) {
  if (Trim(text).empty()) {
    errors.Add(field, "La date est obligatoire.");
    return std::nullopt;
  }
  return OptionalDate(text, field, errors);
}

std::optional<Date> OptionalDate(std::string_view text, const std::string& field,
                                 Validation& errors) {
  std::string trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  auto date = ParseIsoDate(trimmed);
  if (!date) errors.Add(field, "Date invalide (format attendu AAAA-MM-JJ).");
  return date;
}

std::optional<std::string> OptionalText(std::string_view text, std::size_t max,
                                        const std::string& field, Validation& errors) {
  std::string trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  if (CharacterCount(trimmed) > max) {
    errors.Add(field, "Ce texte ne doit pas dépasser " + std::to_string(max) + " caractères.");
    return std::nullopt;
  }
  return trimmed;
}

std::optional<std::string> RequiredText(std::string_view text, std::size_t max,
                                        const std::string& field, std::string_view missing_message,
                                        Validation& errors) {
  if (Trim(text).empty()) {
    errors.Add(field, std::string(missing_message));
    return std::nullopt;
  }
  return OptionalText(text, max, field, errors);
}

}  // namespace pacte
