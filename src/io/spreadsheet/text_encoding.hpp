#pragma once
// Byte-level text helpers of the CSV reader: strict UTF-8 validation and windows-1252 → UTF-8
// (the WHATWG windows-1252 table: 0x80–0x9F are the Windows letters and signs — € ‚ ƒ „ … † ‡
// ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ — and the five unassigned bytes 0x81 0x8D 0x8F 0x90
// 0x9D map to the C1 controls of the same value; 0xA0–0xFF are Latin-1).

#include <string>
#include <string_view>

namespace pacte::io::spreadsheet {

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, ≤ U+10FFFF). With
// `allow_cut_tail`, an incomplete sequence at the very end is accepted (a buffer cut mid-letter).
bool IsStrictUtf8(std::string_view bytes, bool allow_cut_tail = false);

// The windows-1252 text `bytes` in UTF-8.
std::string Cp1252ToUtf8(std::string_view bytes);

// True when every byte is ASCII (< 0x80).
bool IsAscii(std::string_view bytes);

}  // namespace pacte::io::spreadsheet
