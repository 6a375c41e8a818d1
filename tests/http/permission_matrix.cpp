#include "http/permission_matrix.hpp"

#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace pacte::testing {
namespace {

std::string Trim(const std::string& s) {
  auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// "`oui`[^note]" → "oui".
std::string CleanCell(const std::string& raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 2, "[^") == 0) {
      auto close = raw.find(']', i);
      if (close != std::string::npos) {
        i = close;
        continue;
      }
    }
    if (raw[i] != '`') out.push_back(raw[i]);
  }
  return Trim(out);
}

// The cells of a "| a | b |" line, cleaned.
std::vector<std::string> SplitRow(const std::string& line) {
  std::string body = Trim(line);
  if (!body.empty() && body.front() == '|') body.erase(0, 1);
  if (!body.empty() && body.back() == '|') body.pop_back();
  std::vector<std::string> cells;
  std::stringstream in(body);
  std::string cell;
  while (std::getline(in, cell, '|')) cells.push_back(CleanCell(cell));
  return cells;
}

bool IsTableLine(const std::string& line) {
  auto t = Trim(line);
  return !t.empty() && t.front() == '|';
}

std::string At(int line) { return "docs/permissions.md ligne " + std::to_string(line) + " : "; }

void ReadHeader(const std::vector<std::string>& cells, int line, PermissionMatrix& m) {
  if (cells.size() < 2 || cells[1] != "accès") {
    m.errors.push_back(At(line) + "la deuxième colonne doit s'appeler « accès ».");
  }
  std::set<Role> seen;
  for (std::size_t i = 2; i < cells.size(); ++i) {
    auto role = ParseRole(cells[i]);
    if (!role) {
      m.errors.push_back(At(line) + "colonne « " + cells[i] + " » : rôle inconnu.");
      continue;
    }
    if (!seen.insert(*role).second) {
      m.errors.push_back(At(line) + "colonne « " + cells[i] + " » en double.");
    }
    m.roles.push_back(*role);
  }
  for (Role r : AllRoles()) {
    if (!seen.count(r)) {
      m.errors.push_back(At(line) + "il manque la colonne du rôle « " +
                         std::string(RoleCode(r)) + " ».");
    }
  }
}

std::optional<Cell> ParseCell(const std::string& text) {
  if (text == "oui") return Cell::kAllowed;
  if (text == "non") return Cell::kRefused;
  if (text == "—") return Cell::kNotApplicable;
  return std::nullopt;
}

void ReadRow(const std::vector<std::string>& cells, int line, PermissionMatrix& m) {
  if (cells.size() != m.roles.size() + 2) {
    m.errors.push_back(At(line) + std::to_string(cells.size()) + " cases au lieu de " +
                       std::to_string(m.roles.size() + 2) + ".");
    return;
  }
  MatrixRow row;
  row.line = line;
  auto space = cells[0].find(' ');
  if (space == std::string::npos || cells[0].find('/') != space + 1) {
    m.errors.push_back(At(line) + "route « " + cells[0] +
                       " » : « MÉTHODE /chemin » attendu.");
    return;
  }
  row.method = cells[0].substr(0, space);
  row.pattern = Trim(cells[0].substr(space + 1));
  row.access = cells[1];
  static const std::set<std::string> kAccess{"public", "connexion", "session", "jeton"};
  if (!kAccess.count(row.access)) {
    m.errors.push_back(At(line) + "accès « " + row.access +
                       " » inconnu (public, connexion, session ou jeton).");
  }
  for (std::size_t i = 0; i < m.roles.size(); ++i) {
    auto cell = ParseCell(cells[i + 2]);
    if (!cell) {
      m.errors.push_back(At(line) + "case « " + cells[i + 2] + " » (" +
                         std::string(RoleCode(m.roles[i])) + ") : oui, non ou — attendu.");
      continue;
    }
    row.cells[m.roles[i]] = *cell;
  }
  m.rows.push_back(std::move(row));
}

}  // namespace

PermissionMatrix ParsePermissionMatrix(const std::string& markdown) {
  PermissionMatrix m;
  std::vector<std::string> lines;
  std::stringstream in(markdown);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::size_t i = 0;
  while (i < lines.size() && !(IsTableLine(lines[i]) && SplitRow(lines[i]).front() == "Route")) {
    ++i;
  }
  if (i == lines.size()) {
    m.errors.push_back("docs/permissions.md : aucun tableau dont la première colonne est « Route ».");
    return m;
  }
  ReadHeader(SplitRow(lines[i]), static_cast<int>(i + 1), m);
  i += 2;  // the header and its |---| line
  for (; i < lines.size() && IsTableLine(lines[i]); ++i) {
    ReadRow(SplitRow(lines[i]), static_cast<int>(i + 1), m);
  }
  return m;
}

std::string ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("lecture impossible : " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace pacte::testing
