#include "io/demo/demo_catalog.hpp"

namespace pacte::io {
namespace {

DemoStructure Referent(std::string name, std::string commune, std::string category) {
  return DemoStructure{std::move(name), std::move(commune), true, false, std::move(category)};
}
DemoStructure Operator(std::string name, std::string commune, std::string category) {
  return DemoStructure{std::move(name), std::move(commune), false, true, std::move(category)};
}
DemoStructure Both(std::string name, std::string commune, std::string category) {
  return DemoStructure{std::move(name), std::move(commune), true, true, std::move(category)};
}

}  // namespace

const std::vector<DemoInstitution>& DemoInstitutions() {
  static const std::vector<DemoInstitution> all{
      {"Conseil départemental des Hauts-de-Seine", "departement", true, "Président du Conseil départemental",
       {Referent("Direction de l'insertion et de l'emploi", "92050", "departement"),
        Referent("Espace départemental d'actions sociales de Nanterre", "92050", "departement"),
        Referent("Espace départemental d'actions sociales de Gennevilliers", "92036", "departement"),
        Referent("Espace départemental d'actions sociales de Colombes", "92025", "departement"),
        Referent("Espace départemental d'actions sociales d'Asnières-sur-Seine", "92004", "departement"),
        Referent("Espace départemental d'actions sociales de Clichy", "92024", "departement"),
        Referent("Espace départemental d'actions sociales de Boulogne-Billancourt", "92012", "departement"),
        Referent("Espace départemental d'actions sociales d'Issy-les-Moulineaux", "92040", "departement"),
        Referent("Espace départemental d'actions sociales de Bagneux", "92007", "departement"),
        Referent("Espace départemental d'actions sociales de Clamart", "92023", "departement"),
        Referent("Espace départemental d'actions sociales d'Antony", "92002", "departement"),
        Referent("Espace départemental d'actions sociales de Rueil-Malmaison", "92063", "departement"),
        Referent("Espace départemental d'actions sociales de Villeneuve-la-Garenne", "92078", "departement")}},
      {"Préfecture des Hauts-de-Seine", "etat", true, "Préfet des Hauts-de-Seine", {}},
      {"Direction départementale de l'emploi, du travail et des solidarités des Hauts-de-Seine", "etat", true,
       "Directeur départemental", {}},
      {"France Travail Hauts-de-Seine", "france_travail", true, "Directeur territorial",
       {Referent("Agence France Travail Nanterre", "92050", "france_travail"),
        Referent("Agence France Travail Gennevilliers", "92036", "france_travail"),
        Referent("Agence France Travail Colombes", "92025", "france_travail"),
        Referent("Agence France Travail Asnières-sur-Seine", "92004", "france_travail"),
        Referent("Agence France Travail Boulogne-Billancourt", "92012", "france_travail"),
        Referent("Agence France Travail Issy-les-Moulineaux", "92040", "france_travail"),
        Referent("Agence France Travail Bagneux", "92007", "france_travail"),
        Referent("Agence France Travail Antony", "92002", "france_travail"),
        Referent("Agence France Travail Rueil-Malmaison", "92063", "france_travail"),
        Referent("Agence France Travail Courbevoie", "92026", "france_travail")}},
      {"Caisse d'allocations familiales des Hauts-de-Seine", "caf", true, "Directeur général",
       {Referent("CAF — accueil de Nanterre", "92050", "caf"),
        Referent("CAF — accueil de Montrouge", "92049", "caf")}},
      {"Caisse primaire d'assurance maladie des Hauts-de-Seine", "cpam", true, "Directeur général",
       {Operator("CPAM — mission accompagnement santé", "92050", "autre_hors_spe")}},
      {"Agence régionale de santé d'Île-de-France (délégation des Hauts-de-Seine)", "ars", true,
       "Délégué départemental", {}},
      {"Région Île-de-France", "region", true, "Présidente du Conseil régional",
       {Operator("Région — espace formation Hauts-de-Seine", "92026", "autre_spe")}},
      {"Mutualité sociale agricole d'Île-de-France", "msa", true, "Directeur général", {}},
      {"Ville de Nanterre", "commune", true, "Maire",
       {Both("CCAS de Nanterre", "92050", "ccas_cias")}},
      {"Ville de Gennevilliers", "commune", true, "Maire",
       {Both("CCAS de Gennevilliers", "92036", "ccas_cias")}},
      {"Ville de Colombes", "commune", true, "Maire", {Both("CCAS de Colombes", "92025", "ccas_cias")}},
      {"Ville de Bagneux", "commune", true, "Maire", {Both("CCAS de Bagneux", "92007", "ccas_cias")}},
      {"Ville de Clichy", "commune", true, "Maire", {Both("CCAS de Clichy", "92024", "ccas_cias")}},
      {"Mission locale des Hauts-de-Seine Nord", "mission_locale", true, "Présidente",
       {Both("Mission locale — Gennevilliers", "92036", "mission_locale"),
        Both("Mission locale — Asnières-sur-Seine", "92004", "mission_locale")}},
      {"Mission locale Rives de Seine", "mission_locale", true, "Président",
       {Both("Mission locale — Nanterre", "92050", "mission_locale"),
        Both("Mission locale — Rueil-Malmaison", "92063", "mission_locale")}},
      {"Mission locale Archipel", "mission_locale", false, "",
       {Both("Mission locale — Bagneux", "92007", "mission_locale")}},
      {"Cap emploi 92", "cap_emploi", true, "Directrice",
       {Both("Cap emploi 92", "92050", "mde_plie_cap_emploi")}},
      {"Chambre de commerce et d'industrie Paris Île-de-France (Hauts-de-Seine)", "chambre", true,
       "Président de la délégation",
       {Operator("CCI — pôle création d'entreprise", "92050", "creation_entreprise")}},
      {"Chambre de métiers et de l'artisanat d'Île-de-France (Hauts-de-Seine)", "chambre", true,
       "Président de la délégation",
       {Operator("CMA — centre de formalités et d'accompagnement", "92050", "creation_entreprise")}},
      {"Union départementale des associations familiales des Hauts-de-Seine", "association", true, "Président",
       {Operator("UDAF — points conseil budget", "92050", "autre_hors_spe")}},
      {"Fédération des acteurs de la solidarité Île-de-France", "association", true, "Présidente", {}},
      {"PLIE Boucle Nord de Seine", "association", false, "",
       {Both("PLIE Boucle Nord — Colombes", "92025", "mde_plie_cap_emploi"),
        Both("PLIE Boucle Nord — Villeneuve-la-Garenne", "92078", "mde_plie_cap_emploi")}},
      {"PLIE Vallée Sud", "association", false, "",
       {Both("PLIE Vallée Sud — Clamart", "92023", "mde_plie_cap_emploi")}},
      {"Association Chantiers Seine et Parcs", "association", false, "",
       {Operator("Chantier d'insertion espaces verts — Gennevilliers", "92036", "iae"),
        Operator("Chantier d'insertion bâtiment second œuvre — Colombes", "92025", "iae")}},
      {"Ressourcerie de la Boucle", "association", false, "",
       {Operator("Ressourcerie — atelier chantier d'insertion", "92004", "iae")}},
      {"Entreprise d'insertion Services 92", "entreprise", false, "",
       {Operator("Entreprise d'insertion — propreté et logistique", "92050", "iae")}},
      {"Couveuse d'entreprises Hauts-de-Seine Initiative", "association", false, "",
       {Operator("Couveuse d'entreprises — Boulogne-Billancourt", "92012", "creation_entreprise")}},
      {"Association Mobilité Solidaire 92", "association", false, "",
       {Operator("Plateforme mobilité — auto-école sociale", "92050", "autre_hors_spe"),
        Operator("Plateforme mobilité — garage solidaire", "92078", "autre_hors_spe")}},
      {"Association Lire Écrire Compter", "association", false, "",
       {Operator("Ateliers sociolinguistiques — Gennevilliers", "92036", "autre_hors_spe"),
        Operator("Ateliers sociolinguistiques — Bagneux", "92007", "autre_hors_spe")}},
      {"Association Connexions Numériques", "association", false, "",
       {Operator("Espace public numérique — Nanterre", "92050", "autre_hors_spe"),
        Operator("Espace public numérique — Clichy", "92024", "autre_hors_spe")}},
      {"Association Femmes Relais 92", "association", false, "",
       {Both("Femmes Relais — accompagnement global", "92025", "autre_hors_spe")}},
      {"Centre d'hébergement et de réinsertion sociale Les Tilleuls", "association", false, "",
       {Both("CHRS Les Tilleuls", "92002", "autre_hors_spe")}},
      {"GRETA des Hauts-de-Seine", "etat", false, "",
       {Operator("GRETA — formations qualifiantes", "92050", "autre_spe"),
        Operator("GRETA — remise à niveau", "92012", "autre_spe")}},
      {"Maison de l'emploi et de la formation de Rueil", "association", false, "",
       {Both("Maison de l'emploi — Rueil-Malmaison", "92063", "mde_plie_cap_emploi")}},
      {"Groupement d'employeurs pour l'insertion et la qualification 92", "association", false, "",
       {Operator("GEIQ — parcours qualifiants", "92026", "iae")}},
      {"Association Santé Insertion", "association", false, "",
       {Operator("Santé Insertion — bilans et accès aux soins", "92049", "autre_hors_spe")}},
  };
  return all;
}

const std::vector<std::string>& DemoFirstNames() {
  static const std::vector<std::string> names{
      "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Julie", "Nadia", "Fatou",
      "Aïcha", "Sophie", "Claire", "Hélène", "Mélanie", "Amina", "Laura", "Céline", "Nathalie", "Isabelle",
      "Thomas", "Nicolas", "Julien", "Karim", "Mehdi", "Antoine", "Hugo", "Lucas", "Mamadou", "Youssef",
      "Pierre", "François", "Olivier", "Stéphane", "Sébastien", "Rachid", "Moussa", "Éric", "Jérôme", "David"};
  return names;
}

const std::vector<std::string>& DemoLastNames() {
  static const std::vector<std::string> names{
      "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
      "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
      "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
      "Diallo", "Traoré", "Benali", "Haddad", "Nguyen", "Da Silva", "Kone", "Mendy", "Chevalier", "Gauthier"};
  return names;
}

}  // namespace pacte::io
