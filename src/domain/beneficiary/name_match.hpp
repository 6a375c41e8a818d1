#pragma once
// Typo-tolerant name matching for the beneficiary search. Works on search keys (SearchKey:
// lower-case ASCII words separated by one space).
//
// "One typo" means: the two words become equal after deleting at most one letter from each.
// That covers one letter missing, one letter too many, one letter replaced and two adjacent
// letters swapped ("Lefebre", "Lefevbre", "Lfevre", "Leefvre" all match "lefevre"). Because
// it is defined by deletions, storage can index it exactly: store NameVariants of each name
// word, and look up NameVariants of the typed word (symmetric deletion).

#include <string>
#include <string_view>
#include <vector>

namespace pacte {

// Words shorter than this are never matched with a typo (too many accidental matches).
inline constexpr std::size_t kTypoMinLength = 4;
// Stored words shorter than this get no variants (a 4-letter query reaches 3-letter names).
inline constexpr std::size_t kVariantMinLength = 3;

// True when a and b are equal after deleting at most one character from each.
bool WithinOneTypo(std::string_view a, std::string_view b);

// The word itself followed by every distinct string obtained by deleting one character,
// without duplicates; empty when the word is shorter than kVariantMinLength.
std::vector<std::string> NameVariants(std::string_view word);

// The words of a search key ("le fevre" → {"le", "fevre"}).
std::vector<std::string> KeyWords(std::string_view key);

// Every variant (NameVariants) of every word of the last name and birth name, folded with
// SearchKey, without duplicates: the rows of person_name_variants for one person.
std::vector<std::string> PersonNameVariants(std::string_view last_name,
                                            std::string_view birth_name);

}  // namespace pacte
