#pragma once
// The end of a parcours (sortie): why and when. A new right (a new D&D period) reopens the
// parcours.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/error.hpp"
#include "domain/common/time.hpp"

namespace pacte {

enum class ExitReason {
  kEmploiDurable,         // "emploi_durable"
  kEmploiTemporaire,      // "emploi_temporaire"
  kFormationQualifiante,  // "formation_qualifiante"
  kCreationActivite,      // "creation_activite"
  kFinDeDroit,            // "fin_de_droit"
  kDemenagement,          // "demenagement"
  kAutre,                 // "autre"
};

std::string_view ExitReasonCode(ExitReason r);
std::string_view ExitReasonLabel(ExitReason r);
std::optional<ExitReason> ParseExitReason(std::string_view code);
const std::vector<ExitReason>& AllExitReasons();

struct ExitDraft {
  std::string exited_on;  // "YYYY-MM-DD"
  std::string reason;     // an ExitReason code
};

struct ExitFields {
  Date exited_on{};
  ExitReason reason = ExitReason::kAutre;
};

// Checks a draft. Fields at fault (French messages): exited_on (missing, unreadable, in the
// future), reason (missing or unknown). Result meaningful only when errors.Ok().
ExitFields ValidateExit(const ExitDraft& draft, Date today, Validation& errors);

}  // namespace pacte
