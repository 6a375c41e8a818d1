#include "domain/stats/oarsa_breakdown.hpp"

namespace pacte::stats {
namespace {

constexpr std::size_t Index(OarsaDimension d) { return static_cast<std::size_t>(d); }

std::size_t Unknown(OarsaDimension d) { return OarsaRowLabels(d).size() - 1; }

std::size_t AgeRow(const PersonFacts& p, Date date) {
  const auto age = AgeAt(p, date);
  if (!age) return Unknown(OarsaDimension::kAge);
  constexpr std::array<int, 5> kUpper{25, 30, 40, 50, 60};
  for (std::size_t i = 0; i < kUpper.size(); ++i) {
    if (*age < kUpper[i]) return i;
  }
  return kUpper.size();
}

std::size_t SexRow(const PersonFacts& p) {
  if (p.sex == "F") return 0;
  if (p.sex == "M") return 1;
  return Unknown(OarsaDimension::kSex);
}

std::size_t FamilyRow(const PersonFacts& p, Date date) {
  const auto family = FamilySituationAt(p, date);
  if (!family) return Unknown(OarsaDimension::kFamily);
  const auto& all = AllFamilySituations();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] == *family) return i;
  }
  return Unknown(OarsaDimension::kFamily);
}

std::size_t SeniorityRow(const PersonFacts& p, Date date) {
  const auto entry = LatestDdEntry(p, date);
  if (!entry) return Unknown(OarsaDimension::kSeniority);
  constexpr std::array<int, 4> kMonths{6, 12, 24, 60};
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (date < AddMonths(*entry, kMonths[i])) return i;
  }
  return kMonths.size();
}

std::size_t EducationRow(const PersonFacts& p) {
  constexpr std::array<std::string_view, 4> kCodes{"infra_cap", "cap_bep", "bac", "superieur_bac"};
  if (p.qualification_level) {
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
      if (*p.qualification_level == kCodes[i]) return i;
    }
  }
  return Unknown(OarsaDimension::kEducation);
}

}  // namespace

const std::array<OarsaDimension, kOarsaDimensionCount>& AllOarsaDimensions() {
  static const std::array<OarsaDimension, kOarsaDimensionCount> all{
      OarsaDimension::kAge, OarsaDimension::kSex, OarsaDimension::kFamily,
      OarsaDimension::kSeniority, OarsaDimension::kEducation};
  return all;
}

std::string_view OarsaDimensionLabel(OarsaDimension d) {
  switch (d) {
    case OarsaDimension::kAge:
      return "Tranche d'âge";
    case OarsaDimension::kSex:
      return "Sexe";
    case OarsaDimension::kFamily:
      return "Situation familiale";
    case OarsaDimension::kSeniority:
      return "Ancienneté dans le RSA";
    case OarsaDimension::kEducation:
      return "Niveau de formation";
  }
  return "";
}

const std::vector<std::string>& OarsaRowLabels(OarsaDimension d) {
  static const std::array<std::vector<std::string>, kOarsaDimensionCount> labels{{
      {"Moins de 25 ans", "25 à 29 ans", "30 à 39 ans", "40 à 49 ans", "50 à 59 ans",
       "60 ans ou plus", "Inconnu"},
      {"Femme", "Homme", "Inconnu"},
      {"Personne seule sans enfant", "Personne seule avec enfant(s)", "Couple sans enfant",
       "Couple avec enfant(s)", "Inconnu"},
      {"Moins de 6 mois", "6 mois à moins d'1 an", "1 an à moins de 2 ans",
       "2 ans à moins de 5 ans", "5 ans ou plus", "Inconnu"},
      {"Infra CAP (sans diplôme)", "CAP ou BEP", "Baccalauréat", "Supérieur au baccalauréat",
       "Inconnu"},
  }};
  return labels[Index(d)];
}

OarsaProfile OarsaProfileAt(const PersonFacts& p, Date date) {
  OarsaProfile profile{};
  profile[Index(OarsaDimension::kAge)] = AgeRow(p, date);
  profile[Index(OarsaDimension::kSex)] = SexRow(p);
  profile[Index(OarsaDimension::kFamily)] = FamilyRow(p, date);
  profile[Index(OarsaDimension::kSeniority)] = SeniorityRow(p, date);
  profile[Index(OarsaDimension::kEducation)] = EducationRow(p);
  return profile;
}

}  // namespace pacte::stats
