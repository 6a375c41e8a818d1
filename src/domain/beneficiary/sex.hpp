#pragma once
// Sex and civility of a beneficiary, with the codes used in data and the API.

#include <optional>
#include <string_view>

namespace pacte {

// Sex as registered by the CAF (SEXE 1/2) and in the NIR (first digit 1/7 male, 2/8 female).
enum class Sex { kMale, kFemale };

// "M" or "F" (stored and exchanged).
std::string_view SexCode(Sex s);
// "Homme" or "Femme".
std::string_view SexLabel(Sex s);
// Accepts, after trimming and ignoring case: "M"/"F", the CAF digits "1"/"2", "H" (homme).
// nullopt for anything else, including an empty text.
std::optional<Sex> ParseSex(std::string_view text);

// How to address the person in letters ("M." / "Mme"); independent of Sex.
enum class Civility { kMonsieur, kMadame };

// "monsieur" or "madame" (stored and exchanged).
std::string_view CivilityCode(Civility c);
// "M." or "Mme", the short form used in letters and lists.
std::string_view CivilityLabel(Civility c);
// Accepts, after trimming and ignoring case: the codes, "M", "M.", "MR" (CAF QUAL), "Mme",
// "MLE"/"Mlle"/"Mademoiselle" (kept by old files, read as madame). nullopt otherwise.
std::optional<Civility> ParseCivility(std::string_view text);

}  // namespace pacte
