#pragma once
// UTF-8 measures shared by the CSV and XLSX table writers (internal to io/tables).

#include <cstddef>
#include <string>
#include <string_view>

namespace pacte::io {

// Number of UTF-8 characters (bytes that are not continuation bytes).
std::size_t Utf8Length(std::string_view text);

// The first `chars` UTF-8 characters of `text` (all of it when shorter).
std::string Utf8Prefix(std::string_view text, std::size_t chars);

}  // namespace pacte::io
