#include "io/demo/demo_offer_templates.hpp"

namespace pacte::io {
namespace {

constexpr const char* kMinimas = "beneficiaires-des-minimas-sociaux";

// Lever les freins sociaux: mobility, language, digital.
void AddBasicTemplates(std::vector<ActionTemplate>& t) {
  t.push_back({"mobilite",
               "Auto-école sociale : permis B accompagné",
               "Préparation au code et à la conduite avec des moniteurs formés à la pédagogie "
               "adaptée, pour des personnes dont l'absence de permis freine l'accès à l'emploi. "
               "Le parcours comprend un bilan mobilité, des séances de code en petit groupe, "
               "des leçons de conduite et l'accompagnement à l'examen.",
               "lever_freins_sociaux",
               8,
               "formation",
               {"mobilite--preparer-un-permis", "mobilite--financer-ma-mobilite"},
               {kMinimas, "demandeurs-emploi"},
               {"mobilite"},
               6,
               26,
               true,
               8,
               10,
               60,
               120,
               "mardi et vendredi, 9 h – 12 h",
               "Participation de 50 € au passage de l'examen, "
               "prise en charge possible par l'aide départementale à la mobilité.",
               false});
  t.push_back({"mobilite",
               "Code de la route : préparation intensive",
               "Quatre semaines pour préparer l'épreuve théorique générale du permis : tests "
               "blancs, explications des règles, méthode pour apprendre et gestion du stress. "
               "Les participants disposent d'un accès en ligne aux séries de questions entre "
               "les séances et passent l'examen à l'issue de la session.",
               "lever_freins_sociaux",
               8,
               "formation",
               {"mobilite--preparer-un-permis"},
               {kMinimas},
               {"mobilite"},
               12,
               4,
               true,
               10,
               14,
               15,
               35,
               "du lundi au jeudi, 9 h 30 – 12 h 30",
               "",
               true});
  t.push_back({"mobilite",
               "Location solidaire de véhicules et deux-roues",
               "Mise à disposition de voitures, scooters et vélos à assistance électrique à "
               "tarif solidaire pour se rendre à un emploi, une formation ou un entretien, "
               "le temps de trouver une solution durable. Un conseiller mobilité étudie avec la "
               "personne ses trajets et les aides existantes.",
               "lever_freins_sociaux",
               8,
               "aide-materielle",
               {"mobilite--acceder-a-un-vehicule", "mobilite--financer-ma-mobilite"},
               {kMinimas, "demandeurs-emploi"},
               {"mobilite"},
               0,
               12,
               false,
               15,
               30,
               40,
               80,
               "",
               "De 2 à 5 € par jour selon le véhicule, sur présentation du contrat de travail "
               "ou de la convocation.",
               false});
  t.push_back({"mobilite",
               "Garage solidaire : entretien et réparation à coût réduit",
               "Réparation et entretien des véhicules des personnes en parcours d'insertion, au "
               "prix des pièces et d'une main-d'œuvre solidaire, pour conserver le moyen de "
               "transport indispensable à la reprise d'activité. Ateliers d'auto-réparation "
               "encadrés par un mécanicien le samedi matin.",
               "lever_freins_sociaux",
               8,
               "aide-materielle",
               {"mobilite--entretenir-reparer-son-vehicule"},
               {kMinimas},
               {"mobilite"},
               0,
               8,
               false,
               10,
               20,
               25,
               50,
               "",
               "Pièces à la charge de la personne, main-d'œuvre "
               "facturée 10 € de l'heure.",
               false});
  t.push_back({"mobilite",
               "Bilan mobilité et apprentissage des transports en commun",
               "Diagnostic des capacités de déplacement, lecture de plans et d'horaires, "
               "trajets accompagnés en bus, tramway et RER, information sur les tarifs "
               "solidaires Navigo. L'action s'adresse aux personnes qui n'osent pas se déplacer "
               "hors de leur quartier ou ne connaissent pas le réseau francilien.",
               "lever_freins_sociaux",
               8,
               "accompagnement",
               {"mobilite--etre-accompagne-dans-son-parcours-mobilite",
                "mobilite--mobilite-douce-partagee-collective"},
               {kMinimas, "personnes-exilees"},
               {"mobilite"},
               3,
               6,
               true,
               8,
               12,
               20,
               40,
               "mercredi, 9 h 30 – 12 h 30",
               "",
               false});
  t.push_back({"langue",
               "Ateliers sociolinguistiques (ASL)",
               "Apprendre le français de la vie quotidienne à partir de situations réelles : "
               "école des enfants, santé, transports, démarches administratives. Les ateliers "
               "en petits groupes alternent oral, lecture et écriture et se prolongent par des "
               "sorties dans les services publics du quartier.",
               "lever_freins_sociaux",
               13,
               "atelier",
               {"lecture-ecriture-calcul--maitriser-le-francais"},
               {kMinimas, "personnes-exilees", "femmes"},
               {"maitrise_langue"},
               6,
               30,
               true,
               10,
               14,
               25,
               55,
               "lundi, mardi et jeudi, 9 h – 11 h",
               "",
               false});
  t.push_back({"langue",
               "Français langue étrangère à visée professionnelle",
               "Formation linguistique orientée vers l'emploi : vocabulaire des métiers en "
               "tension, consignes de sécurité, échanges avec les collègues et la hiérarchie, "
               "préparation au DELF A2 ou B1. Un stage d'observation en entreprise permet de "
               "mettre en pratique les acquis.",
               "lever_freins_sociaux",
               13,
               "formation",
               {"lecture-ecriture-calcul--maitriser-le-francais"},
               {kMinimas, "personnes-exilees"},
               {"maitrise_langue", "emploi"},
               12,
               16,
               true,
               12,
               15,
               45,
               90,
               "du lundi au jeudi, 9 h – 12 h",
               "",
               false});
  t.push_back({"langue",
               "Savoirs de base : lire, écrire, compter au quotidien",
               "Remise à niveau des compétences de base pour des personnes francophones en "
               "situation d'illettrisme : lecture de documents courants, écriture de messages "
               "simples, calcul pour gérer son budget. Pédagogie individualisée en petits "
               "groupes avec un formateur spécialisé.",
               "lever_freins_sociaux",
               13,
               "formation",
               {"lecture-ecriture-calcul--maitriser-le-francais",
                "lecture-ecriture-calcul--maitriser-le-calcul"},
               {kMinimas},
               {"maitrise_langue", "formation"},
               9,
               20,
               true,
               8,
               12,
               30,
               60,
               "mardi, mercredi et vendredi, 9 h – 12 h",
               "",
               false});
  t.push_back({"numerique",
               "Premiers pas numériques : ordinateur, smartphone et messagerie",
               "Ateliers pour découvrir l'ordinateur et le smartphone, créer et utiliser une "
               "adresse électronique, naviguer en sécurité et classer ses documents. Chaque "
               "participant repart avec une boîte mail active et un espace de stockage de ses "
               "justificatifs.",
               "lever_freins_sociaux",
               13,
               "atelier",
               {"numerique--maitriser-les-fondamentaux-du-numerique"},
               {kMinimas, "seniors"},
               {"numerique"},
               4,
               8,
               true,
               8,
               10,
               15,
               30,
               "mardi et jeudi, 14 h – 16 h",
               "",
               false});
  t.push_back({"numerique",
               "Équipement informatique reconditionné et connexion solidaire",
               "Ordinateurs portables reconditionnés et forfaits internet à tarif solidaire "
               "pour les personnes en parcours d'insertion, avec une prise en main de "
               "l'équipement et l'installation des applications utiles à la recherche d'emploi "
               "et aux démarches.",
               "lever_freins_sociaux",
               13,
               "aide-materielle",
               {"numerique--acquerir-un-equipement", "numerique--acceder-a-une-connexion-internet"},
               {kMinimas},
               {"numerique"},
               0,
               4,
               false,
               20,
               40,
               20,
               40,
               "",
               "Ordinateur à 50 €, payable en plusieurs fois.",
               false});
  t.push_back(
      {"numerique",
       "Démarches en ligne accompagnées",
       "Un médiateur numérique aide à réaliser les démarches en ligne auprès de la CAF, "
       "de France Travail, de l'Assurance maladie et des impôts, tout en apprenant à "
       "les refaire seul. Permanences sans rendez-vous et rendez-vous individuels pour "
       "les démarches longues.",
       "lever_freins_sociaux",
       14,
       "accompagnement",
       {"numerique--acceder-a-des-services-en-ligne",
        "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"},
       {"tous-publics"},
       {"numerique", "difficulte_administrative"},
       2,
       8,
       false,
       20,
       40,
       20,
       45,
       "",
       "",
       false});
}

}  // namespace

const std::vector<ActionTemplate>& DemoActionTemplates() {
  static const std::vector<ActionTemplate> all = [] {
    std::vector<ActionTemplate> t;
    AddBasicTemplates(t);
    AddSocialTemplates(t);
    AddProjectTemplates(t);
    AddEmploymentTemplates(t);
    return t;
  }();
  return all;
}

}  // namespace pacte::io
