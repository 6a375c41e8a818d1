#include "domain/intake/field_suggestion.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "domain/common/text.hpp"

namespace pacte::intake {
namespace {

constexpr std::array<IntakeField, 22> kFields{{
    {"civility", "Civilité"},
    {"last_name", "Nom"},
    {"birth_name", "Nom de naissance"},
    {"first_name", "Prénom"},
    {"birth_date", "Date de naissance"},
    {"birth_place", "Lieu de naissance"},
    {"sex", "Sexe"},
    {"nir", "NIR (numéro de sécurité sociale)"},
    {"caf_number", "Numéro allocataire CAF/MSA"},
    {"numdemrsa", "Numéro de demande RSA"},
    {"internal_id", "Identifiant départemental"},
    {"france_travail_id", "Identifiant France Travail"},
    {"email", "Courriel"},
    {"phone", "Téléphone"},
    {"address", "Adresse"},
    {"address_complement", "Complément d'adresse"},
    {"postal_code", "Code postal"},
    {"city", "Ville"},
    {"postal_code_city", "Code postal et ville"},
    {"role", "Rôle dans le foyer"},
    {"referent", "Référent"},
    {"structure", "Structure d'accompagnement"},
}};

// Headers whose whole key names a field although no word rule below finds it.
struct Exact {
  std::string_view key;
  std::string_view code;
};
constexpr std::array<Exact, 9> kExact{{
    {"ddn", "birth_date"},
    {"structure", "structure"},
    {"structure referente", "structure"},
    {"structure d accompagnement", "structure"},
    {"numdemrsa", "numdemrsa"},
    {"qual", "civility"},
    {"id si", "internal_id"},
    {"cp", "postal_code"},
    {"insee", "nir"},
}};

// The words of the header's search key, each also without a final plural "s".
std::set<std::string> Words(const std::string& key) {
  std::set<std::string> words;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t end = std::min(key.find(' ', start), key.size());
    std::string word = key.substr(start, end - start);
    if (!word.empty()) words.insert(word);
    if (word.size() > 3 && word.back() == 's') words.insert(word.substr(0, word.size() - 1));
    start = end + 1;
  }
  return words;
}

struct Header {
  std::string key;
  std::set<std::string> words;
  bool Has(std::string_view w) const { return words.count(std::string(w)) > 0; }
  bool HasAny(std::initializer_list<std::string_view> ws) const {
    return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return Has(w); });
  }
};

std::optional<std::string_view> ByBirth(const Header& h) {
  if (h.HasAny({"nom", "jeune", "patronyme"})) return "birth_name";
  if (h.HasAny({"lieu", "ville", "commune", "pay"})) return "birth_place";
  return "birth_date";
}

std::optional<std::string_view> ByIdentifiers(const Header& h) {
  if (h.HasAny({"nir", "secu", "securite", "ss", "insee"})) return "nir";
  if (h.HasAny({"numdemrsa"}) || (h.Has("demande") && h.Has("rsa"))) return "numdemrsa";
  if (h.HasAny({"allocataire", "caf", "msa", "matricule"})) return "caf_number";
  if (h.HasAny({"iodas", "departemental", "departementale"}) ||
      (h.Has("identifiant") && h.Has("si"))) {
    return "internal_id";
  }
  if ((h.Has("pole") && h.Has("emploi")) || (h.Has("france") && h.Has("travail"))) {
    return "france_travail_id";
  }
  return std::nullopt;
}

std::optional<std::string_view> ByContact(const Header& h) {
  if (h.HasAny({"mail", "email", "courriel", "mel"})) return "email";
  if (h.HasAny({"tel", "telephone", "portable", "mobile", "gsm", "fixe"})) return "phone";
  bool postal = h.Has("cp") || (h.Has("code") && h.Has("postal")) || h.Has("postal");
  bool city = h.HasAny({"ville", "commune", "localite"});
  if (postal && city) return "postal_code_city";
  if (postal) return "postal_code";
  if (city) return "city";
  if (h.Has("complement")) return "address_complement";
  if (h.HasAny({"adresse", "address", "rue"})) return "address";
  return std::nullopt;
}

std::optional<std::string_view> ByPerson(const Header& h) {
  if (h.Has("prenom")) return "first_name";
  if (h.HasAny({"civilite", "civ"})) return "civility";
  if (h.HasAny({"sexe", "genre"})) return "sex";
  if (h.Has("role")) return "role";
  if (h.HasAny({"referent", "referente", "accompagnateur", "accompagnatrice"})) {
    return "referent";
  }
  if (h.Has("nom") && h.Has("jeune")) return "birth_name";
  if (h.HasAny({"nom", "patronyme"})) return "last_name";
  return std::nullopt;
}

}  // namespace

std::span<const IntakeField> IntakeFields() { return kFields; }

std::string_view IntakeFieldLabel(std::string_view code) {
  for (const auto& f : kFields) {
    if (f.code == code) return f.label;
  }
  return {};
}

std::optional<std::string_view> SuggestField(std::string_view header) {
  Header h{SearchKey(header), {}};
  if (h.key.empty()) return std::nullopt;
  for (const auto& e : kExact) {
    if (e.key == h.key) return e.code;
  }
  h.words = Words(h.key);
  if (h.Has("ddn") || (h.Has("naissance") && !h.HasAny({"rdv", "cer"}))) return ByBirth(h);
  if (auto code = ByIdentifiers(h)) return code;
  if (auto code = ByContact(h)) return code;
  return ByPerson(h);
}

std::vector<std::optional<std::string_view>> SuggestFields(std::span<const std::string> headers) {
  std::vector<std::optional<std::string_view>> out;
  std::set<std::string_view> taken;
  for (const auto& header : headers) {
    auto code = SuggestField(header);
    if (code && !taken.insert(*code).second) code.reset();
    out.push_back(code);
  }
  return out;
}

}  // namespace pacte::intake
