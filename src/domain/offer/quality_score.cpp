#include "domain/offer/quality_score.hpp"

#include <algorithm>

#include "domain/parcours/field_checks.hpp"

namespace pacte {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

QualityCriterion Criterion(std::string_view code, std::string_view label, double value,
                           std::string fix) {
  return {code, label, value, value >= 1 ? std::string() : std::move(fix)};
}

double Freshness(const std::optional<Date>& date_maj, Date today) {
  if (!date_maj) return 0;
  const Date fresh_until = AddMonths(*date_maj, 6);
  const Date zero_at = AddMonths(*date_maj, 24);
  if (today <= fresh_until) return 1;
  if (today >= zero_at) return 0;
  return static_cast<double>((zero_at - today).count()) /
         static_cast<double>((zero_at - fresh_until).count());
}

double DescriptionValue(std::size_t length) {
  if (length < 50) return 0;
  if (length < 200) return 0.5;
  if (length < 2000) return 1;
  return 0.5;
}

double FeesValue(const QualityFacts& f) {
  if (f.frais.empty()) return 0;
  if (f.frais == "payant" && !f.has_frais_precisions) return 0.5;
  return 1;
}

void AddConditional(const QualityFacts& f, std::vector<QualityCriterion>& out) {
  if (f.on_site) {
    out.push_back(Criterion("adresse", "Adresse du lieu d'accueil", f.has_address ? 1 : 0,
                            "Renseignez l'adresse et la commune : l'action est en présentiel."));
  }
  if (Contains(f.modes_mobilisation, "telephoner")) {
    out.push_back(Criterion("telephone", "Téléphone", f.has_phone ? 1 : 0,
                            "Renseignez le téléphone : l'action se mobilise par téléphone."));
  }
  if (Contains(f.modes_mobilisation, "envoyer-un-courriel")) {
    out.push_back(Criterion("courriel", "Courriel", f.has_email ? 1 : 0,
                            "Renseignez le courriel : l'action se mobilise par courriel."));
  }
}

}  // namespace

std::vector<std::string> QualityScore::ToFix() const {
  std::vector<std::string> out;
  for (const auto& c : criteria) {
    if (!c.fix.empty()) out.push_back(c.fix);
  }
  return out;
}

QualityScore ComputeQualityScore(const QualityFacts& f, Date today) {
  QualityScore q;
  auto& c = q.criteria;
  AddConditional(f, c);
  const int mobilisation = (f.modes_mobilisation.empty() ? 0 : 1) + (f.has_mobilisable_par ? 1 : 0);
  c.push_back(Criterion("mobilisation", "Modes de mobilisation et personnes mobilisatrices",
                        mobilisation / 2.0,
                        "Indiquez les modes de mobilisation et qui peut mobiliser l'action "
                        "(professionnels, usagers)."));
  c.push_back(Criterion("date_maj", "Date de mise à jour", Freshness(f.date_maj, today),
                        "Vérifiez et enregistrez l'action : sa dernière mise à jour date de "
                        "plus de 6 mois."));
  c.push_back(Criterion("thematiques", "Thématiques", f.has_thematique ? 1 : 0,
                        "Choisissez au moins une thématique."));
  c.push_back(Criterion("publics", "Publics", f.has_public ? 1 : 0,
                        "Choisissez au moins un public."));
  const bool contact = f.has_phone || f.has_email || f.has_mobilisation_link;
  c.push_back(Criterion("contact", "Moyen de contact", contact ? 1 : 0,
                        "Indiquez un téléphone, un courriel ou un lien de mobilisation."));
  c.push_back(Criterion("description", "Longueur de la description",
                        DescriptionValue(f.description_length),
                        f.description_length >= 2000 ? "Raccourcissez la description (moins de "
                                                       "2 000 caractères)."
                                                     : "Étoffez la description (200 caractères "
                                                       "au moins)."));
  c.push_back(Criterion("frais", "Frais", FeesValue(f),
                        f.frais.empty() ? "Indiquez si l'action est gratuite ou payante."
                                        : "Précisez les frais d'une action payante."));
  double sum = 0;
  for (const auto& x : c) sum += x.value;
  q.score = sum / static_cast<double>(c.size());
  return q;
}

QualityScore ComputeQualityScore(const ActionFields& f, Date date_maj, Date today) {
  QualityFacts facts;
  facts.on_site = Contains(f.modes_accueil, "en-presentiel");
  facts.has_address = !f.adresse.empty() && !f.commune_code.empty();
  facts.has_phone = !f.telephone.empty();
  facts.has_email = !f.courriel.empty();
  facts.has_mobilisation_link = !f.lien_mobilisation.empty();
  facts.modes_mobilisation = f.modes_mobilisation;
  facts.has_mobilisable_par = !f.mobilisable_par.empty();
  facts.date_maj = date_maj;
  facts.has_thematique = !f.thematiques.empty();
  facts.has_public = !f.publics.empty();
  facts.description_length = CharacterCount(f.description);
  facts.frais = f.frais;
  facts.has_frais_precisions = !f.frais_precisions.empty();
  return ComputeQualityScore(facts, today);
}

const char* QualityLevel(double score) {
  if (score >= 0.8) return "bonne";
  if (score >= 0.5) return "moyenne";
  return "faible";
}

const char* QualityLabel(double score) {
  if (score >= 0.8) return "Qualité bonne";
  if (score >= 0.5) return "Qualité moyenne";
  return "Qualité faible";
}

}  // namespace pacte
