#pragma once
// The national code lists of data·inclusion v1 (codes.md §4), with their French labels.
// Generated from data/data-inclusion/v1/extra/*.json by scripts/gen-di-codes.py
// (di_codes_data.cpp); lookups here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacte::di {

struct DiCode {
  std::string_view value;  // "mobilite--preparer-un-permis"
  std::string_view label;  // "Préparer un permis"
};

const std::vector<DiCode>& Thematiques();           // 69 codes `<category>--<slug>`
const std::vector<DiCode>& Publics();               // 14 codes; `tous-publics` stands alone
const std::vector<DiCode>& TypesDeServices();       // accompagnement, atelier, formation…
const std::vector<DiCode>& Frais();                 // gratuit, payant
const std::vector<DiCode>& ModesAccueil();          // a-distance, en-presentiel
const std::vector<DiCode>& ModesMobilisation();     // envoyer-un-courriel, telephoner…
const std::vector<DiCode>& PersonnesMobilisatrices();  // usagers, professionnels
const std::vector<DiCode>& ReseauxPorteurs();       // 108 networks

// Whether `value` is a code of `list`.
bool IsCodeOf(const std::vector<DiCode>& list, std::string_view value);
// The label of `value` in `list`; the value itself when unknown.
std::string_view LabelOf(const std::vector<DiCode>& list, std::string_view value);

// The category of a thematique: the part before "--" ("mobilite"); the whole code otherwise.
std::string_view ThematiqueCategory(std::string_view thematique);
// French label of a thematique category ("Mobilité"); the code itself when unknown.
std::string_view ThematiqueCategoryLabel(std::string_view category);
// The categories in display order.
const std::vector<std::string_view>& ThematiqueCategories();

}  // namespace pacte::di
