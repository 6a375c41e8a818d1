#include "domain/parcours/parcours_exit.hpp"

#include "domain/parcours/code_list.hpp"
#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

constexpr std::array<CodeLabel<ExitReason>, 7> kReasons{{
    {ExitReason::kEmploiDurable, "emploi_durable", "Emploi durable"},
    {ExitReason::kEmploiTemporaire, "emploi_temporaire", "Emploi temporaire"},
    {ExitReason::kFormationQualifiante, "formation_qualifiante", "Formation qualifiante"},
    {ExitReason::kCreationActivite, "creation_activite", "Création d'activité"},
    {ExitReason::kFinDeDroit, "fin_de_droit", "Fin de droit"},
    {ExitReason::kDemenagement, "demenagement", "Déménagement"},
    {ExitReason::kAutre, "autre", "Autre motif"},
}};

}  // namespace

std::string_view ExitReasonCode(ExitReason r) { return EntryOf(kReasons, r).code; }
std::string_view ExitReasonLabel(ExitReason r) { return EntryOf(kReasons, r).label; }
std::optional<ExitReason> ParseExitReason(std::string_view code) { return ValueOf(kReasons, code); }
const std::vector<ExitReason>& AllExitReasons() {
  static const auto all = ValuesOf(kReasons);
  return all;
}

ExitFields ValidateExit(const ExitDraft& draft, Date today, Validation& errors) {
  ExitFields out;
  if (auto date = RequiredDate(draft.exited_on, "exited_on", errors)) {
    if (*date > today) errors.Add("exited_on", "La date de sortie ne peut pas être dans le futur.");
    out.exited_on = *date;
  }
  if (draft.reason.empty()) {
    errors.Add("reason", "Choisissez le motif de sortie.");
  } else if (auto reason = ParseExitReason(draft.reason)) {
    out.reason = *reason;
  } else {
    errors.Add("reason", "Motif de sortie inconnu.");
  }
  return out;
}

}  // namespace pacte
