// Demo action templates (demo_offer_templates.hpp): Se remobiliser, renforcer son projet, accéder à
// la qualification.

#include "io/demo/demo_offer_templates.hpp"

namespace pacte::io {
namespace {

constexpr const char* kMinimas = "beneficiaires-des-minimas-sociaux";

}  // namespace

void AddProjectTemplates(std::vector<ActionTemplate>& t) {
  t.push_back({"remobilisation",
               "Reprendre confiance : atelier de remobilisation",
               "Huit semaines en groupe pour retrouver un rythme, reprendre confiance en soi "
               "et identifier ses atouts : ateliers collectifs, entretiens individuels, "
               "sorties culturelles et rencontres avec des professionnels. L'action débouche "
               "sur un plan d'action partagé avec le référent.",
               "se_remobiliser",
               7,
               "atelier",
               {"remobilisation--bien-etre-confiance-en-soi", "remobilisation--lien-social"},
               {kMinimas},
               {"emploi", "sante"},
               12,
               8,
               true,
               10,
               12,
               30,
               60,
               "lundi, mardi et jeudi, 9 h 30 – 13 h 30",
               "",
               false});
  t.push_back({"remobilisation",
               "Sport et insertion : reprendre un rythme",
               "Pratique sportive encadrée deux fois par semaine (marche nordique, boxe "
               "éducative, fitness) associée à des ateliers sur la posture professionnelle, "
               "la ponctualité et le travail en équipe, pour se remettre en mouvement avant un "
               "retour à l'emploi ou à la formation.",
               "se_remobiliser",
               7,
               "atelier",
               {"remobilisation--activites-sportives-et-culturelles"},
               {kMinimas, "jeunes"},
               {"sante"},
               6,
               12,
               true,
               10,
               15,
               25,
               50,
               "mardi et vendredi, 10 h – 13 h",
               "",
               false});
  t.push_back({"remobilisation",
               "Bénévolat accompagné et engagement citoyen",
               "Mise en relation avec des associations du territoire pour une mission de "
               "bénévolat choisie, suivie par un accompagnateur : reprise d'activité, "
               "valorisation des compétences mobilisées et attestation d'engagement utile "
               "dans le parcours vers l'emploi.",
               "se_remobiliser",
               7,
               "accompagnement",
               {"remobilisation--benevolat-action-citoyenne"},
               {kMinimas},
               {},
               4,
               16,
               false,
               15,
               30,
               15,
               30,
               "",
               "",
               false});
  t.push_back({"remobilisation",
               "Image de soi et socio-esthétique",
               "Séances individuelles et collectives avec une socio-esthéticienne et une "
               "conseillère en image pour prendre soin de soi, préparer sa présentation aux "
               "entretiens et retrouver l'estime de soi, en complément de l'accompagnement "
               "vers l'emploi.",
               "se_remobiliser",
               7,
               "atelier",
               {"remobilisation--bien-etre-confiance-en-soi"},
               {kMinimas, "femmes"},
               {},
               3,
               6,
               true,
               8,
               10,
               10,
               25,
               "jeudi, 9 h 30 – 12 h 30",
               "",
               false});
  t.push_back({"projet",
               "Bilan de compétences et construction du projet professionnel",
               "Accompagnement individuel et collectif pour identifier ses compétences, "
               "explorer des métiers accessibles, vérifier la faisabilité du projet (marché "
               "du travail, formation, contraintes) et bâtir un plan d'action réaliste avec "
               "des étapes datées.",
               "projet_retour_emploi",
               2,
               "accompagnement",
               {"choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
                "choisir-un-metier--confirmer-son-choix-de-metier"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               6,
               8,
               true,
               10,
               12,
               30,
               60,
               "lundi et jeudi, 9 h – 12 h",
               "",
               true});
  t.push_back({"projet",
               "Découverte des métiers et immersions en entreprise",
               "Visites d'entreprises, rencontres avec des professionnels et périodes de mise "
               "en situation en milieu professionnel (PMSMP) pour découvrir un métier ou "
               "confirmer un choix avant de s'engager en formation ou en emploi.",
               "projet_retour_emploi",
               1,
               "atelier",
               {"choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
                "choisir-un-metier--connaitre-les-opportunites-demploi"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               15,
               6,
               true,
               10,
               12,
               20,
               45,
               "du lundi au jeudi, 9 h – 13 h",
               "",
               false});
  t.push_back({"projet",
               "Ateliers CV, lettre de motivation et entretien",
               "Cycle d'ateliers pratiques pour réaliser un CV et une lettre de motivation "
               "adaptés, s'entraîner aux entretiens d'embauche filmés et utiliser les sites "
               "d'offres d'emploi. Chaque participant repart avec un CV à jour et une liste "
               "d'entreprises cibles.",
               "projet_retour_emploi",
               2,
               "atelier",
               {"preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
                "trouver-un-emploi--convaincre-un-recruteur-en-entretien"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi", "numerique"},
               6,
               4,
               true,
               10,
               12,
               10,
               25,
               "mardi et jeudi, 9 h 30 – 12 h 30",
               "",
               true});
  t.push_back({"projet",
               "Club de recherche d'emploi",
               "Un collectif de chercheurs d'emploi animé par un conseiller : objectifs "
               "hebdomadaires, partage d'offres et de contacts, appels aux entreprises, "
               "préparation des entretiens. Le club se réunit deux matinées par semaine "
               "jusqu'à la reprise d'emploi.",
               "projet_retour_emploi",
               2,
               "atelier",
               {"preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
                "preparer-sa-candidature--developper-son-reseau"},
               {kMinimas, "demandeurs-emploi"},
               {"emploi"},
               6,
               12,
               true,
               12,
               15,
               20,
               40,
               "lundi et mercredi, 9 h 30 – 12 h 30",
               "",
               false});
  t.push_back({"projet",
               "Accompagnement renforcé socioprofessionnel",
               "Accompagnement individuel renforcé par un référent de parcours : entretiens "
               "réguliers, levée des freins périphériques, mises en situation de travail, "
               "mobilisation du réseau d'entreprises partenaires et suivi six mois après la "
               "reprise d'emploi.",
               "projet_retour_emploi",
               2,
               "accompagnement",
               {"preparer-sa-candidature--valoriser-ses-competences",
                "choisir-un-metier--connaitre-les-opportunites-demploi"},
               {kMinimas, "demandeurs-emploi", "residents-qpv-frr"},
               {"emploi"},
               3,
               52,
               false,
               40,
               80,
               80,
               180,
               "",
               "",
               false});
  t.push_back({"qualification",
               "Remise à niveau et préqualification",
               "Consolidation des savoirs fondamentaux (français, mathématiques, numérique) "
               "et préparation à l'entrée en formation qualifiante : tests de sélection, "
               "méthodes d'apprentissage, découverte des organismes de formation et du "
               "financement.",
               "acceder_qualification",
               1,
               "formation",
               {"se-former--trouver-sa-formation", "lecture-ecriture-calcul--maitriser-le-calcul"},
               {kMinimas, "demandeurs-emploi"},
               {"formation", "maitrise_langue"},
               25,
               12,
               true,
               12,
               15,
               60,
               120,
               "du lundi au vendredi, 9 h – 14 h",
               "",
               false});
  t.push_back({"qualification",
               "Titre professionnel Agent de propreté et d'hygiène",
               "Formation certifiante de niveau 3 alternant cours en centre et stages en "
               "entreprise : techniques de nettoyage, règles d'hygiène et de sécurité, "
               "utilisation des machines. Les entreprises partenaires du secteur recrutent à "
               "l'issue de la formation.",
               "acceder_qualification",
               1,
               "formation",
               {"se-former--trouver-sa-formation"},
               {kMinimas, "demandeurs-emploi"},
               {"formation", "emploi"},
               35,
               16,
               true,
               12,
               14,
               80,
               150,
               "du lundi au vendredi, 8 h 30 – 16 h 30",
               "",
               false});
  t.push_back({"qualification",
               "Titre professionnel Assistant de vie aux familles",
               "Formation certifiante aux métiers de l'aide à domicile : accompagnement des "
               "personnes âgées ou dépendantes, garde d'enfants, entretien du logement. "
               "Six mois de formation dont huit semaines de stage, avec un fort taux d'accès "
               "à l'emploi.",
               "acceder_qualification",
               1,
               "formation",
               {"se-former--trouver-sa-formation"},
               {kMinimas, "demandeurs-emploi", "femmes"},
               {"formation", "emploi"},
               35,
               24,
               true,
               12,
               15,
               100,
               180,
               "du lundi au vendredi, 9 h – 17 h",
               "",
               false});
  t.push_back({"qualification",
               "Préparation aux métiers de la logistique et CACES",
               "Formation courte aux métiers de préparateur de commandes et de cariste : "
               "sécurité, gestes et postures, conduite de chariots élévateurs et passage des "
               "CACES R489. Des entretiens avec les entrepôts du nord du département sont "
               "organisés en fin de session.",
               "acceder_qualification",
               1,
               "formation",
               {"se-former--trouver-sa-formation"},
               {kMinimas, "demandeurs-emploi"},
               {"formation", "emploi"},
               35,
               8,
               true,
               10,
               12,
               50,
               100,
               "du lundi au vendredi, 8 h – 16 h",
               "",
               false});
  t.push_back({"qualification",
               "Construire et financer son parcours de formation",
               "Information sur les formations accessibles et leurs débouchés, aide au choix "
               "de l'organisme, montage du dossier de financement (compte personnel de "
               "formation, aides de la Région et de France Travail) et suivi jusqu'à l'entrée "
               "en formation.",
               "acceder_qualification",
               1,
               "accompagnement",
               {"se-former--monter-son-dossier-de-formation", "se-former--trouver-sa-formation"},
               {kMinimas, "demandeurs-emploi"},
               {"formation"},
               2,
               8,
               false,
               20,
               40,
               20,
               45,
               "",
               "",
               true});
  t.push_back({"qualification",
               "Parcours qualifiant en alternance",
               "Contrat de professionnalisation de douze mois dans une entreprise adhérente "
               "du groupement, avec une formation qualifiante et un double tutorat "
               "(entreprise et groupement), dans le bâtiment, la propreté, le transport ou "
               "l'aide à la personne.",
               "acceder_qualification",
               1,
               "formation",
               {"se-former--trouver-sa-formation", "trouver-un-emploi--maintien-dans-lemploi"},
               {kMinimas, "demandeurs-emploi"},
               {"formation", "emploi"},
               35,
               52,
               true,
               8,
               12,
               80,
               160,
               "contrat à temps plein, alternance entreprise et centre",
               "",
               false});
  t.push_back({"qualification",
               "Validation des acquis de l'expérience accompagnée",
               "Accompagnement collectif et individuel à la validation des acquis de "
               "l'expérience : choix de la certification, rédaction du dossier de preuves, "
               "préparation à l'entretien avec le jury, pour faire reconnaître une expérience "
               "professionnelle ou bénévole.",
               "acceder_qualification",
               1,
               "accompagnement",
               {"se-former--monter-son-dossier-de-formation",
                "preparer-sa-candidature--valoriser-ses-competences"},
               {kMinimas, "demandeurs-emploi"},
               {"formation"},
               3,
               20,
               true,
               8,
               10,
               20,
               40,
               "mardi, 14 h – 17 h",
               "",
               true});
  t.push_back(
      {"remobilisation",
       "Expression, culture et estime de soi",
       "Ateliers de théâtre, d'écriture et de photographie animés par des artistes, "
       "visites de lieux culturels et restitution publique en fin de cycle. L'action "
       "travaille la prise de parole, la confiance et le lien social des personnes "
       "isolées.",
       "se_remobiliser",
       7,
       "atelier",
       {"remobilisation--activites-sportives-et-culturelles", "remobilisation--lien-social"},
       {kMinimas},
       {},
       6,
       10,
       true,
       10,
       12,
       20,
       40,
       "mercredi et vendredi, 14 h – 17 h",
       "",
       false});
}

}  // namespace pacte::io
