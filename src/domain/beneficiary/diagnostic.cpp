#include "domain/beneficiary/diagnostic.hpp"

#include <set>

#include "domain/common/text.hpp"

namespace pacte {
namespace {

std::optional<std::string> OptionalText(std::string_view text, std::size_t max,
                                        const std::string& field, Validation& errors) {
  std::string trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  if (trimmed.size() > max) {
    errors.Add(field, "Texte trop long : " + std::to_string(max) + " caractères au plus.");
  }
  return trimmed;
}

Date ValidMadeOn(std::string_view text, Date today, Validation& errors) {
  std::string trimmed = Trim(text);
  if (trimmed.empty()) {
    errors.Add("made_on", "Indiquez la date du diagnostic.");
    return today;
  }
  auto date = ParseIsoDate(trimmed);
  if (!date) {
    errors.Add("made_on", "Date du diagnostic invalide : attendu AAAA-MM-JJ, par exemple " +
                              FormatIsoDate(today) + ".");
    return today;
  }
  if (*date > today) {
    errors.Add("made_on", "La date du diagnostic ne peut pas être dans le futur.");
  }
  return *date;
}

DiagnosticItem ValidItem(const DiagnosticItemDraft& d, std::size_t i, std::set<std::string>& seen,
                         Validation& errors) {
  const std::string p = "items[" + std::to_string(i) + "]";
  DiagnosticItem item;
  if (auto theme = ParseBarrierTheme(Trim(d.theme))) {
    item.theme = *theme;
  } else {
    errors.Add(p + ".theme", "Thème inconnu : « " + d.theme + " ».");
  }
  if (auto impact = ParseBarrierImpact(Trim(d.impact))) {
    item.impact = *impact;
  } else {
    errors.Add(p + ".impact", "Impact inconnu : fort, moyen ou sans_impact.");
  }
  item.situation_code = Trim(d.situation_code);
  if (item.situation_code.empty()) {
    errors.Add(p + ".situation_code", "Choisissez une situation.");
  } else if (!seen.insert(item.situation_code).second) {
    errors.Add(p + ".situation_code", "Cette situation est déjà indiquée dans ce diagnostic.");
  }
  return item;
}

int Weight(std::optional<BarrierImpact> impact) {
  if (!impact) return 0;
  switch (*impact) {
    case BarrierImpact::kFort:
      return 3;
    case BarrierImpact::kMoyen:
      return 2;
    case BarrierImpact::kSansImpact:
      return 1;
  }
  return 0;
}

}  // namespace

bool IsValidRomeCode(std::string_view code) {
  if (code.size() != 5) return false;
  char letter = code[0];
  if (letter >= 'a' && letter <= 'z') letter = static_cast<char>(letter - 'a' + 'A');
  if (letter < 'A' || letter > 'N') return false;
  for (std::size_t i = 1; i < 5; ++i) {
    if (code[i] < '0' || code[i] > '9') return false;
  }
  return true;
}

Diagnostic ValidateDiagnosticDraft(const DiagnosticDraft& draft, Date today, Validation& errors) {
  Diagnostic out;
  out.made_on = ValidMadeOn(draft.made_on, today, errors);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < draft.items.size(); ++i) {
    out.items.push_back(ValidItem(draft.items[i], i, seen, errors));
  }
  out.assets.driving_licence = draft.driving_licence;
  out.assets.vehicle = draft.vehicle;
  if (std::string q = Trim(draft.qualification_level); !q.empty()) {
    out.assets.qualification_level = ParseQualificationLevel(q);
    if (!out.assets.qualification_level) {
      errors.Add("qualification_level",
                 "Niveau de qualification inconnu : infra_cap, cap_bep, bac ou superieur_bac.");
    }
  }
  out.assets.professional_project = OptionalText(
      draft.professional_project, kProfessionalProjectMax, "professional_project", errors);
  if (std::string rome = Trim(draft.rome_code); !rome.empty()) {
    if (IsValidRomeCode(rome)) {
      rome[0] = static_cast<char>(rome[0] >= 'a' ? rome[0] - 'a' + 'A' : rome[0]);
      out.assets.rome_code = rome;
    } else {
      errors.Add("rome_code",
                 "Code ROME invalide : une lettre de A à N suivie de 4 chiffres, par exemple "
                 "K1304.");
    }
  }
  out.comment = OptionalText(draft.comment, kDiagnosticCommentMax, "comment", errors);
  return out;
}

std::optional<BarrierImpact> StrongestImpact(const std::vector<DiagnosticItem>& items,
                                             BarrierTheme theme) {
  std::optional<BarrierImpact> best;
  for (const auto& item : items) {
    if (item.theme == theme && Weight(item.impact) > Weight(best)) best = item.impact;
  }
  return best;
}

ThemeTrend CompareTheme(const std::vector<DiagnosticItem>& previous,
                        const std::vector<DiagnosticItem>& current, BarrierTheme theme) {
  // "sans_impact" and no item both mean nothing weighs on the return to work.
  auto weight = [&](const std::vector<DiagnosticItem>& items) {
    int w = Weight(StrongestImpact(items, theme));
    return w <= 1 ? 0 : w;
  };
  int before = weight(previous), after = weight(current);
  if (after < before) return ThemeTrend::kImproved;
  if (after > before) return ThemeTrend::kWorsened;
  return ThemeTrend::kUnchanged;
}

}  // namespace pacte
