#include "web/html/beneficiaries/beneficiary_views.hpp"

#include <utility>

#include "app/beneficiaries/search_beneficiaries.hpp"
#include "app/policies/person_policy.hpp"
#include "domain/beneficiary/barriers.hpp"
#include "domain/common/upper_name.hpp"
#include "domain/beneficiary/rights_codes.hpp"
#include "domain/parcours/contract.hpp"
#include "domain/parcours/parcours.hpp"
#include "domain/parcours/parcours_exit.hpp"

namespace pacte::web {
namespace {

using nlohmann::json;

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json Opt(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }
json OptDate(const std::optional<Date>& d) { return d ? json(FormatIsoDate(*d)) : json(nullptr); }
std::string French(const std::optional<Date>& d) { return d ? FormatFrenchDate(*d) : ""; }

template <class Parse, class Label>
std::string LabelOf(const std::optional<std::string>& code, Parse parse, Label label) {
  if (!code) return "";
  auto parsed = parse(*code);
  return parsed ? std::string(label(*parsed)) : *code;
}

json RightsJson(const RightsRow& r) {
  const auto& s = r.state;
  return {{"valid_from", FormatIsoDate(r.valid_from)},
          {"valid_to", OptDate(r.valid_to)},
          {"etatdosrsa", s.etatdosrsa},
          {"etatdosrsa_label", std::string(EtatDosRsaLabel(s.etatdosrsa))},
          {"dd_flag", std::string(DdFlagCode(s.dd_flag))},
          {"dd_label", std::string(DdFlagLabel(s.dd_flag))},
          {"suspension_reason", Opt(s.suspension_reason)},
          {"suspension_label",
           s.suspension_reason ? json(std::string(SuspensionReasonLabel(*s.suspension_reason)))
                               : json(nullptr)},
          {"closure_reason", Opt(s.closure_reason)},
          {"closure_label", s.closure_reason
                                ? json(std::string(ClosureReasonLabel(*s.closure_reason)))
                                : json(nullptr)},
          {"closure_date", OptDate(s.closure_date)}};
}

json ContractJson(const std::optional<app::ContractSummary>& c, Date today) {
  if (!c) return nullptr;
  return {{"id", c->id},
          {"type", c->type},
          {"type_label", LabelOf(c->type, ParseContractType, ContractTypeLabel)},
          {"status", c->status},
          {"status_label", LabelOf(c->status, ParseContractStatus, ContractStatusLabel)},
          {"signed_on", OptDate(c->signed_on)},
          {"starts_on", FormatIsoDate(c->starts_on)},
          {"ends_on", FormatIsoDate(c->ends_on)},
          {"valid", app::IsValidOn(*c, today)}};
}

json BarriersJson(const app::BeneficiaryFile& f) {
  json themes = json::array();
  for (const auto& b : f.summary.barriers) {
    themes.push_back({{"theme", b.theme},
                      {"theme_label", LabelOf(b.theme, ParseBarrierTheme, BarrierThemeLabel)},
                      {"impact", b.impact},
                      {"impact_label", LabelOf(b.impact, ParseBarrierImpact, BarrierImpactLabel)}});
  }
  return {{"diagnosed_on", OptDate(f.summary.diagnostic_on)},
          {"themes", themes},
          {"health_hidden", f.health_hidden}};
}

json HouseholdJson(const app::BeneficiaryFile& f) {
  if (!f.household) return nullptr;
  const auto& h = f.household->household;
  json other = nullptr;
  if (f.summary.other_adult_id) {
    other = {{"id", *f.summary.other_adult_id},
             {"name", Opt(f.summary.other_adult_name)},
             {"role", Opt(f.summary.other_adult_role)}};
  }
  return {{"id", f.household->id},
          {"numdemrsa", h.numdemrsa.empty() ? json(nullptr) : json(h.numdemrsa)},
          {"caf_matricule", h.caf_matricule.empty() ? json(nullptr) : json(h.caf_matricule)},
          {"paying_body", std::string(PayingBodyCode(h.paying_body))},
          {"paying_body_label", std::string(PayingBodyLabel(h.paying_body))},
          {"other_adult", other}};
}

}  // namespace

std::string DisplayName(const std::optional<Civility>& civility, const std::string& first,
                        const std::string& last) {
  std::string out;
  if (civility) out = *civility == Civility::kMadame ? "Mme " : "M. ";
  return out + first + " " + UpperName(last);
}

json PersonListItemJson(const app::PersonListItem& it) {
  return {{"id", it.id},
          {"civility", it.civility ? json(std::string(CivilityCode(*it.civility))) : json()},
          {"first_name", it.first_name},
          {"last_name", it.last_name},
          {"birth_date", FormatIsoDate(it.birth_date)},
          {"commune_code", Opt(it.commune_code)},
          {"commune_name", Opt(it.commune_name)},
          {"dd_since", OptDate(it.dd_since)},
          {"parcours", Opt(it.parcours)},
          {"oriented_on", OptDate(it.oriented_on)},
          {"structure_id", Opt(it.structure_id)},
          {"structure_name", Opt(it.structure_name)},
          {"referent_agent_id", Opt(it.referent_agent_id)},
          {"referent_name", Opt(it.referent_name)},
          {"contract_starts_on", OptDate(it.contract_starts_on)},
          {"contract_ends_on", OptDate(it.contract_ends_on)},
          {"exited_on", OptDate(it.exited_on)},
          {"match", it.typo_match ? "approchant" : "exact"}};
}

json BeneficiaryFileJson(const app::BeneficiaryFile& f, Date today) {
  const auto& sp = f.person;
  const auto& p = sp.person;
  const auto& s = f.state;
  json rights = json::array();
  for (const auto& r : f.rights) rights.push_back(RightsJson(r));
  json orientation = nullptr;
  if (s.orientation_id) {
    orientation = {{"id", *s.orientation_id},
                   {"parcours", Opt(s.parcours)},
                   {"parcours_label", LabelOf(s.parcours, ParseParcours, ParcoursLabel)},
                   {"structure_id", Opt(s.structure_id)},
                   {"structure_name", Opt(f.summary.structure_name)},
                   {"oriented_on", OptDate(s.oriented_on)}};
  }
  json referent = nullptr;
  if (s.referent_agent_id) {
    referent = {{"agent_id", *s.referent_agent_id},
                {"name", Opt(f.summary.referent_name)},
                {"since", OptDate(s.referent_since)}};
  }
  json exit = nullptr;
  if (s.exited_on) {
    exit = {{"exited_on", OptDate(s.exited_on)},
            {"reason", Opt(s.exit_reason)},
            {"reason_label", LabelOf(s.exit_reason, ParseExitReason, ExitReasonLabel)}};
  }
  return {{"id", sp.id},
          {"version", sp.version},
          {"civility", p.civility ? json(std::string(CivilityCode(*p.civility))) : json()},
          {"first_name", p.first_name},
          {"last_name", p.last_name},
          {"birth_name", Opt(p.birth_name)},
          {"birth_date", FormatIsoDate(p.birth_date)},
          {"sex", p.sex ? json(std::string(SexCode(*p.sex))) : json()},
          {"nir", f.nir_display.empty() ? json(nullptr)
                                        : json(p.nir ? p.nir->Value() : f.nir_display)},
          {"nir_masked", f.nir_masked},
          {"caf_number", Opt(p.caf_number)},
          {"email", Opt(p.email)},
          {"phone", Opt(p.phone)},
          {"address", Opt(p.address)},
          {"commune_code", Opt(p.commune_code)},
          {"commune_name", Opt(f.summary.commune_name)},
          {"role", p.role ? json(std::string(HouseholdRoleCode(*p.role))) : json()},
          {"household", HouseholdJson(f)},
          {"dd_since", OptDate(s.dd_since)},
          {"known_at", OptDate(f.known_at)},
          {"rights", rights},
          {"orientation", orientation},
          {"referent", referent},
          {"contract", ContractJson(f.summary.latest_contract, today)},
          {"next_appointment_at",
           s.next_appointment_at ? json(FormatIsoTimestamp(*s.next_appointment_at)) : json()},
          {"exit", exit},
          {"barriers", BarriersJson(f)},
          {"created_at", FormatIsoTimestamp(sp.created_at)},
          {"updated_at", FormatIsoTimestamp(sp.updated_at)}};
}

json TimelineEntryJson(std::int64_t person_id, const app::TimelineEntry& e) {
  return {{"at", e.event.at},
          {"kind", e.event.kind},
          {"label", e.label},
          {"object_id", e.event.object_id},
          {"code", Opt(e.event.code)},
          {"tab", e.tab},
          {"href", "/beneficiaires/" + std::to_string(person_id) +
                       (e.tab == "fiche" ? std::string() : "/" + e.tab)}};
}

namespace {

// The row's link: the file, or the prescriptions of the limited view.
std::pair<std::string, std::string> RowLink(const app::Actor& actor,
                                            const app::PersonListItem& it) {
  const std::string file = "/beneficiaires/" + std::to_string(it.id);
  const auto scope = app::ListedPersonScope(actor, it);
  if (app::IsAllowed(actor, app::PersonAction::kView, scope) ||
      !app::IsAllowed(actor, app::PersonAction::kViewLimited, scope)) {
    return {file, ""};
  }
  return {file + "/prescriptions", "(prescriptions)"};
}

}  // namespace

json PersonRowsJson(const app::Actor& actor, const std::vector<app::PersonListItem>& items) {
  json rows = json::array();
  for (const auto& it : items) {
    auto [href, suffix] = RowLink(actor, it);
    rows.push_back(
        {{"href", href},
         {"link_suffix", suffix},
         {"name", DisplayName(it.civility, it.first_name, it.last_name)},
         {"approx", it.typo_match},
         {"birth_date", FormatFrenchDate(it.birth_date)},
         {"commune", it.commune_name.value_or("")},
         {"dd_since", French(it.dd_since)},
         {"parcours", LabelOf(it.parcours, ParseParcours, ParcoursLabel)},
         {"oriented_on", French(it.oriented_on)},
         {"structure", it.structure_name.value_or("")},
         {"referent", it.referent_name.value_or("")},
         {"contract_ends_on", French(it.contract_ends_on)},
         {"exited_on", French(it.exited_on)}});
  }
  return rows;
}

json FilePageJson(const app::BeneficiaryFile& f, Date today) {
  json data = BeneficiaryFileJson(f, today);
  const auto& p = f.person.person;
  data["display_name"] = DisplayName(p.civility, p.first_name, p.last_name);
  data["birth_date_fr"] = FormatFrenchDate(p.birth_date);
  data["nir_display"] = f.nir_display;
  data["sex_label"] = p.sex ? std::string(SexLabel(*p.sex)) : "";
  data["dd_since_fr"] = French(f.state.dd_since);
  data["known_at_fr"] = f.known_at ? FormatFrenchDate(*f.known_at) : "";
  for (auto& r : data["rights"]) {
    r["valid_from_fr"] = FormatFrenchDate(*ParseIsoDate(r["valid_from"].get<std::string>()));
    r["valid_to_fr"] = r["valid_to"].is_null()
                           ? std::string("en cours")
                           : FormatFrenchDate(*ParseIsoDate(r["valid_to"].get<std::string>()));
    r["dd_yes"] = r["dd_flag"] == "1";
  }
  data["has_rights"] = !f.rights.empty();
  data["oriented_on_fr"] = French(f.state.oriented_on);
  data["referent_since_fr"] = French(f.state.referent_since);
  if (f.summary.latest_contract) {
    data["contract"]["starts_on_fr"] = FormatFrenchDate(f.summary.latest_contract->starts_on);
    data["contract"]["ends_on_fr"] = FormatFrenchDate(f.summary.latest_contract->ends_on);
  }
  data["next_appointment_fr"] =
      f.state.next_appointment_at ? FormatFrenchTimestamp(*f.state.next_appointment_at) : "";
  data["exited_on_fr"] = French(f.state.exited_on);
  data["diagnosed_on_fr"] = French(f.summary.diagnostic_on);
  data["has_barriers"] = !f.summary.barriers.empty();
  data["can_edit"] = f.can_edit;
  return data;
}

json TimelineRowsJson(std::int64_t person_id, const std::vector<app::TimelineEntry>& entries) {
  json rows = json::array();
  for (const auto& e : entries) {
    json row = TimelineEntryJson(person_id, e);
    auto ts = ParseIsoTimestamp(e.event.at);
    auto d = ParseIsoDate(e.event.at.substr(0, 10));
    row["at_fr"] = ts ? FormatFrenchTimestamp(*ts) : d ? FormatFrenchDate(*d) : e.event.at;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace pacte::web
