#pragma once
// Reads the permission matrix of docs/permissions.md: the Markdown table whose first header
// cell is "Route", then "accès", then one column per role code. Each row names a route
// ("`GET /structures/{id}`"), how it authenticates (public, connexion, session, jeton) and,
// per role, "oui", "non" or "—". Backquotes and footnote references ("oui[^compte]") are
// dropped before reading a cell.

#include <map>
#include <string>
#include <vector>

#include "domain/agent/role.hpp"

namespace pacte::testing {

enum class Cell {
  kAllowed,        // oui
  kRefused,        // non: 403 or 404
  kNotApplicable,  // —: public and sign-in routes, which no role decides
};

struct MatrixRow {
  int line = 0;         // 1-based line in the document, for messages
  std::string method;   // "GET"
  std::string pattern;  // "/structures/{id}"
  std::string access;   // "public", "connexion", "session" or "jeton"
  std::map<Role, Cell> cells;

  std::string Key() const { return method + " " + pattern; }
  // True for the routes the role columns decide ("session" and "jeton").
  bool DecidedByRole() const { return access == "session" || access == "jeton"; }
};

struct PermissionMatrix {
  std::vector<Role> roles;  // in column order
  std::vector<MatrixRow> rows;
  // One message per defect, naming the line: no table, an unknown or missing role column, a
  // row with the wrong number of cells, a cell other than oui/non/—, an unknown access level.
  std::vector<std::string> errors;
};

PermissionMatrix ParsePermissionMatrix(const std::string& markdown);

// The document's text; throws std::runtime_error when it cannot be read.
std::string ReadTextFile(const std::string& path);

}  // namespace pacte::testing
