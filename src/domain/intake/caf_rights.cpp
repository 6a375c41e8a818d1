#include "domain/intake/caf_rights.hpp"

#include "domain/beneficiary/rights_codes.hpp"
#include "domain/common/text.hpp"

namespace pacte::intake {
namespace {

bool InList(std::span<const CodeLabel> list, std::string_view code) {
  for (const auto& c : list) {
    if (c.code == code) return true;
  }
  return false;
}

std::string Upper(std::string_view text) {
  std::string out(Trim(text));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

void Warn(std::vector<CafCodeWarning>& warnings, std::string field, std::string_view value,
          std::string what) {
  warnings.push_back({field, std::string(value),
                      "Code " + field + " « " + std::string(value) + " » " + std::move(what)});
}

// The latest suspension by date; later entries win ties (and undated ones lose to dated).
const CafSuspension* LatestSuspension(const std::vector<CafSuspension>& suspensions) {
  const CafSuspension* latest = nullptr;
  for (const auto& s : suspensions) {
    if (Trim(s.reason).empty()) continue;
    if (latest == nullptr || s.date >= latest->date) latest = &s;
  }
  return latest;
}

}  // namespace

std::optional<HouseholdRole> CafFollowedRole(const std::vector<CafBenefitCodes>& benefits) {
  for (const auto& b : benefits) {
    if (Upper(b.nature) != "RSA") continue;
    if (auto role = ParseHouseholdRole(b.role)) return role;
  }
  return std::nullopt;
}

std::string CafFamilySituation(const std::vector<std::vector<CafBenefitCodes>>& benefits) {
  int adults = 0;
  bool children = false;
  for (const auto& person : benefits) {
    if (CafFollowedRole(person)) ++adults;
    for (const auto& b : person) {
      if (Upper(b.role) == "ENF") children = true;
    }
  }
  if (adults >= 2) return children ? "couple_avec_enfants" : "couple_sans_enfant";
  return children ? "seul_avec_enfants" : "seul_sans_enfant";
}

bool IsClosedRight(std::string_view etatdosrsa) {
  return etatdosrsa == kEtatClosed || etatdosrsa == kEtatClosedEarlierMonth;
}

RightsState CafRightsState(const CafRightsCodes& codes, std::vector<CafCodeWarning>& warnings) {
  RightsState s;
  s.etatdosrsa = NormaliseEtatDosRsa(codes.etatdosrsa);
  if (!InList(EtatDosRsaCodes(), s.etatdosrsa)) {
    Warn(warnings, "ETATDOSRSA", s.etatdosrsa, "inconnu : conservé tel quel.");
  }
  if (auto flag = ParseDdFlag(codes.toppersdrodevorsa)) {
    s.dd_flag = *flag;
  } else {
    Warn(warnings, "TOPPERSDRODEVORSA", codes.toppersdrodevorsa,
         "inconnu : droits et devoirs lus comme inconnus.");
  }
  if (s.etatdosrsa == kEtatOpenSuspended || s.etatdosrsa == kEtatPaymentSuspended) {
    if (const CafSuspension* latest = LatestSuspension(codes.suspensions)) {
      s.suspension_reason = NormaliseSuspensionReason(latest->reason);
      if (s.suspension_reason && !InList(SuspensionReasonCodes(), *s.suspension_reason)) {
        Warn(warnings, "MOTISUSVERSRSA", *s.suspension_reason, "inconnu : conservé tel quel.");
      }
    }
  }
  s.closure_reason = NormaliseClosureReason(codes.closure_reason);
  if (s.closure_reason && !InList(ClosureReasonCodes(), *s.closure_reason)) {
    Warn(warnings, "MOTICLORSA", *s.closure_reason, "inconnu : conservé tel quel.");
  }
  if (!Trim(codes.closure_date).empty()) {
    s.closure_date = ParseIsoDate(Trim(codes.closure_date));
    if (!s.closure_date) {
      warnings.push_back({"DTCLORSA", codes.closure_date,
                          "Date de clôture DTCLORSA « " + codes.closure_date +
                              " » illisible : ignorée."});
    }
  }
  const std::string homeless(Trim(codes.topsansdomfixe));
  s.homeless = homeless == "1";
  if (!homeless.empty() && homeless != "1" && homeless != "0") {
    Warn(warnings, "TOPSANSDOMFIXE", homeless, "inconnu : lu comme « non ».");
  }
  return s;
}

}  // namespace pacte::intake
