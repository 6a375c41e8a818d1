// Excel's rules for sheet names, for SpreadsheetTableWriter.

#include <algorithm>
#include <cctype>

#include "io/tables/spreadsheet_table_writer.hpp"
#include "io/tables/table_text.hpp"

namespace pacte::io {
namespace {

constexpr std::size_t kMaxChars = 31;

std::string Cleaned(std::string_view wanted) {
  std::string out;
  for (char c : wanted) {
    bool forbidden = std::string_view("[]:*?/\\").find(c) != std::string_view::npos ||
                     (static_cast<unsigned char>(c) < 0x20) || c == 0x7F;
    char kept = forbidden ? ' ' : c;
    if (kept == ' ' && !out.empty() && out.back() == ' ') continue;
    out += kept;
  }
  auto keep = [](char c) { return c != ' ' && c != '\''; };
  auto first = std::find_if(out.begin(), out.end(), keep);
  auto last = std::find_if(out.rbegin(), out.rend(), keep).base();
  return first < last ? std::string(first, last) : std::string();
}

std::string Folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsTaken(const std::string& name, const std::vector<std::string>& taken) {
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& t) { return Folded(t) == Folded(name); });
}

// Cutting may leave a trailing space or apostrophe.
std::string CutAndTrim(std::string_view text, std::size_t chars) {
  std::string out = Utf8Prefix(text, chars);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\'')) out.pop_back();
  return out;
}

}  // namespace

std::string SafeSheetName(std::string_view wanted, const std::vector<std::string>& taken) {
  std::string base = Cleaned(wanted);
  if (base.empty()) base = "Feuille";
  std::string name = CutAndTrim(base, kMaxChars);
  for (int n = 2; IsTaken(name, taken); ++n) {
    std::string suffix = " (" + std::to_string(n) + ")";
    name = CutAndTrim(base, kMaxChars - suffix.size()) + suffix;
  }
  return name;
}

}  // namespace pacte::io
