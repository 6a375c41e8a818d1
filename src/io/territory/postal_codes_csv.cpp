#include "io/territory/postal_codes_csv.hpp"

#include <algorithm>
#include <cctype>

#include "domain/common/text.hpp"
#include "domain/territory/insee_code.hpp"

namespace pacte::io {
namespace {

Error Malformed(std::string message) {
  return Error{ErrorKind::kMalformed, "territory.postal_codes_malformed", std::move(message), {}};
}

std::vector<std::string> SplitLine(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    auto pos = line.find(sep, start);
    std::string cell =
        Trim(line.substr(start, pos == std::string_view::npos ? line.npos : pos - start));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
      cell = cell.substr(1, cell.size() - 2);
    }
    out.push_back(std::move(cell));
    if (pos == std::string_view::npos) return out;
    start = pos + 1;
  }
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string_view> Lines(std::string_view content) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < content.size()) {
    auto end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    auto line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    start = end + 1;
  }
  return out;
}

struct Columns {
  std::size_t insee = 0, postal = 0;
  char sep = ',';
};

Result<Columns> ReadHeader(std::string_view header) {
  if (header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);  // BOM
  Columns c;
  c.sep = header.find(';') != std::string_view::npos ? ';' : ',';
  auto names = SplitLine(header, c.sep);
  auto find = [&](std::initializer_list<const char*> candidates) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < names.size(); ++i) {
      for (const char* cand : candidates) {
        if (Lower(names[i]) == cand) return i;
      }
    }
    return std::nullopt;
  };
  auto insee = find({"code_insee", "code_commune_insee"});
  auto postal = find({"code_postal"});
  if (!insee || !postal) {
    return Fail(
        Malformed("Fichier des codes postaux : l'en-tête doit contenir les colonnes "
                  "code_insee et code_postal (ligne 1)."));
  }
  c.insee = *insee;
  c.postal = *postal;
  return c;
}

}  // namespace

Result<std::map<std::string, std::vector<std::string>>> ParsePostalCodesCsv(
    std::string_view content) {
  auto lines = Lines(content);
  if (lines.empty()) return Fail(Malformed("Fichier des codes postaux vide."));
  auto columns = ReadHeader(lines[0]);
  if (!columns) return Fail(columns.error());
  std::map<std::string, std::vector<std::string>> out;
  for (std::size_t n = 1; n < lines.size(); ++n) {
    if (Trim(lines[n]).empty()) continue;
    auto cells = SplitLine(lines[n], columns->sep);
    std::string where = "Fichier des codes postaux, ligne " + std::to_string(n + 1) + " : ";
    if (cells.size() <= std::max(columns->insee, columns->postal)) {
      return Fail(Malformed(where + "colonnes manquantes."));
    }
    const auto& insee = cells[columns->insee];
    const auto& postal = cells[columns->postal];
    if (!IsValidInseeCode(insee))
      return Fail(Malformed(where + "code INSEE invalide « " + insee + " »."));
    if (!IsValidPostalCode(postal)) {
      return Fail(Malformed(where + "code postal invalide « " + postal + " »."));
    }
    auto& codes = out[insee];
    if (std::find(codes.begin(), codes.end(), postal) == codes.end()) codes.push_back(postal);
  }
  return out;
}

std::size_t AttachPostalCodes(app::TerritoryImport& import,
                              const std::map<std::string, std::vector<std::string>>& codes) {
  std::size_t attached = 0;
  for (auto& commune : import.communes) {
    auto it = codes.find(commune.insee_code);
    if (it == codes.end()) continue;
    commune.postal_codes = it->second;
    ++attached;
  }
  return attached;
}

}  // namespace pacte::io
