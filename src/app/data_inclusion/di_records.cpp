#include "app/data_inclusion/di_records.hpp"

#include <cmath>

namespace pacte::app {
namespace {

bool Near(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::fabs(*a - *b) < 1e-6;
}

}  // namespace

bool SameStructure(const DiStructure& a, const DiStructure& b) {
  return a.di_id == b.di_id && a.di_source == b.di_source && a.name == b.name &&
         a.description == b.description && a.siret == b.siret && a.site_web == b.site_web &&
         a.lien_source == b.lien_source && a.horaires_accueil == b.horaires_accueil &&
         a.accessibilite_lieu == b.accessibilite_lieu && a.adresse == b.adresse &&
         a.complement_adresse == b.complement_adresse && a.code_postal == b.code_postal &&
         a.telephone == b.telephone && a.courriel == b.courriel &&
         a.commune_code == b.commune_code && Near(a.latitude, b.latitude) &&
         Near(a.longitude, b.longitude) && a.reseaux_porteurs == b.reseaux_porteurs &&
         a.date_maj == b.date_maj;
}

bool SameService(const DiService& a, const DiService& b) {
  return a.di_id == b.di_id && a.di_source == b.di_source &&
         a.structure_di_id == b.structure_di_id && a.name == b.name &&
         a.description == b.description && a.date_maj == b.date_maj && a.type == b.type &&
         a.frais == b.frais && a.frais_precisions == b.frais_precisions &&
         a.publics_precisions == b.publics_precisions &&
         a.conditions_acces == b.conditions_acces && a.adresse == b.adresse &&
         a.complement_adresse == b.complement_adresse && a.commune_code == b.commune_code &&
         a.code_postal == b.code_postal && a.telephone == b.telephone &&
         a.courriel == b.courriel && a.contact_nom_prenom == b.contact_nom_prenom &&
         a.lien_source == b.lien_source && a.lien_mobilisation == b.lien_mobilisation &&
         a.mobilisation_precisions == b.mobilisation_precisions &&
         a.horaires_accueil == b.horaires_accueil && Near(a.latitude, b.latitude) &&
         Near(a.longitude, b.longitude) &&
         Near(a.volume_horaire_hebdomadaire, b.volume_horaire_hebdomadaire) &&
         a.nombre_semaines == b.nombre_semaines && a.thematiques == b.thematiques &&
         a.publics == b.publics && a.modes_accueil == b.modes_accueil &&
         a.modes_mobilisation == b.modes_mobilisation && a.mobilisable_par == b.mobilisable_par &&
         a.zone_communes == b.zone_communes && a.zone_departements == b.zone_departements &&
         a.zone_epcis == b.zone_epcis && a.zone_france == b.zone_france;
}

bool Geography::IsInDepartement(const std::string& insee) const {
  if (insee.size() != 5) return false;
  return departements.contains(insee.substr(0, 2)) || departements.contains(insee.substr(0, 3));
}

std::string_view RecordKindCode(RecordKind k) {
  switch (k) {
    case RecordKind::kStructure: return "structure";
    case RecordKind::kService: return "service";
    case RecordKind::kUnknown: break;
  }
  return "";
}

std::string_view RecordOutcomeCode(RecordOutcome o) {
  switch (o) {
    case RecordOutcome::kCreated: return "cree";
    case RecordOutcome::kUpdated: return "mis_a_jour";
    case RecordOutcome::kUnchanged: return "inchange";
    case RecordOutcome::kRejected: break;
  }
  return "rejete";
}

std::string_view RecordOutcomeLabel(RecordOutcome o, bool dry_run) {
  switch (o) {
    case RecordOutcome::kCreated: return dry_run ? "serait créé" : "créé";
    case RecordOutcome::kUpdated: return dry_run ? "serait mis à jour" : "mis à jour";
    case RecordOutcome::kUnchanged: return "inchangé";
    case RecordOutcome::kRejected: break;
  }
  return "rejeté";
}

}  // namespace pacte::app
