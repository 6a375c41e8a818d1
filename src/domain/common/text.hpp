#pragma once
// Text helpers shared by every feature: search keys and trimming.

#include <string>
#include <string_view>

namespace pacte {

// Lower-case ASCII search key: accents folded (é→e, œ→oe, ç→c…), punctuation and repeated
// spaces collapsed to one space, trimmed. Used for accent- and case-insensitive search.
std::string SearchKey(std::string_view utf8);

std::string Trim(std::string_view s);

// True when s is valid UTF-8.
bool IsValidUtf8(std::string_view s);

}  // namespace pacte
