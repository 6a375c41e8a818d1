#pragma once
// The CAF/MSA codes describing an RSA right (flux VRSB0801), with their French labels.
// Codes are kept as the CAF sends them (text), so a code this list does not know yet is
// stored as received and shown with the label kUnknownCodeLabel.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pacte {

// The label of a code missing from the lists below.
inline constexpr std::string_view kUnknownCodeLabel = "code inconnu";

struct CodeLabel {
  std::string_view code;
  std::string_view label;
};

// etatdosrsa, the state of the household's right.
inline constexpr std::string_view kEtatPendingDecision = "0";
inline constexpr std::string_view kEtatRefused = "1";
inline constexpr std::string_view kEtatOpenPayable = "2";
inline constexpr std::string_view kEtatOpenSuspended = "3";
inline constexpr std::string_view kEtatPaymentSuspended = "4";
inline constexpr std::string_view kEtatClosed = "5";
inline constexpr std::string_view kEtatClosedEarlierMonth = "6";
inline constexpr std::string_view kEtatUndefined = "Z";

// "0" to "6" and "Z" (undefined), in that order.
std::span<const CodeLabel> EtatDosRsaCodes();
// The canonical code: trimmed and upper-cased; an empty text becomes "Z" (both mean
// undefined in the flux). Unknown codes are kept as received.
std::string NormaliseEtatDosRsa(std::string_view raw);
// The label of a normalised code, kUnknownCodeLabel when not in the list.
std::string_view EtatDosRsaLabel(std::string_view code);
// Right open: payable (2), suspended (3) or with payment suspended (4).
bool IsRightOpen(std::string_view etatdosrsa);

// toppersdrodevorsa: is the person subject to rights and duties (D&D)?
enum class DdFlag { kYes, kNo, kUnknown };

// "1", "0" or "" (unknown), as in the flux.
std::string_view DdFlagCode(DdFlag f);
// "Soumis aux droits et devoirs", "Non soumis aux droits et devoirs", "Inconnu".
std::string_view DdFlagLabel(DdFlag f);
// "1" → kYes, "0" → kNo, empty (after trimming) → kUnknown; nullopt for anything else, so
// that an importer can report it.
std::optional<DdFlag> ParseDdFlag(std::string_view raw);

// motisusversrsa, why the payment is suspended, in the flux's order.
std::span<const CodeLabel> SuspensionReasonCodes();
// moticlorsa, why the right was closed.
std::span<const CodeLabel> ClosureReasonCodes();
// Canonical reason codes: trimmed and upper-cased; a one-digit suspension code is
// zero-padded ("6" → "06", as spreadsheets drop the zero). nullopt for an empty text (no
// reason). Unknown codes are kept as received.
std::optional<std::string> NormaliseSuspensionReason(std::string_view raw);
std::optional<std::string> NormaliseClosureReason(std::string_view raw);
// Labels of normalised codes, kUnknownCodeLabel when not in the list.
std::string_view SuspensionReasonLabel(std::string_view code);
std::string_view ClosureReasonLabel(std::string_view code);

}  // namespace pacte
