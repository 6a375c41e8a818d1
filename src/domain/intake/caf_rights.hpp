#pragma once
// Rules of the CAF / MSA flux (VRSB0801, codes.md §1) that do not need the database: who in a
// household is followed, and the rights state a household's codes describe for one person.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/beneficiary/person.hpp"
#include "domain/beneficiary/rights.hpp"

namespace pacte::intake {

// A code of the flux kept as received but worth reporting (unknown code, unreadable date).
struct CafCodeWarning {
  std::string field;    // the flux element: ETATDOSRSA, MOTISUSVERSRSA, TOPPERSDRODEVORSA…
  std::string value;    // as received
  std::string message;  // French
};

// A benefit of a person: NATPREST and ROLEPERS as received.
struct CafBenefitCodes {
  std::string nature;
  std::string role;
};

// The role under which a person is followed: the role of a benefit whose nature is RSA
// (case-insensitive, trimmed) when that role is DEM or CJT; the first such benefit wins.
// nullopt for children (ENF), others (AUT, RDO) and persons without an RSA benefit.
std::optional<HouseholdRole> CafFollowedRole(const std::vector<CafBenefitCodes>& benefits);

// The household's composition as the flux tells it (a stats::FamilySituation code): a couple
// when two of its persons are followed (RSA benefit as DEM and CJT), children when a person
// holds any benefit as ENF. `benefits` holds each person's benefits, in file order.
std::string CafFamilySituation(const std::vector<std::vector<CafBenefitCodes>>& benefits);

// A suspension reason with its start date (ISO text, may be empty or unreadable).
struct CafSuspension {
  std::string reason;
  std::string date;
};

// The codes of one household and one of its persons, as received.
struct CafRightsCodes {
  std::string etatdosrsa;         // ETATDOSRSA
  std::string toppersdrodevorsa;  // TOPPERSDRODEVORSA of the person
  // SuspensionVersement and SuspensionDroit together, in file order.
  std::vector<CafSuspension> suspensions;
  std::string closure_reason;  // MOTICLORSA
  std::string closure_date;    // DTCLORSA
  std::string topsansdomfixe;  // TOPSANSDOMFIXE
};

// The rights state the codes describe, codes normalised with rights_codes.hpp:
//  - etatdosrsa: NormaliseEtatDosRsa; a code outside 0–6/Z is kept raw and reported;
//  - dd_flag: "1"/"0"/empty; any other value is reported and read as unknown;
//  - suspension_reason: only while the right is suspended (etatdosrsa 3 or 4: a file may
//    still list suspensions that ended), the latest suspension by date (ties: the later in
//    the file); an unknown code is kept raw and reported;
//  - closure_reason / closure_date: as given; an unknown reason is kept raw and reported, an
//    unreadable date is reported and dropped;
//  - homeless: TOPSANSDOMFIXE "1"; a value other than "1", "0" or empty is reported.
// Warnings are appended to `warnings`, one per problem, with a French message.
RightsState CafRightsState(const CafRightsCodes& codes, std::vector<CafCodeWarning>& warnings);

// Right closed (etatdosrsa 5, or 6: closed on an earlier month).
bool IsClosedRight(std::string_view etatdosrsa);

}  // namespace pacte::intake
