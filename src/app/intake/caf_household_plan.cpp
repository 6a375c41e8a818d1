#include "app/intake/caf_household_plan.hpp"

#include "domain/beneficiary/caf_number.hpp"
#include "domain/beneficiary/sex.hpp"
#include "domain/common/text.hpp"
#include "domain/intake/caf_rights.hpp"
#include "domain/intake/cell_name.hpp"

namespace pacte::app {
namespace {

std::vector<intake::CafBenefitCodes> BenefitsOf(const CafPerson& p) {
  std::vector<intake::CafBenefitCodes> out;
  out.reserve(p.benefits.size());
  for (const auto& b : p.benefits) out.push_back({b.nature, b.role});
  return out;
}

intake::CafRightsCodes RightsCodesOf(const CafHousehold& h, const CafPerson& p) {
  intake::CafRightsCodes c;
  c.etatdosrsa = h.etatdosrsa;
  c.toppersdrodevorsa = p.toppersdrodevorsa;
  for (const auto& s : h.payment_suspensions) c.suspensions.push_back({s.reason, s.date});
  for (const auto& s : h.right_suspensions) c.suspensions.push_back({s.reason, s.date});
  c.closure_reason = h.closure_reason;
  c.closure_date = h.closure_date;
  c.topsansdomfixe = h.topsansdomfixe;
  return c;
}

ImportLine Warning(const CafHousehold& h, std::string code, std::string message,
                   nlohmann::json details) {
  return ImportLine{h.line, h.request_number, kLineWarning, std::nullopt, std::move(code),
                    std::move(message), std::move(details)};
}

std::string Rank(int position) { return "personne n°" + std::to_string(position); }

// Names normalised as the spreadsheets' (the CAF writes them in capitals); a name the
// normaliser refuses is passed as received so that ValidatePersonDraft reports it.
std::string LastName(const std::string& raw) {
  auto n = intake::NormaliseLastName(raw);
  return n ? *n : raw;
}
std::string FirstName(const std::string& raw) {
  auto n = intake::NormaliseFirstName(raw);
  return n ? *n : raw;
}

PersonDraft DraftOf(const CafHousehold& h, const CafPerson& p, HouseholdRole role, int position,
                    std::vector<ImportLine>& warnings) {
  PersonDraft d;
  if (!Trim(p.qual).empty() && ParseCivility(p.qual)) {
    d.civility = p.qual;
  } else if (!Trim(p.qual).empty()) {
    warnings.push_back(Warning(h, "caf.unknown_code",
                               "Code QUAL « " + p.qual + " » inconnu (" + Rank(position) +
                                   ") : civilité laissée vide.",
                               {{"field", "QUAL"}, {"value", p.qual}, {"position", position}}));
  }
  d.first_name = FirstName(p.prenom);
  d.last_name = LastName(p.nom);
  if (!Trim(p.nom_naissance).empty()) d.birth_name = LastName(p.nom_naissance);
  d.birth_date = p.birth_date;
  const std::string sex(Trim(p.sexe));
  if (sex == "1" || sex == "2") {
    d.sex = sex;
  } else if (!sex.empty()) {
    warnings.push_back(Warning(h, "caf.unknown_code",
                               "Code SEXE « " + sex + " » inconnu (" + Rank(position) +
                                   ") : sexe laissé vide.",
                               {{"field", "SEXE"}, {"value", sex}, {"position", position}}));
  }
  d.nir = p.nir;
  d.caf_number = h.matricule;
  d.role = std::string(HouseholdRoleCode(role));
  return d;
}

// The refusal of a person whose draft broke a rule: the first field at fault decides the code.
Error PersonRefusal(const Error& e, int position) {
  std::string code = "caf.person_invalid";
  std::string what = "personne invalide";
  if (!e.fields.empty() && e.fields[0].field == "nir") {
    code = "caf.nir_invalid";
    what = "NIR invalide";
  } else if (!e.fields.empty() && e.fields[0].field == "birth_date") {
    code = "caf.birth_date_invalid";
    what = "date de naissance impossible";
  }
  std::string detail;
  for (const auto& f : e.fields) detail += (detail.empty() ? "" : " ; ") + f.message;
  return Error::Invalid(code, "Foyer refusé : " + what + " (" + Rank(position) + ") : " + detail,
                        e.fields.empty() ? "" : e.fields[0].field);
}

Result<Household> PlanHousehold(const CafHousehold& h) {
  if (Trim(h.request_number).empty()) {
    return Fail(Error::Invalid("caf.numdemrsa_missing",
                               "Foyer refusé : NUMDEMRSA absent (numéro de demande RSA).",
                               "numdemrsa"));
  }
  Validation errors;
  Household household = ValidateHouseholdDraft(
      HouseholdDraft{h.request_number, h.matricule, h.fonorg, "", ""}, errors);
  if (errors.Ok()) return household;
  const Error e = errors.ToError();
  std::string detail;
  for (const auto& f : e.fields) detail += (detail.empty() ? "" : " ; ") + f.message;
  const bool numdemrsa = e.fields[0].field == "numdemrsa";
  return Fail(Error::Invalid(numdemrsa ? "caf.numdemrsa_invalid" : "caf.household_invalid",
                             "Foyer refusé : " + detail, e.fields[0].field));
}

}  // namespace

int FollowedPersonCount(const CafHousehold& h) {
  int n = 0;
  for (const auto& p : h.persons) n += intake::CafFollowedRole(BenefitsOf(p)) ? 1 : 0;
  return n;
}

Result<CafHouseholdPlan> PlanCafHousehold(const CafHousehold& h, Date today) {
  auto household = PlanHousehold(h);
  if (!household) return Fail(household.error());
  CafHouseholdPlan plan;
  plan.line = h.line;
  plan.household = *household;
  std::vector<std::vector<intake::CafBenefitCodes>> benefits;
  for (const auto& p : h.persons) benefits.push_back(BenefitsOf(p));
  const std::string family = intake::CafFamilySituation(benefits);
  int position = 0;
  for (const auto& p : h.persons) {
    ++position;
    const auto role = intake::CafFollowedRole(BenefitsOf(p));
    if (!role) continue;
    Validation errors;
    Person person =
        ValidatePersonDraft(DraftOf(h, p, *role, position, plan.warnings), today, errors);
    if (!errors.Ok()) return Fail(PersonRefusal(errors.ToError(), position));
    for (const auto& other : plan.persons) {
      if (person.nir && other.person.nir == person.nir) {
        return Fail(Error::Invalid("caf.person_twice",
                                   "Foyer refusé : la " + Rank(position) +
                                       " porte le même NIR que la " + Rank(other.position) +
                                       " du foyer.",
                                   "nir"));
      }
    }
    std::vector<intake::CafCodeWarning> code_warnings;
    RightsState rights = intake::CafRightsState(RightsCodesOf(h, p), code_warnings);
    rights.family_situation = family;
    for (auto& w : code_warnings) {
      // The household's codes are the same for every adult: reported once.
      const bool personal = w.field == "TOPPERSDRODEVORSA";
      if (!personal && !plan.persons.empty()) continue;
      plan.warnings.push_back(
          Warning(h, "caf.unknown_code",
                  personal ? w.message + " (" + Rank(position) + ")" : w.message,
                  {{"field", w.field}, {"value", w.value}, {"position", position}}));
    }
    plan.persons.push_back({position, std::move(person), std::move(rights)});
  }
  if (plan.persons.empty()) {
    return Fail(Error::Invalid("caf.no_adult",
                               "Foyer refusé : aucun demandeur ni conjoint bénéficiaire du RSA "
                               "(rôles DEM ou CJT) dans le foyer."));
  }
  return plan;
}

}  // namespace pacte::app
