// Demo action templates (demo_offer_templates.hpp): Lever les freins sociaux: health, budget,
// housing, family, access to rights.

#include "io/demo/demo_offer_templates.hpp"

namespace pacte::io {
namespace {

constexpr const char* kMinimas = "beneficiaires-des-minimas-sociaux";

}  // namespace

void AddSocialTemplates(std::vector<ActionTemplate>& t) {
  t.push_back({"sante",
               "Bilan de santé et accompagnement vers le soin",
               "Bilan de santé complet pris en charge par l'Assurance maladie, mise à jour de "
               "la couverture (complémentaire santé solidaire), choix d'un médecin traitant et "
               "accompagnement physique aux premiers rendez-vous lorsque la santé freine le "
               "retour à l'emploi.",
               "lever_freins_sociaux",
               10,
               "accompagnement",
               {"sante--acces-aux-soins"},
               {kMinimas},
               {"sante"},
               2,
               12,
               false,
               25,
               50,
               40,
               90,
               "",
               "",
               false});
  t.push_back({"sante",
               "Constitution du dossier MDPH et orientation adaptée",
               "Accompagnement des personnes dont l'état de santé limite l'activité : "
               "constitution du dossier auprès de la MDPH, demande de reconnaissance de la "
               "qualité de travailleur handicapé et orientation vers un accompagnement "
               "spécialisé ou un emploi adapté.",
               "lever_freins_sociaux",
               10,
               "accompagnement",
               {"sante--constituer-un-dossier-mdph-invalidite"},
               {kMinimas, "personnes-en-situation-de-handicap"},
               {"sante"},
               2,
               16,
               false,
               15,
               30,
               30,
               60,
               "",
               "",
               false});
  t.push_back({"sante",
               "Groupe de parole et soutien psychologique",
               "Un psychologue anime des groupes de parole et reçoit en entretiens individuels "
               "les personnes que l'isolement, l'anxiété ou un événement de vie empêchent "
               "d'avancer dans leur parcours. L'action facilite si besoin l'orientation vers "
               "le centre médico-psychologique.",
               "lever_freins_sociaux",
               10,
               "atelier",
               {"sante--sante-mentale", "remobilisation--bien-etre-confiance-en-soi"},
               {kMinimas},
               {"sante"},
               2,
               12,
               true,
               8,
               10,
               25,
               45,
               "jeudi, 14 h – 16 h",
               "",
               false});
  t.push_back({"sante",
               "Prévention des addictions et orientation vers le soin",
               "Entretiens avec un intervenant en addictologie, groupes d'échange et liens avec "
               "les centres de soins pour les personnes dont une consommation d'alcool ou de "
               "produits compromet le parcours d'insertion. Accueil confidentiel et sans "
               "jugement.",
               "lever_freins_sociaux",
               10,
               "accompagnement",
               {"sante--addictions"},
               {kMinimas},
               {"sante"},
               2,
               16,
               false,
               12,
               25,
               30,
               60,
               "",
               "",
               false});
  t.push_back({"budget",
               "Point conseil budget : accompagnement budgétaire",
               "Conseil et accompagnement personnalisé pour faire le point sur ses ressources "
               "et ses charges, prévenir les impayés, négocier avec les créanciers et accéder "
               "aux droits non ouverts. Le conseiller propose un suivi de quelques mois "
               "jusqu'au rétablissement d'un budget équilibré.",
               "lever_freins_sociaux",
               11,
               "accompagnement",
               {"difficultes-financieres--ameliorer-sa-gestion-budgetaire",
                "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere"},
               {"tous-publics"},
               {"difficulte_financiere"},
               1,
               12,
               false,
               25,
               50,
               30,
               60,
               "",
               "",
               true});
  t.push_back({"budget",
               "Accompagnement au dossier de surendettement",
               "Aide à la constitution et au suivi du dossier de surendettement auprès de la "
               "Banque de France, information sur les procédures et les recours, et "
               "accompagnement à la reprise d'une gestion budgétaire autonome après la "
               "décision de la commission.",
               "lever_freins_sociaux",
               11,
               "accompagnement",
               {"difficultes-financieres--situation-dendettement-surendettement"},
               {kMinimas},
               {"difficulte_financiere"},
               1,
               16,
               false,
               15,
               30,
               25,
               45,
               "",
               "",
               false});
  t.push_back({"budget",
               "Épicerie solidaire et ateliers cuisine petit budget",
               "Accès à une épicerie solidaire pendant six mois, à 10 à 30 % du prix du "
               "marché, en contrepartie d'un projet : épargne pour le permis, remboursement "
               "d'une dette, équipement du logement. Ateliers cuisine et budget chaque "
               "semaine.",
               "lever_freins_sociaux",
               11,
               "aide-materielle",
               {"equipement-et-alimentation--alimentation",
                "difficultes-financieres--acquerir-une-autonomie-budgetaire"},
               {kMinimas, "familles"},
               {"difficulte_financiere"},
               2,
               26,
               false,
               30,
               60,
               20,
               45,
               "",
               "Achats à 10 à 30 % du prix du marché.",
               false});
  t.push_back({"logement",
               "Accompagnement social lié au logement (ASLL)",
               "Accompagnement individuel pour accéder à un logement ou s'y maintenir : "
               "constitution de la demande de logement social, mobilisation des aides du fonds "
               "de solidarité logement, prévention des expulsions et appropriation du "
               "logement. Mesure de six mois renouvelable.",
               "lever_freins_sociaux",
               9,
               "accompagnement",
               {"logement-hebergement--se-maintenir-dans-le-logement",
                "logement-hebergement--reduire-les-impayes-de-loyer"},
               {kMinimas, "familles"},
               {"logement"},
               1,
               26,
               false,
               20,
               40,
               60,
               120,
               "",
               "",
               false});
  t.push_back({"logement",
               "Ateliers recherche de logement",
               "Cycle d'ateliers pour comprendre les démarches d'accès au logement : demande "
               "de logement social, dossier locatif, garanties Visale et Loca-Pass, droits et "
               "devoirs du locataire. Les participants constituent leur dossier complet au fil "
               "des séances.",
               "lever_freins_sociaux",
               9,
               "atelier",
               {"logement-hebergement--louer-un-logement",
                "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement"},
               {kMinimas},
               {"logement"},
               3,
               6,
               true,
               10,
               12,
               15,
               30,
               "mardi, 14 h – 17 h",
               "",
               false});
  t.push_back({"logement",
               "De l'hébergement au logement : accompagnement renforcé",
               "Pour les personnes sans logement ou hébergées chez des tiers : recherche d'une "
               "solution d'hébergement adaptée, accompagnement vers le logement autonome et "
               "articulation avec le parcours d'insertion professionnelle, en lien avec le "
               "service intégré d'accueil et d'orientation.",
               "lever_freins_sociaux",
               9,
               "accompagnement",
               {"logement-hebergement--rechercher-une-solution-dhebergement-temporaire",
                "logement-hebergement--changer-de-logement"},
               {kMinimas, "personnes-en-situation-durgence"},
               {"logement"},
               2,
               26,
               false,
               10,
               20,
               50,
               110,
               "",
               "",
               false});
  t.push_back({"famille",
               "Solutions de garde pour parents en parcours d'insertion",
               "Places d'accueil du jeune enfant réservées aux parents qui reprennent une "
               "formation ou un emploi, avec un accompagnement du parent vers l'emploi pendant "
               "la période d'accueil. L'action aide aussi à trouver une solution pérenne "
               "(crèche, assistante maternelle).",
               "lever_freins_sociaux",
               12,
               "accompagnement",
               {"famille--garde-denfants"},
               {kMinimas, "familles", "femmes"},
               {"contraintes_familiales"},
               0,
               26,
               false,
               8,
               15,
               40,
               90,
               "",
               "",
               false});
  t.push_back({"famille",
               "Parentalité et conciliation vie familiale et professionnelle",
               "Ateliers collectifs pour organiser le quotidien familial avec une reprise "
               "d'activité : modes de garde, horaires, soutien aux devoirs, relais familiaux. "
               "Un temps d'échange entre parents et des entretiens individuels complètent les "
               "séances.",
               "lever_freins_sociaux",
               12,
               "atelier",
               {"famille--soutien-a-la-parentalite-et-a-leducation", "famille--garde-denfants"},
               {kMinimas, "familles"},
               {"contraintes_familiales"},
               3,
               8,
               true,
               8,
               12,
               15,
               30,
               "lundi, 9 h 30 – 11 h 30",
               "",
               false});
  t.push_back({"famille",
               "Vers l'autonomie après les violences conjugales",
               "Accompagnement global des femmes victimes de violences conjugales : mise en "
               "sécurité, démarches juridiques, accès au logement et aux droits, puis "
               "construction d'un projet professionnel à leur rythme, avec une référente "
               "unique.",
               "lever_freins_sociaux",
               12,
               "accompagnement",
               {"famille--surmonter-conflits-separation-violence"},
               {"femmes"},
               {"contraintes_familiales", "logement"},
               2,
               26,
               false,
               10,
               20,
               40,
               80,
               "",
               "",
               false});
  t.push_back(
      {"droits",
       "Permanence d'accès aux droits et écrivain public",
       "Aide à la compréhension des courriers, à la rédaction des réponses et au "
       "montage des dossiers administratifs : ouverture des droits sociaux, "
       "retraite, impôts, titres de transport. Permanences avec et sans rendez-vous "
       "plusieurs demi-journées par semaine.",
       "lever_freins_sociaux",
       14,
       "accompagnement",
       {"difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"},
       {"tous-publics"},
       {"difficulte_administrative"},
       1,
       8,
       false,
       30,
       60,
       15,
       35,
       "",
       "",
       false});
  t.push_back(
      {"droits",
       "Droits des étrangers : titres de séjour et accès à l'emploi",
       "Information juridique et accompagnement des personnes étrangères dans le "
       "renouvellement de leur titre de séjour, la reconnaissance de leurs diplômes et "
       "l'accès à l'emploi, avec des juristes spécialisés et des interprètes si "
       "besoin.",
       "lever_freins_sociaux",
       14,
       "information",
       {"difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
        "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete"},
       {"personnes-exilees"},
       {"difficulte_administrative"},
       1,
       8,
       false,
       20,
       40,
       20,
       40,
       "",
       "",
       false});
  t.push_back(
      {"droits",
       "Consultations juridiques gratuites",
       "Consultations avec des avocats et des juristes pour les questions de droit "
       "du travail, de la famille, du logement ou de la consommation, et aide à "
       "l'accès à l'aide juridictionnelle. Orientation vers les médiateurs et les "
       "conciliateurs de justice.",
       "lever_freins_sociaux",
       14,
       "information",
       {"difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire",
        "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-"
        "discrimination"},
       {"tous-publics"},
       {"difficulte_administrative"},
       1,
       4,
       false,
       30,
       60,
       10,
       25,
       "",
       "",
       false});
}

}  // namespace pacte::io
