#include "domain/beneficiary/rights_codes.hpp"

#include <array>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel, 8> kEtats{{
    {"0", "Nouvelle demande en attente de décision du département"},
    {"1", "Droit refusé"},
    {"2", "Droit ouvert et versable"},
    {"3", "Droit ouvert et suspendu"},
    {"4", "Droit ouvert, versement suspendu"},
    {"5", "Droit clos"},
    {"6", "Droit clos sur un mois antérieur"},
    {"Z", "Non défini"},
}};

constexpr std::array<CodeLabel, 24> kSuspensionReasons{{
    {"01", "Ressources trop élevées"},
    {"02", "Moins de 25 ans sans enfant ni personne à charge"},
    {"03", "Activité non conforme"},
    {"04", "Titre de séjour non valide"},
    {"05", "Montant inférieur au seuil de versement"},
    {"06", "Déclaration trimestrielle de ressources non fournie"},
    {"09", "Résidence non conforme"},
    {"19", "Pas d'isolement"},
    {"31", "Prestation exclue (affiliation partielle)"},
    {"34", "Régime non conforme"},
    {"35", "Demande d'avantage vieillesse absente ou tardive"},
    {"36", "Titre de séjour absent"},
    {"44", "Hospitalisation"},
    {"70", "Action non engagée"},
    {"78", "Surface pondérée supérieure au plafond ou inconnue"},
    {"84", "Droit éteint"},
    {"85", "Pas d'allocataire"},
    {"97", "Bénéficiaire de l'AAH réduite"},
    {"AB", "Allocataire absent du foyer"},
    {"CV", "Attente de la décision du président du conseil départemental"},
    {"CZ", "Activité antérieure insuffisante"},
    {"DA", "Activité antérieure absente"},
    {"DB", "Étudiant dont la rémunération est insuffisante"},
    {"DC", "Activité antérieure non conforme"},
}};

constexpr std::array<CodeLabel, 9> kClosureReasons{{
    {"PCG", "Clôture sur décision du président du conseil départemental"},
    {"ECH", "Clôture à échéance (4 mois sans droit)"},
    {"EFF", "Clôture après annulation (bascule RMI/API)"},
    {"MUT", "Mutation du dossier vers un autre organisme"},
    {"RGD", "Regroupement de dossiers"},
    {"RFD", "Radiation, fin de droit"},
    {"RAU", "Radiation pour un autre motif"},
    {"RST", "Radiation, option RSTA (outre-mer)"},
    {"RSO", "Radiation, option RSO (outre-mer)"},
}};

std::string UpperTrimmed(std::string_view raw) {
  std::string s = Trim(raw);
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

std::string_view LabelIn(std::span<const CodeLabel> list, std::string_view code) {
  for (const auto& entry : list) {
    if (entry.code == code) return entry.label;
  }
  return kUnknownCodeLabel;
}

}  // namespace

std::span<const CodeLabel> EtatDosRsaCodes() { return kEtats; }

std::string NormaliseEtatDosRsa(std::string_view raw) {
  std::string code = UpperTrimmed(raw);
  return code.empty() ? std::string(kEtatUndefined) : code;
}

std::string_view EtatDosRsaLabel(std::string_view code) { return LabelIn(kEtats, code); }

bool IsRightOpen(std::string_view etatdosrsa) {
  return etatdosrsa == kEtatOpenPayable || etatdosrsa == kEtatOpenSuspended ||
         etatdosrsa == kEtatPaymentSuspended;
}

std::string_view DdFlagCode(DdFlag f) {
  switch (f) {
    case DdFlag::kYes:
      return "1";
    case DdFlag::kNo:
      return "0";
    case DdFlag::kUnknown:
      break;
  }
  return "";
}

std::string_view DdFlagLabel(DdFlag f) {
  switch (f) {
    case DdFlag::kYes:
      return "Soumis aux droits et devoirs";
    case DdFlag::kNo:
      return "Non soumis aux droits et devoirs";
    case DdFlag::kUnknown:
      break;
  }
  return "Inconnu";
}

std::optional<DdFlag> ParseDdFlag(std::string_view raw) {
  std::string s = Trim(raw);
  if (s == "1") return DdFlag::kYes;
  if (s == "0") return DdFlag::kNo;
  if (s.empty()) return DdFlag::kUnknown;
  return std::nullopt;
}

std::span<const CodeLabel> SuspensionReasonCodes() { return kSuspensionReasons; }
std::span<const CodeLabel> ClosureReasonCodes() { return kClosureReasons; }

std::optional<std::string> NormaliseSuspensionReason(std::string_view raw) {
  std::string code = UpperTrimmed(raw);
  if (code.empty()) return std::nullopt;
  if (code.size() == 1 && code[0] >= '0' && code[0] <= '9') code.insert(0, 1, '0');
  return code;
}

std::optional<std::string> NormaliseClosureReason(std::string_view raw) {
  std::string code = UpperTrimmed(raw);
  if (code.empty()) return std::nullopt;
  return code;
}

std::string_view SuspensionReasonLabel(std::string_view code) {
  return LabelIn(kSuspensionReasons, code);
}

std::string_view ClosureReasonLabel(std::string_view code) {
  return LabelIn(kClosureReasons, code);
}

}  // namespace pacte
