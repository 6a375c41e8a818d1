#include "web/html/organisations/organisation_views.hpp"

#include <charconv>

#include "domain/organisation/structure_kind.hpp"

namespace pacte::web {
namespace {

const char* YesNo(bool b) { return b ? "Oui" : "Non"; }

std::string KindLabel(const StructureFields& f) {
  auto kind = StructureKindOf(f.is_referent_body, f.is_action_operator);
  return kind ? std::string(StructureKindLabel(*kind)) : "";
}

nlohmann::json OrDash(const std::optional<std::string>& v) { return v ? *v : "—"; }

}  // namespace

nlohmann::json InstitutionRowJson(const app::Institution& i) {
  return {
      {"href", "/institutions/" + std::to_string(i.id)},   {"name", i.fields.name},
      {"kind_label", InstitutionKindLabel(i.fields.kind)}, {"siret", OrDash(i.fields.siret)},
      {"signatory", YesNo(i.fields.is_pact_signatory)},    {"structure_count", i.structure_count}};
}

nlohmann::json InstitutionDetailJson(const app::Institution& i) {
  return {{"institution_id", std::to_string(i.id)},
          {"name", i.fields.name},
          {"kind_label", InstitutionKindLabel(i.fields.kind)},
          {"siret", OrDash(i.fields.siret)},
          {"signatory", YesNo(i.fields.is_pact_signatory)}};
}

nlohmann::json StructureRowsJson(const std::vector<app::Structure>& items) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : items) {
    rows.push_back({{"href", "/structures/" + std::to_string(s.id)},
                    {"name", s.fields.name},
                    {"institution_name", s.institution_name},
                    {"commune_name", s.commune_name},
                    {"territory_name", s.territory_name.empty() ? "—" : s.territory_name},
                    {"kind_label", KindLabel(s.fields)},
                    {"drees_label", DreesCategoryLabel(s.fields.drees_category)}});
  }
  return rows;
}

nlohmann::json StructureDetailJson(const app::Structure& s) {
  const auto& f = s.fields;
  return {{"structure_id", std::to_string(s.id)},
          {"name", f.name},
          {"institution_name", s.institution_name},
          {"institution_href", "/institutions/" + std::to_string(f.institution_id)},
          {"address", OrDash(f.address)},
          {"commune", s.commune_name + " (" + f.commune_code + ")"},
          {"territory_name", s.territory_name.empty() ? "—" : s.territory_name},
          {"phone", OrDash(f.phone)},
          {"email", OrDash(f.email)},
          {"kind_label", KindLabel(f)},
          {"drees_label", DreesCategoryLabel(f.drees_category)}};
}

std::int64_t ParseVersion(const std::string& text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return 0;
  return v;
}

}  // namespace pacte::web
