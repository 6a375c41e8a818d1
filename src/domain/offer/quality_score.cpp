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

double Freshness(Date date_maj, Date today) {
  const Date fresh_until = AddMonths(date_maj, 6);
  const Date zero_at = AddMonths(date_maj, 24);
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

double FeesValue(const ActionFields& f) {
  if (f.frais.empty()) return 0;
  if (f.frais == "payant" && f.frais_precisions.empty()) return 0.5;
  return 1;
}

void AddConditional(const ActionFields& f, std::vector<QualityCriterion>& out) {
  if (Contains(f.modes_accueil, "en-presentiel")) {
    bool ok = !f.adresse.empty() && !f.commune_code.empty();
    out.push_back(Criterion("adresse", "Adresse du lieu d'accueil", ok ? 1 : 0,
                            "Renseignez l'adresse et la commune : l'action est en présentiel."));
  }
  if (Contains(f.modes_mobilisation, "telephoner")) {
    out.push_back(Criterion("telephone", "Téléphone", f.telephone.empty() ? 0 : 1,
                            "Renseignez le téléphone : l'action se mobilise par téléphone."));
  }
  if (Contains(f.modes_mobilisation, "envoyer-un-courriel")) {
    out.push_back(Criterion("courriel", "Courriel", f.courriel.empty() ? 0 : 1,
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

QualityScore ComputeQualityScore(const ActionFields& f, Date date_maj, Date today) {
  QualityScore q;
  auto& c = q.criteria;
  AddConditional(f, c);
  const int mobilisation = (f.modes_mobilisation.empty() ? 0 : 1) + (f.mobilisable_par.empty() ? 0 : 1);
  c.push_back(Criterion("mobilisation", "Modes de mobilisation et personnes mobilisatrices",
                        mobilisation / 2.0,
                        "Indiquez les modes de mobilisation et qui peut mobiliser l'action "
                        "(professionnels, usagers)."));
  c.push_back(Criterion("date_maj", "Date de mise à jour", Freshness(date_maj, today),
                        "Vérifiez et enregistrez l'action : sa dernière mise à jour date de "
                        "plus de 6 mois."));
  c.push_back(Criterion("thematiques", "Thématiques", f.thematiques.empty() ? 0 : 1,
                        "Choisissez au moins une thématique."));
  c.push_back(Criterion("publics", "Publics", f.publics.empty() ? 0 : 1,
                        "Choisissez au moins un public."));
  bool contact = !f.telephone.empty() || !f.courriel.empty() || !f.lien_mobilisation.empty();
  c.push_back(Criterion("contact", "Moyen de contact", contact ? 1 : 0,
                        "Indiquez un téléphone, un courriel ou un lien de mobilisation."));
  const auto length = CharacterCount(f.description);
  c.push_back(Criterion("description", "Longueur de la description", DescriptionValue(length),
                        length >= 2000 ? "Raccourcissez la description (moins de 2 000 "
                                         "caractères)."
                                       : "Étoffez la description (200 caractères au moins)."));
  c.push_back(Criterion("frais", "Frais", FeesValue(f),
                        f.frais.empty() ? "Indiquez si l'action est gratuite ou payante."
                                        : "Précisez les frais d'une action payante."));
  double sum = 0;
  for (const auto& x : c) sum += x.value;
  q.score = sum / static_cast<double>(c.size());
  return q;
}

}  // namespace pacte
