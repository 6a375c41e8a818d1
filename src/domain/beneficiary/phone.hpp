#pragma once
// Telephone numbers of beneficiaries: one stored form, so that the same number typed in
// different ways is stored, displayed and compared the same way.
//
// Stored form:
//  - numbers of the French numbering plan (metropolitan and overseas départements) in their
//    national form, grouped by two: "06 12 34 56 78", "02 62 90 00 00", "06 92 12 34 56";
//    this is how référents read, type and print them, and it stays right overseas, where
//    the national prefix 0 does not stand for +33 (0692… is +262 692…);
//  - other international numbers as "+" and their digits, without spaces: "+32470123456".

#include <optional>
#include <string>
#include <string_view>

namespace pacte {

// Normalises a typed telephone number to the stored form, or nullopt when it is not one.
// Accepted: spaces, non-breaking spaces, dots, hyphens, slashes and parentheses between
// digits; "+33" or "0033" followed by 9 digits (or by 0 and 9 digits, "+33 (0)6…");
// "+262", "+590", "+594", "+596" (overseas départements, same national plan)
// followed by 9 digits; 10 digits starting with 0 then 1–9; 9 digits starting with 1–9 (a
// leading zero dropped by a spreadsheet); other "+" or "00" numbers of 9 to 15 digits.
std::optional<std::string> NormalisePhone(std::string_view typed);

// The E.164 form of a stored number, for sending text messages: "+33612345678",
// "+262692123456" (Réunion and Mayotte), "+590…" (Guadeloupe and the French Antilles),
// "+594…" (Guyane), "+596…" (Martinique); "+…" numbers unchanged.
// Precondition: `stored` is an output of NormalisePhone.
std::string PhoneE164(std::string_view stored);

}  // namespace pacte
