// Demo action templates (demo_offer_templates.hpp): Créer son activité, accéder à l'emploi (IAE
// included).

#include "io/demo/demo_offer_templates.hpp"

namespace pacte::io {
namespace {

constexpr const char* kMinimas = "beneficiaires-des-minimas-sociaux";

}  // namespace

void AddEmploymentTemplates(std::vector<ActionTemplate>& t) {
  t.push_back({"creation",
               "Accompagnement à la création d'entreprise",
               "Du projet à l'immatriculation : étude de marché, prévisionnel financier, "
               "choix du statut, recherche de financements (prêt d'honneur, microcrédit) et "
               "préparation au lancement, avec un conseiller dédié et des ateliers collectifs "
               "thématiques.",
               "creer_activite",
               4,
               "accompagnement",
               {"creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
                "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               3,
               24,
               false,
               20,
               40,
               40,
               90,
               "",
               "",
               true});
  t.push_back({"creation",
               "Atelier « Devenir micro-entrepreneur »",
               "Deux journées pour comprendre le régime de la micro-entreprise : déclarations, "
               "cotisations, cumul avec le RSA, assurance et facturation, et vérifier si ce "
               "cadre convient à son projet. Un rendez-vous individuel de suivi est proposé "
               "le mois suivant.",
               "creer_activite",
               4,
               "atelier",
               {"creer-une-entreprise--definir-son-projet-de-creation-dentreprise"},
               {kMinimas, "demandeurs-emploi"},
               {},
               14,
               1,
               true,
               12,
               15,
               8,
               20,
               "deux journées consécutives, 9 h 30 – 17 h",
               "",
               false});
  t.push_back({"creation",
               "Couveuse : tester son activité en sécurité",
               "Tester son activité en conditions réelles pendant six à dix-huit mois sans "
               "créer de structure juridique, grâce au contrat d'appui au projet "
               "d'entreprise : facturation sous le numéro de la couveuse, formation à la "
               "gestion et suivi par un chargé d'accompagnement.",
               "creer_activite",
               4,
               "accompagnement",
               {"creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
                "creer-une-entreprise--developper-son-entreprise"},
               {kMinimas, "demandeurs-emploi"},
               {},
               4,
               52,
               false,
               10,
               20,
               40,
               80,
               "",
               "",
               false});
  t.push_back({"creation",
               "Suivi post-création des entrepreneurs au RSA",
               "Suivi des travailleurs indépendants bénéficiaires du RSA pendant les trois "
               "premières années : analyse de l'activité, développement commercial, "
               "obligations fiscales et sociales, pour conduire l'entreprise à dégager un "
               "revenu suffisant.",
               "creer_activite",
               4,
               "accompagnement",
               {"creer-une-entreprise--developper-son-entreprise"},
               {kMinimas},
               {},
               1,
               52,
               false,
               30,
               60,
               50,
               100,
               "",
               "",
               true});
  t.push_back({"iae",
               "Chantier d'insertion espaces verts",
               "Contrat à durée déterminée d'insertion de 26 heures par semaine dans "
               "l'entretien des parcs et jardins, avec un encadrant technique, une "
               "accompagnatrice socioprofessionnelle et des formations (taille, "
               "débroussailleuse, CACES). Objectif : un emploi durable ou une formation à la "
               "sortie.",
               "acceder_emploi",
               3,
               "accompagnement",
               {"trouver-un-emploi--maintien-dans-lemploi",
                "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               26,
               26,
               true,
               10,
               14,
               120,
               250,
               "du lundi au jeudi, 7 h 30 – 15 h",
               "",
               false});
  t.push_back({"iae",
               "Chantier d'insertion bâtiment second œuvre",
               "Contrat à durée déterminée d'insertion dans la rénovation de logements "
               "sociaux : peinture, revêtements, plâtrerie. Encadrement technique, "
               "accompagnement socioprofessionnel et formation aux gestes professionnels "
               "préparent l'accès aux entreprises du bâtiment.",
               "acceder_emploi",
               3,
               "accompagnement",
               {"trouver-un-emploi--maintien-dans-lemploi",
                "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               26,
               26,
               true,
               10,
               12,
               120,
               250,
               "du lundi au jeudi, 8 h – 15 h 30",
               "",
               false});
  t.push_back({"iae",
               "Ressourcerie : valoriste en atelier chantier d'insertion",
               "Collecte, tri, réparation et vente d'objets de réemploi dans une ressourcerie : "
               "un contrat d'insertion pour acquérir les compétences de la logistique, de la "
               "vente et de l'accueil, avec un accompagnement vers l'emploi tout au long du "
               "parcours.",
               "acceder_emploi",
               3,
               "accompagnement",
               {"trouver-un-emploi--maintien-dans-lemploi",
                "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               26,
               26,
               true,
               8,
               12,
               100,
               200,
               "du mardi au vendredi, 9 h – 16 h",
               "",
               false});
  t.push_back({"iae",
               "Entreprise d'insertion : propreté et logistique",
               "Emploi salarié en entreprise d'insertion, de 4 à 24 mois, sur des postes "
               "d'agent de propreté ou de préparateur de commandes, avec un accompagnement "
               "socioprofessionnel et des formations qualifiantes pour rejoindre ensuite une "
               "entreprise classique.",
               "acceder_emploi",
               3,
               "accompagnement",
               {"trouver-un-emploi--maintien-dans-lemploi"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               30,
               26,
               false,
               10,
               20,
               80,
               160,
               "",
               "",
               false});
  t.push_back({"iae",
               "Mises à disposition en association intermédiaire",
               "Missions de travail rémunérées chez des particuliers, des collectivités et des "
               "entreprises (ménage, manutention, espaces verts), avec un accompagnement pour "
               "augmenter progressivement le volume d'heures et accéder à un emploi durable.",
               "acceder_emploi",
               3,
               "accompagnement",
               {"trouver-un-emploi--maintien-dans-lemploi",
                "trouver-un-emploi--repondre-a-des-offres-demploi"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               15,
               26,
               false,
               20,
               40,
               40,
               90,
               "",
               "",
               false});
  t.push_back({"emploi",
               "Job dating et recrutement accompagné",
               "Préparation collective puis rencontres directes avec des employeurs qui "
               "recrutent dans la propreté, la restauration, le transport, la sécurité et "
               "l'aide à la personne. Suivi des candidatures et accompagnement dans les "
               "premières semaines en poste.",
               "acceder_emploi",
               6,
               "atelier",
               {"trouver-un-emploi--repondre-a-des-offres-demploi",
                "trouver-un-emploi--convaincre-un-recruteur-en-entretien"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               10,
               2,
               true,
               15,
               20,
               10,
               25,
               "lundi et mardi, 9 h – 14 h",
               "",
               false});
  t.push_back({"emploi",
               "Médiation active vers l'emploi",
               "Un chargé de relations entreprises rapproche directement les candidats des "
               "offres non publiées du territoire, prépare les mises en relation, négocie les "
               "conditions d'accueil et suit la personne et l'employeur pendant les six "
               "premiers mois.",
               "acceder_emploi",
               6,
               "accompagnement",
               {"trouver-un-emploi--faire-des-candidatures-spontanees",
                "trouver-un-emploi--maintien-dans-lemploi"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               3,
               26,
               false,
               25,
               50,
               60,
               130,
               "",
               "",
               false});
  t.push_back({"emploi",
               "Parcours emploi compétences : accès au contrat aidé",
               "Repérage des employeurs du secteur non marchand, préparation des candidats et "
               "suivi du parcours emploi compétences (contrat aidé associant emploi, "
               "formation et accompagnement), jusqu'à la sortie vers un emploi pérenne.",
               "acceder_emploi",
               5,
               "accompagnement",
               {"trouver-un-emploi--repondre-a-des-offres-demploi",
                "trouver-un-emploi--maintien-dans-lemploi"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               20,
               26,
               false,
               15,
               30,
               30,
               70,
               "",
               "",
               false});
  t.push_back({"emploi",
               "Clauses sociales : emplois des marchés publics",
               "Accès aux heures d'insertion des marchés publics du département et des villes "
               "(chantiers du Grand Paris Express, rénovation urbaine, propreté) : "
               "positionnement sur les postes, préparation à l'embauche et suivi dans "
               "l'entreprise attributaire.",
               "acceder_emploi",
               6,
               "accompagnement",
               {"trouver-un-emploi--repondre-a-des-offres-demploi",
                "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs"},
               {kMinimas, "demandeurs-emploi", "residents-qpv-frr"},
               {"emploi"},
               35,
               26,
               false,
               20,
               40,
               40,
               80,
               "",
               "",
               false});
  t.push_back({"emploi",
               "Maintien dans l'emploi : suivi des premiers mois",
               "Suivi de la personne et de l'employeur pendant les six premiers mois d'un "
               "nouvel emploi : intégration dans l'équipe, organisation personnelle, "
               "résolution rapide des difficultés (garde, transport, santé) pour sécuriser "
               "la reprise d'activité.",
               "acceder_emploi",
               6,
               "accompagnement",
               {"trouver-un-emploi--maintien-dans-lemploi"},
               {kMinimas},
               {"emploi"},
               1,
               26,
               false,
               25,
               50,
               25,
               60,
               "",
               "",
               true});
}

}  // namespace pacte::io
