#pragma once
// The row breakdowns of every DREES OARSA table (domain.md §6): age band, sex, family
// situation, seniority in RSA and education level, each with an "Inconnu" row, all read at
// the survey date (31/12 of year N) from the shared definitions of person_facts.hpp.
//
// Definitions pinned by oarsa_breakdown_test.cpp:
//  - age: AgeAt(date) in whole years: <25, 25–29, 30–39, 40–49, 50–59, ≥60; no birth date →
//    inconnu.
//  - sex: "F" / "M"; anything else → inconnu.
//  - family: FamilySituationAt(date) (rights row covering the date); none → inconnu.
//  - seniority: from LatestDdEntry(date), by calendar months (AddMonths, clamped to the end
//    of the month): "< 6 mois" while date < entry + 6 months; "6 à 12 mois" while date <
//    entry + 12 months; "1 à 2 ans" while < entry + 24 months; "2 à 5 ans" while < entry +
//    60 months; "5 ans ou plus" after. No D&D entry → inconnu.
//  - education: qualification_level of the latest diagnostic (infra_cap, cap_bep, bac,
//    superieur_bac); none or another code → inconnu.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/stats/person_facts.hpp"

namespace pacte::stats {

enum class OarsaDimension { kAge, kSex, kFamily, kSeniority, kEducation };
inline constexpr std::size_t kOarsaDimensionCount = 5;

// The five dimensions in survey order.
const std::array<OarsaDimension, kOarsaDimensionCount>& AllOarsaDimensions();
// French name of the dimension ("Tranche d'âge", "Sexe", …).
std::string_view OarsaDimensionLabel(OarsaDimension d);
// French labels of the rows of a dimension, "Inconnu" last.
const std::vector<std::string>& OarsaRowLabels(OarsaDimension d);

// Row index of one person in each dimension (indexed by the enum value), at `date`.
using OarsaProfile = std::array<std::size_t, kOarsaDimensionCount>;
OarsaProfile OarsaProfileAt(const PersonFacts& p, Date date);

}  // namespace pacte::stats
