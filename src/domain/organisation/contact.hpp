#pragma once
// Plausibility checks for the contact details of organisations (not of people).

#include <string_view>

namespace pacte {

// A plausible e-mail address: one '@', a non-empty local part of at most 64 printable ASCII
// characters without spaces, a domain of dot-separated labels (letters, digits, hyphens) ending
// with a top-level label of 2+ letters; at most 254 characters in all.
bool IsPlausibleEmail(std::string_view email);

// A plausible telephone number as people write it: digits with optional spaces, dots, hyphens
// and parentheses, an optional leading '+', and 4 to 15 digits (short numbers such as 3949
// exist; E.164 allows at most 15).
bool IsPlausiblePhone(std::string_view phone);

}  // namespace pacte
