#include "domain/agent/agent.hpp"

#include <algorithm>
#include <cctype>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool HasSpaceOrControl(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f;
  });
}

void ValidateName(Validation& v, const char* field, std::string_view value, const char* empty) {
  std::string trimmed = Trim(value);
  if (trimmed.empty()) {
    v.Add(field, empty);
  } else if (trimmed.size() > kMaxNameLength || !IsValidUtf8(trimmed)) {
    v.Add(field, "Ce nom est trop long ou contient des caractères invalides.");
  }
}

}  // namespace

std::string Agent::DisplayName() const { return first_name + " " + last_name; }

bool Agent::Has(Role r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }

std::optional<std::string> NormalizeEmail(std::string_view email) {
  std::string e = Lower(Trim(email));
  if (e.empty() || e.size() > 254 || HasSpaceOrControl(e)) return std::nullopt;
  auto at = e.find('@');
  if (at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos) {
    return std::nullopt;
  }
  std::string_view domain(e.data() + at + 1, e.size() - at - 1);
  auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return std::nullopt;
  }
  return e;
}

std::string EmailLocalPart(std::string_view email) {
  auto at = email.find('@');
  if (at == std::string_view::npos) return {};
  return Lower(Trim(email.substr(0, at)));
}

void ValidateAgentIdentity(Validation& v, std::string_view email, std::string_view first_name,
                           std::string_view last_name, const std::vector<std::string>& role_codes,
                           std::vector<Role>& roles) {
  if (Trim(email).empty()) {
    v.Add("email", "Indiquez l'adresse e-mail.");
  } else if (!NormalizeEmail(email)) {
    v.Add("email", "Adresse e-mail invalide (exemple : prenom.nom@departement.fr).");
  }
  ValidateName(v, "first_name", first_name, "Indiquez le prénom.");
  ValidateName(v, "last_name", last_name, "Indiquez le nom.");
  roles.clear();
  for (const auto& code : role_codes) {
    auto role = ParseRole(code);
    if (!role) {
      v.Add("roles", "Rôle inconnu : « " + code + " ».");
      return;
    }
    if (std::find(roles.begin(), roles.end(), *role) == roles.end()) roles.push_back(*role);
  }
  if (roles.empty()) v.Add("roles", "Choisissez au moins un rôle.");
  // One order for every list of roles (the codes' order, as stored), so comparing two lists
  // compares the roles, not the order they were typed in.
  std::sort(roles.begin(), roles.end(), [](Role a, Role b) { return RoleCode(a) < RoleCode(b); });
}

}  // namespace pacte
