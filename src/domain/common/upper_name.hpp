#pragma once
// Upper case of a name typed in UTF-8, as pages print last names ("LEFÈVRE", "CŒUR").

#include <string>
#include <string_view>

namespace pacte {

// ASCII letters and the accented letters of French names (U+00E0..U+00FE except U+00F7,
// U+00FF "ÿ", U+0153 "œ") upper-cased; every other byte (other scripts, punctuation) kept.
std::string UpperName(std::string_view name);

}  // namespace pacte
