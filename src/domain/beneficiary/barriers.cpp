#include "domain/beneficiary/barriers.hpp"

#include <array>

namespace pacte {
namespace {

template <class E>
struct Entry {
  E value;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<Entry<BarrierTheme>, 10> kThemes{{
    {BarrierTheme::kLogement, "logement", "Logement"},
    {BarrierTheme::kEmploi, "emploi", "Emploi"},
    {BarrierTheme::kFormation, "formation", "Formation"},
    {BarrierTheme::kDifficulteAdministrative, "difficulte_administrative",
     "Difficultés administratives"},
    {BarrierTheme::kDifficulteFinanciere, "difficulte_financiere", "Difficultés financières"},
    {BarrierTheme::kMobilite, "mobilite", "Mobilité"},
    {BarrierTheme::kSante, "sante", "Santé"},
    {BarrierTheme::kContraintesFamiliales, "contraintes_familiales", "Contraintes familiales"},
    {BarrierTheme::kMaitriseLangue, "maitrise_langue", "Maîtrise de la langue"},
    {BarrierTheme::kNumerique, "numerique", "Numérique"},
}};

constexpr std::array<Entry<BarrierImpact>, 3> kImpacts{{
    {BarrierImpact::kFort, "fort", "Impact fort"},
    {BarrierImpact::kMoyen, "moyen", "Impact moyen"},
    {BarrierImpact::kSansImpact, "sans_impact", "Sans impact"},
}};

constexpr std::array<Entry<OrientationDifficulty>, 6> kDifficulties{{
    {OrientationDifficulty::kSante, "sante", "Santé"},
    {OrientationDifficulty::kLogement, "logement", "Logement"},
    {OrientationDifficulty::kMobilite, "mobilite", "Mobilité"},
    {OrientationDifficulty::kGardeEnfants, "garde_enfants", "Garde d'enfants"},
    {OrientationDifficulty::kAidantProche, "aidant_proche", "Aide apportée à un proche"},
    {OrientationDifficulty::kAutre, "autre", "Autre difficulté"},
}};

template <class E, std::size_t N>
const Entry<E>& Find(const std::array<Entry<E>, N>& table, E value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry;
  }
  return table.back();
}

template <class E, std::size_t N>
std::optional<E> Parse(const std::array<Entry<E>, N>& table, std::string_view code) {
  for (const auto& entry : table) {
    if (entry.code == code) return entry.value;
  }
  return std::nullopt;
}

template <class E, std::size_t N>
constexpr std::array<E, N> Values(const std::array<Entry<E>, N>& table) {
  std::array<E, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = table[i].value;
  return out;
}

constexpr std::array<BarrierTheme, 10> kThemeValues = Values(kThemes);
constexpr std::array<BarrierImpact, 3> kImpactValues = Values(kImpacts);
constexpr std::array<OrientationDifficulty, 6> kDifficultyValues = Values(kDifficulties);

using T = BarrierTheme;

constexpr auto kSituations = std::to_array<BarrierSituation>({
    {T::kLogement, "sans_hebergement", "Sans hébergement"},
    {T::kLogement, "heberge_chez_tiers", "Hébergé chez un tiers"},
    {T::kLogement, "hebergement_collectif", "Hébergement collectif (CHRS, CHU…)"},
    {T::kLogement, "locataire_parc_social", "Locataire du parc social"},
    {T::kLogement, "locataire_parc_prive", "Locataire du parc privé"},
    {T::kLogement, "difficulte_paiement_loyer", "Difficulté à payer le loyer"},
    {T::kLogement, "procedure_expulsion", "Procédure d'expulsion"},
    {T::kLogement, "logement_insalubre", "Logement insalubre"},
    {T::kEmploi, "sans_experience_professionnelle", "Sans expérience professionnelle"},
    {T::kEmploi, "eloigne_emploi_longue_duree", "Sans emploi depuis plus de deux ans"},
    {T::kEmploi, "projet_professionnel_a_definir", "Projet professionnel à définir"},
    {T::kEmploi, "projet_professionnel_a_confirmer", "Projet professionnel à confirmer"},
    {T::kFormation, "sans_diplome", "Sans diplôme ni qualification"},
    {T::kFormation, "diplome_non_reconnu_france", "Diplôme étranger non reconnu en France"},
    {T::kFormation, "besoin_formation_qualifiante", "Besoin d'une formation qualifiante"},
    {T::kDifficulteAdministrative, "papiers_identite_a_renouveler",
     "Pièce d'identité à obtenir ou à renouveler"},
    {T::kDifficulteAdministrative, "titre_sejour_a_renouveler",
     "Titre de séjour à obtenir ou à renouveler"},
    {T::kDifficulteAdministrative, "droits_a_ouvrir", "Droits sociaux à ouvrir ou à mettre à jour"},
    {T::kDifficulteAdministrative, "difficulte_demarches_administratives",
     "Difficulté à accomplir les démarches administratives"},
    {T::kDifficulteFinanciere, "sans_ressource", "Sans ressource"},
    {T::kDifficulteFinanciere, "surendettement", "Surendettement"},
    {T::kDifficulteFinanciere, "difficulte_gestion_budget", "Difficulté de gestion du budget"},
    {T::kDifficulteFinanciere, "besoin_aide_alimentaire", "Besoin d'aide alimentaire"},
    {T::kMobilite, "aucun_moyen_transport", "Aucun moyen de transport"},
    {T::kMobilite, "dependant_transports_commun", "Dépendant des transports en commun"},
    {T::kMobilite, "permis_b", "Permis B"},
    {T::kMobilite, "permis_en_cours", "Permis en cours"},
    {T::kMobilite, "permis_suspendu", "Permis suspendu"},
    {T::kMobilite, "vehicule", "Véhicule"},
    {T::kMobilite, "sante_incompatible_conduite", "État de santé incompatible avec la conduite"},
    {T::kSante, "couverture_sociale_a_mettre_a_jour", "Couverture sociale à mettre à jour"},
    {T::kSante, "difficulte_acces_soins", "Difficulté d'accès aux soins"},
    {T::kSante, "sante_entrainant_absences", "Santé entraînant des absences"},
    {T::kSante, "sante_entravant_certains_metiers", "Santé entravant certains métiers"},
    {T::kSante, "sante_reprise_non_immediate", "Santé ne permettant pas une reprise immédiate"},
    {T::kSante, "dossier_mdph", "Dossier MDPH"},
    {T::kContraintesFamiliales, "enfant_moins_3_ans_sans_garde",
     "Enfant(s) de moins de 3 ans sans solution de garde"},
    {T::kContraintesFamiliales, "aidant_familial", "Aidant familial"},
    {T::kContraintesFamiliales, "enfant_situation_handicap", "Enfant en situation de handicap"},
    {T::kContraintesFamiliales, "contraintes_horaires", "Contraintes horaires"},
    {T::kMaitriseLangue, "difficulte_ecrit", "Difficulté à l'écrit"},
    {T::kMaitriseLangue, "difficulte_oral", "Difficulté à l'oral"},
    {T::kMaitriseLangue, "difficulte_lecture", "Difficulté en lecture"},
    {T::kMaitriseLangue, "difficulte_calcul", "Difficulté en calcul"},
    {T::kMaitriseLangue, "besoin_fle", "Besoin de français langue étrangère (FLE)"},
    {T::kNumerique, "absence_equipement_numerique", "Absence d'équipement"},
    {T::kNumerique, "absence_connexion", "Absence de connexion"},
    {T::kNumerique, "pas_adresse_electronique", "Pas d'adresse électronique"},
    {T::kNumerique, "difficulte_demarches_en_ligne", "Difficulté pour les démarches en ligne"},
});

}  // namespace

std::string_view BarrierThemeCode(BarrierTheme t) { return Find(kThemes, t).code; }
std::string_view BarrierThemeLabel(BarrierTheme t) { return Find(kThemes, t).label; }
std::optional<BarrierTheme> ParseBarrierTheme(std::string_view code) {
  return Parse(kThemes, code);
}
std::span<const BarrierTheme> AllBarrierThemes() { return kThemeValues; }

std::string_view BarrierImpactCode(BarrierImpact i) { return Find(kImpacts, i).code; }
std::string_view BarrierImpactLabel(BarrierImpact i) { return Find(kImpacts, i).label; }
std::optional<BarrierImpact> ParseBarrierImpact(std::string_view code) {
  return Parse(kImpacts, code);
}
std::span<const BarrierImpact> AllBarrierImpacts() { return kImpactValues; }

std::string_view OrientationDifficultyCode(OrientationDifficulty d) {
  return Find(kDifficulties, d).code;
}
std::string_view OrientationDifficultyLabel(OrientationDifficulty d) {
  return Find(kDifficulties, d).label;
}
std::optional<OrientationDifficulty> ParseOrientationDifficulty(std::string_view code) {
  return Parse(kDifficulties, code);
}
std::span<const OrientationDifficulty> AllOrientationDifficulties() { return kDifficultyValues; }

std::optional<BarrierTheme> ThemeOf(OrientationDifficulty d) {
  switch (d) {
    case OrientationDifficulty::kSante:
      return BarrierTheme::kSante;
    case OrientationDifficulty::kLogement:
      return BarrierTheme::kLogement;
    case OrientationDifficulty::kMobilite:
      return BarrierTheme::kMobilite;
    case OrientationDifficulty::kGardeEnfants:
    case OrientationDifficulty::kAidantProche:
      return BarrierTheme::kContraintesFamiliales;
    case OrientationDifficulty::kAutre:
      break;
  }
  return std::nullopt;
}

std::span<const BarrierSituation> StarterBarrierSituations() { return kSituations; }

std::vector<BarrierSituation> StarterSituationsOf(BarrierTheme theme) {
  std::vector<BarrierSituation> out;
  for (const auto& s : kSituations) {
    if (s.theme == theme) out.push_back(s);
  }
  return out;
}

std::optional<BarrierSituation> FindStarterSituation(std::string_view code) {
  for (const auto& s : kSituations) {
    if (s.code == code) return s;
  }
  return std::nullopt;
}

}  // namespace pacte
