// The French definitions of the OARSA tables (page, workbook, CLI): the same rules as
// domain/stats/oarsa.hpp and oarsa_breakdown.hpp, written for the reader.

#include "app/stats/oarsa_report.hpp"

namespace pacte::app {

const std::vector<std::pair<std::string, std::string>>& OarsaDefinitions() {
  static const std::vector<std::pair<std::string, std::string>> kDefinitions{
      {"Date et population",
       "Stock au 31 décembre de l'année N, tel que connu à cette date (historique des droits "
       "enregistré au plus tard le 31/12 à 23 h 59). Population : personnes soumises aux "
       "droits et devoirs (toppersdrodevorsa = 1) dans un foyer dont le droit est ouvert et "
       "versable (etatdosrsa = 2) au 31/12 ; un droit suspendu ou clos n'en fait pas partie."},
      {"Ventilations",
       "Âge au 31/12 en années révolues ; sexe ; situation familiale de la ligne de droits "
       "couvrant le 31/12 ; ancienneté dans le RSA depuis la dernière entrée en droits et "
       "devoirs, en mois calendaires (moins de 6 mois tant que le 31/12 précède l'entrée + 6 "
       "mois, etc.) ; niveau de formation du dernier diagnostic. Chaque ventilation a une "
       "modalité « Inconnu »."},
      {"Orientation (tableau 1)",
       "Une personne est orientée lorsqu'une orientation vers un organisme référent a été "
       "décidée au plus tard le 31/12, même sans référent nommé ; la dernière orientation "
       "décidée compte. Orientés = Total − Non orientés. Une catégorie d'organisme inconnue "
       "est comptée en « Autre organisme hors SPE »."},
      {"Contrats (tableau 2)",
       "Contrat en cours de validité au 31/12 : signé au plus tard le 31/12, commencé, non "
       "terminé (date de fin incluse) et non résilié au 31/12. Orientés vers France Travail : "
       "un PPAE ou un contrat d'engagement valide vaut inscription (pacte ne reçoit pas le "
       "fichier des inscrits de France Travail). Orientés ailleurs : un CER (social, "
       "professionnel) ou un contrat d'engagement valide."},
      {"Durée des CER (tableau 3)",
       "CER valides des personnes orientées hors France Travail, selon la durée inscrite (du "
       "début à la fin incluse) : au moins k mois lorsque le lendemain de la fin atteint le "
       "début + k mois calendaires (du 01/01 au 30/06 : 6 mois)."},
      {"Actions des CER (tableau 4)",
       "Pour chacun des 15 types d'actions de la DREES, nombre de CER valides (ceux du "
       "tableau 3) comportant au moins une action de ce type ; un CER compte dans plusieurs "
       "colonnes, d'où l'absence de total par ligne."},
      {"Entrants (tableau 5)",
       "Personnes dont la dernière entrée en droits et devoirs a eu lieu pendant l'année N et "
       "qui sont soumises aux droits et devoirs au 31/12. Primo-orientation : la première "
       "orientation décidée depuis cette entrée et au plus tard le 31/12. Primo-CER : le "
       "premier contrat signé depuis la primo-orientation, lorsqu'il s'agit d'un CER, pour "
       "les primo-orientés hors France Travail. Délais en jours calendaires (moyenne, comme "
       "la DREES, et médiane) ; la date du CER est sa signature."},
      {"Réorientations (tableau 6)",
       "Orientations décidées pendant l'année N qui succèdent à une orientation de la même "
       "période de droits et devoirs, pour les personnes soumises aux droits et devoirs au "
       "31/12, selon le sens entre le service public de l'emploi (France Travail, missions "
       "locales, Cap emploi, IAE…) et les organismes hors SPE. Une personne réorientée deux "
       "fois compte deux fois."},
      {"Secret statistique",
       "Pour les lecteurs qui n'ont pas accès aux données individuelles, les effectifs non "
       "nuls inférieurs au seuil (11 par défaut) sont masqués et notés « s », de même que les "
       "taux et délais calculés sur moins de personnes que ce seuil."},
  };
  return kDefinitions;
}

}  // namespace pacte::app
