#include "web/html/personal_data/personal_data_labels.hpp"

#include <map>

namespace pacte::web {

std::string SectionTitle(const std::string& key) {
  static const std::map<std::string, std::string> kTitles{
      {"person", "Identité"},
      {"household", "Foyer"},
      {"rights_history", "Historique des droits"},
      {"orientations", "Orientations"},
      {"reorientation_requests", "Demandes de réorientation"},
      {"referent_assignments", "Référents"},
      {"diagnostics", "Diagnostics"},
      {"diagnostic_items", "Freins relevés dans les diagnostics"},
      {"contracts", "Contrats"},
      {"contract_actions", "Actions des contrats"},
      {"appointments", "Rendez-vous"},
      {"notes", "Notes"},
      {"exits", "Sorties"},
      {"parcours_reviews", "Revues du parcours"},
      {"audit_events", "Journal des accès et modifications"}};
  auto it = kTitles.find(key);
  return it == kTitles.end() ? key : it->second;
}

std::string ColumnLabel(const std::string& column) {
  static const std::map<std::string, std::string> kLabels{
      {"id", "N°"}, {"household_id", "Foyer"}, {"role", "Rôle dans le foyer"},
      {"civility", "Civilité"}, {"first_name", "Prénom"}, {"last_name", "Nom"},
      {"birth_name", "Nom de naissance"}, {"birth_date", "Date de naissance"}, {"sex", "Sexe"},
      {"nir", "NIR"}, {"caf_number", "N° allocataire"}, {"internal_id", "Identifiant interne"},
      {"email", "Courriel"}, {"phone", "Téléphone"}, {"address", "Adresse"},
      {"commune_code", "Commune (code INSEE)"}, {"created_at", "Créé le"},
      {"updated_at", "Modifié le"}, {"anonymised_at", "Anonymisé le"},
      {"numdemrsa", "N° de demande RSA"}, {"caf_matricule", "Matricule CAF/MSA"},
      {"paying_body", "Organisme payeur"}, {"valid_from", "Depuis le"},
      {"valid_to", "Jusqu'au"}, {"etatdosrsa", "État du droit"},
      {"dd_flag", "Droits et devoirs"}, {"suspension_reason", "Motif de suspension"},
      {"closure_reason", "Motif de clôture"}, {"closure_date", "Date de clôture"},
      {"homeless", "Sans domicile fixe"}, {"source", "Source"},
      {"recorded_at", "Enregistré le"}, {"superseded_at", "Corrigé le"},
      {"decided_on", "Décidé le"}, {"decided_by", "Décideur"}, {"parcours", "Parcours"},
      {"structure_id", "Structure"}, {"reason", "Motif"}, {"criteria", "Critères"},
      {"is_reorientation", "Réorientation"}, {"previous_orientation_id", "Orientation précédente"},
      {"orientation_id", "Orientation"}, {"requested_on", "Demandée le"}, {"motive", "Motif"},
      {"proposed_parcours", "Parcours proposé"}, {"proposed_structure_id", "Structure proposée"},
      {"status", "Statut"}, {"decision_reason", "Motif de la décision"},
      {"resulting_orientation_id", "Orientation décidée"}, {"agent_id", "Agent"},
      {"end_reason", "Motif de fin"}, {"made_on", "Date"}, {"driving_licence", "Permis"},
      {"vehicle", "Véhicule"}, {"qualification_level", "Niveau de qualification"},
      {"professional_project", "Projet professionnel"}, {"rome_code", "Code ROME"},
      {"comment", "Commentaire"}, {"diagnostic_id", "Diagnostic"}, {"theme", "Thème"},
      {"situation_code", "Situation"}, {"impact", "Impact"}, {"type", "Type"},
      {"signed_on", "Signé le"}, {"starts_on", "Début"}, {"ends_on", "Fin"},
      {"weekly_hours", "Heures par semaine"}, {"exemption_reason", "Motif de dispense"},
      {"objectives", "Objectifs"}, {"referent_agent_id", "Référent"},
      {"renews_contract_id", "Renouvelle le contrat"}, {"closed_on", "Clos le"},
      {"contract_id", "Contrat"}, {"position", "Ordre"}, {"label", "Libellé"},
      {"action_type", "Type d'action"}, {"catalogue_action_id", "Action du catalogue"},
      {"prescription_id", "Prescription"}, {"starts_at", "Date et heure"},
      {"duration_minutes", "Durée (minutes)"}, {"mode", "Modalité"}, {"place", "Lieu"},
      {"motive_code", "Motif"}, {"author_id", "Auteur"}, {"visibility", "Visibilité"},
      {"body", "Texte"}, {"exited_on", "Date de sortie"}, {"reviewed_on", "Date"},
      {"kind", "Type"}, {"outcome", "Conclusion"}, {"at", "Date et heure"},
      {"action", "Action"}, {"object_type", "Objet"}, {"object_id", "N° de l'objet"},
      {"details", "Détails"}};
  auto it = kLabels.find(column);
  return it == kLabels.end() ? column : it->second;
}

}  // namespace pacte::web
