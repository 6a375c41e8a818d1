#include "domain/offer/listing_quality.hpp"

#include <algorithm>

namespace pacte {
namespace {

bool Contains(const std::vector<std::string>& v, const char* code) {
  return std::find(v.begin(), v.end(), code) != v.end();
}

double Freshness(const std::optional<Date>& date_maj, Date today) {
  if (!date_maj) return 0;
  const auto six_months = AddMonths(*date_maj, 6);
  const auto two_years = AddMonths(*date_maj, 24);
  if (today <= six_months) return 1;
  if (today >= two_years) return 0;
  const double span = static_cast<double>((two_years - six_months).count());
  return static_cast<double>((two_years - today).count()) / span;
}

double DescriptionScore(long long length) {
  if (length < 50) return 0;
  if (length < 200) return 0.5;
  if (length < 2000) return 1;
  return 0.5;
}

}  // namespace

double ListingQualityScore(const ListingFacts& f, Date today) {
  std::vector<double> criteria;
  if (f.on_site) criteria.push_back(f.has_address ? 1 : 0);
  if (Contains(f.modes_mobilisation, "telephoner")) criteria.push_back(f.has_phone ? 1 : 0);
  if (Contains(f.modes_mobilisation, "envoyer-un-courriel")) {
    criteria.push_back(f.has_email ? 1 : 0);
  }
  criteria.push_back((f.modes_mobilisation.empty() ? 0 : 0.5) + (f.has_mobilisable_par ? 0.5 : 0));
  criteria.push_back(Freshness(f.date_maj, today));
  criteria.push_back(f.has_thematique ? 1 : 0);
  criteria.push_back(f.has_public ? 1 : 0);
  criteria.push_back(f.has_phone || f.has_email ? 1 : 0);
  criteria.push_back(DescriptionScore(f.description_length));
  if (f.frais.empty()) {
    criteria.push_back(0);
  } else {
    criteria.push_back(f.frais == "payant" && !f.has_frais_precisions ? 0.5 : 1);
  }
  double sum = 0;
  for (double c : criteria) sum += c;
  return sum / static_cast<double>(criteria.size());
}

const char* ListingQualityLevel(double score) {
  if (score >= 0.8) return "bonne";
  if (score >= 0.5) return "moyenne";
  return "faible";
}

const char* ListingQualityLabel(double score) {
  if (score >= 0.8) return "Qualité bonne";
  if (score >= 0.5) return "Qualité moyenne";
  return "Qualité faible";
}

}  // namespace pacte
