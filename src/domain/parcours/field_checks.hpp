#pragma once
// Small field checks shared by the parcours validators: dates typed as ISO text, free texts
// with a length limit counted in characters (not bytes). Each adds a French message on the
// field at fault to `errors` and returns what could be read.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

// Number of characters of a UTF-8 text.
std::size_t CharacterCount(std::string_view utf8);

// A required "YYYY-MM-DD" date: "La date est obligatoire." when empty, "Date invalide
// (format attendu AAAA-MM-JJ)." when unreadable.
std::optional<Date> RequiredDate(std::string_view text, const std::string& field,
                                 Validation& errors);

// The same, but an empty text is no date and no error.
std::optional<Date> OptionalDate(std::string_view text, const std::string& field,
                                 Validation& errors);

// A trimmed text of at most `max` characters; empty gives nullopt. Too long: "Ce texte ne doit
// pas dépasser N caractères." (and nullopt).
std::optional<std::string> OptionalText(std::string_view text, std::size_t max,
                                        const std::string& field, Validation& errors);

// The same, and empty adds `missing_message`.
std::optional<std::string> RequiredText(std::string_view text, std::size_t max,
                                        const std::string& field, std::string_view missing_message,
                                        Validation& errors);

}  // namespace pacte
