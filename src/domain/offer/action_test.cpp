#include "domain/offer/action.hpp"

#include <gtest/gtest.h>

#include "domain/offer/action_session.hpp"
#include "domain/offer/programme.hpp"

namespace pacte {
namespace {

std::string MessageOf(const Validation& v, const std::string& field) {
  if (v.Ok()) return "";
  for (const auto& f : v.ToError().fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

ActionFields Publishable() {
  ActionFields f;
  f.name = "Atelier mobilité";
  f.description = "Préparer le code de la route.";
  f.objective = "lever_freins_sociaux";
  f.telephone = "01 47 29 30 31";
  f.modes_accueil = {"en-presentiel"};
  f.modes_mobilisation = {"telephoner"};
  f.adresse = "1 place de la Boule";
  f.commune_code = "92050";
  return f;
}

TEST(ActionValidation, AcceptsAWellFormedActionAndTrimsAndDedupes) {
  ActionFields f = Publishable();
  f.name = "  Atelier mobilité ";
  f.thematiques = {"mobilite--preparer-un-permis", " mobilite--preparer-un-permis", ""};
  Validation v;
  NormaliseAndValidateAction(f, v);
  EXPECT_TRUE(v.Ok());
  EXPECT_EQ(f.name, "Atelier mobilité");
  EXPECT_EQ(f.thematiques.size(), 1u);
}

TEST(ActionValidation, NamesEachFieldAtFaultInFrench) {
  ActionFields f;
  f.name = "ab";
  f.description = "abc";
  f.objective = "lever_freins";
  f.action_type = 16;
  f.courriel = "pas-une-adresse";
  f.telephone = "0147";
  f.lien_mobilisation = "www.exemple.fr";
  f.commune_code = "9205";
  f.code_postal = "9200";
  f.latitude = 91;
  f.weekly_hours = 0;
  f.weeks = kUnreadableInt;
  f.capacity = -1;
  f.funding_amount_cents = -5;
  f.programme_year = 1999;
  f.thematiques = {"mobilite--inconnu"};
  f.publics = {"tous-publics", "femmes"};
  f.barriers = {"transport"};
  f.zone_eligibilite = {"Nanterre"};
  f.service_type = "stage";
  f.frais = "offert";
  Validation v;
  NormaliseAndValidateAction(f, v);
  EXPECT_EQ(MessageOf(v, "name"), "Le nom compte entre 3 et 150 caractères.");
  EXPECT_EQ(MessageOf(v, "description"), "La description compte au moins 5 caractères.");
  EXPECT_NE(MessageOf(v, "objective").find("six objectifs"), std::string::npos);
  EXPECT_NE(MessageOf(v, "action_type").find("1 à 15"), std::string::npos);
  EXPECT_NE(MessageOf(v, "courriel").find("invalide"), std::string::npos);
  EXPECT_NE(MessageOf(v, "telephone").find("invalide"), std::string::npos);
  EXPECT_NE(MessageOf(v, "lien_mobilisation").find("https://"), std::string::npos);
  EXPECT_NE(MessageOf(v, "commune_code").find("INSEE"), std::string::npos);
  EXPECT_NE(MessageOf(v, "code_postal").find("5 chiffres"), std::string::npos);
  EXPECT_NE(MessageOf(v, "latitude").find("-90"), std::string::npos);
  EXPECT_NE(MessageOf(v, "weekly_hours").find("60"), std::string::npos);
  EXPECT_EQ(MessageOf(v, "weeks"), "Nombre entier invalide.");
  EXPECT_NE(MessageOf(v, "capacity").find("positif"), std::string::npos);
  EXPECT_NE(MessageOf(v, "funding_amount_cents").find("négatif"), std::string::npos);
  EXPECT_NE(MessageOf(v, "programme_year").find("2000"), std::string::npos);
  EXPECT_NE(MessageOf(v, "thematiques").find("mobilite--inconnu"), std::string::npos);
  EXPECT_NE(MessageOf(v, "publics").find("Tous publics"), std::string::npos);
  EXPECT_NE(MessageOf(v, "barriers").find("transport"), std::string::npos);
  EXPECT_NE(MessageOf(v, "zone_eligibilite").find("Nanterre"), std::string::npos);
  EXPECT_NE(MessageOf(v, "service_type").find("stage"), std::string::npos);
  EXPECT_NE(MessageOf(v, "frais").find("offert"), std::string::npos);
}

TEST(ActionValidation, NameIsRequired) {
  ActionFields f;
  Validation v;
  NormaliseAndValidateAction(f, v);
  EXPECT_EQ(MessageOf(v, "name"), "Le nom de l'action est obligatoire.");
}

TEST(ActionPublication, RequiresContactMobilisationObjectiveDescriptionAndAddressOnSite) {
  Validation ok;
  CheckPublishable(Publishable(), ok);
  EXPECT_TRUE(ok.Ok());
  ActionFields f;
  f.modes_accueil = {"en-presentiel"};
  Validation v;
  CheckPublishable(f, v);
  for (const char* field :
       {"description", "objective", "telephone", "modes_mobilisation", "adresse", "commune_code"}) {
    EXPECT_FALSE(MessageOf(v, field).empty()) << field;
  }
  f = Publishable();
  f.modes_accueil = {"a-distance"};
  f.adresse.clear();
  f.commune_code.clear();
  f.telephone.clear();
  f.courriel = "accueil@exemple.fr";
  Validation remote;
  CheckPublishable(f, remote);
  EXPECT_TRUE(remote.Ok());
}

TEST(ActionStatusRules, PublishArchiveAndRepublish) {
  EXPECT_EQ(ChangeActionStatus(ActionStatus::kBrouillon, ActionStatus::kPubliee),
            ActionStatus::kPubliee);
  EXPECT_EQ(ChangeActionStatus(ActionStatus::kPubliee, ActionStatus::kArchivee),
            ActionStatus::kArchivee);
  EXPECT_EQ(ChangeActionStatus(ActionStatus::kArchivee, ActionStatus::kPubliee),
            ActionStatus::kPubliee);
  auto again = ChangeActionStatus(ActionStatus::kPubliee, ActionStatus::kPubliee);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().message, "Cette action est déjà publiée.");
  EXPECT_FALSE(ChangeActionStatus(ActionStatus::kPubliee, ActionStatus::kBrouillon));
  EXPECT_EQ(ParseActionStatus("archivee"), ActionStatus::kArchivee);
  EXPECT_FALSE(ParseActionStatus("validee"));
}

TEST(ActionStaleness, FlaggedAfterSixMonths) {
  Date maj = *ParseIsoDate("2026-01-15");
  EXPECT_FALSE(IsStaleAction(maj, *ParseIsoDate("2026-07-15")));
  EXPECT_TRUE(IsStaleAction(maj, *ParseIsoDate("2026-07-16")));
}

TEST(ActionZones, CogCodesGoToTheirLists) {
  EXPECT_EQ(ZoneListOf("92050"), "zone_commune");
  EXPECT_EQ(ZoneListOf("92"), "zone_departement");
  EXPECT_EQ(ZoneListOf("200057974"), "zone_epci");
  EXPECT_EQ(ZoneListOf("france"), "zone_france");
  EXPECT_TRUE(IsZoneCode("2A004"));
  EXPECT_FALSE(IsZoneCode("920500"));
}

TEST(SessionRules, RefusesEndBeforeStartPastStartAndPlacesBelowTaken) {
  Date today = *ParseIsoDate("2026-06-01");
  SessionInput in{"", "2026-06-10", "2026-06-09", "", 12, std::nullopt, 10, "", ""};
  Validation v;
  ValidateSession(in, today, true, 0, v);
  EXPECT_NE(MessageOf(v, "ends_on").find("finir avant de commencer"), std::string::npos);
  in = {"", "2026-05-31", "2026-07-31", "", 12, std::nullopt, 10, "", ""};
  Validation past;
  ValidateSession(in, today, true, 0, past);
  EXPECT_NE(MessageOf(past, "starts_on").find("dans le passé"), std::string::npos);
  Validation existing;
  ValidateSession(in, today, false, 0, existing);
  EXPECT_TRUE(existing.Ok());
  in.places = 3;
  Validation below;
  ValidateSession(in, today, false, 4, below);
  EXPECT_NE(MessageOf(below, "places").find("4 place(s) prise(s)"), std::string::npos);
  in.places.reset();
  Validation missing;
  ValidateSession(in, today, false, 0, missing);
  EXPECT_EQ(MessageOf(missing, "places"), "Le nombre de places est obligatoire.");
}

TEST(SessionRules, WeeksDefaultToTheDatesAndPlacesDerive) {
  Validation v;
  auto s = ValidateSession({"", "2026-06-01", "2026-06-14", "", 10, std::nullopt, 8, "", ""},
                           *ParseIsoDate("2026-06-01"), true, 0, v);
  ASSERT_TRUE(v.Ok());
  EXPECT_EQ(s.weeks, 2);
  EXPECT_EQ(TotalHours(s.weekly_hours, s.weeks), 20.0);
  EXPECT_EQ(FreePlaces(8, 3), 5);
  EXPECT_EQ(FreePlaces(8, 9), 0);
  EXPECT_EQ(FillRate(8, 2), 0.25);
  EXPECT_FALSE(FillRate(0, 0));
}

TEST(ProgrammeRules, ValidatesYearBudgetsAndAdoption) {
  ProgrammeInput in;
  in.adopted_on = "2027-01-10";
  in.budgets_cents[Objective::kCreerActivite] = -1;
  Validation v;
  ValidateProgramme(in, v);
  EXPECT_EQ(MessageOf(v, "year"), "L'année du programme est obligatoire.");
  EXPECT_NE(MessageOf(v, "budget_creer_activite").find("négatif"), std::string::npos);
  in.year = 2026;
  in.budgets_cents[Objective::kCreerActivite] = 100;
  Validation late;
  ValidateProgramme(in, late);
  EXPECT_NE(MessageOf(late, "adopted_on").find("31 décembre"), std::string::npos);
  in.adopted_on = "2026-01-29";
  Validation ok;
  auto p = ValidateProgramme(in, ok);
  EXPECT_TRUE(ok.Ok());
  EXPECT_EQ(p.name, "PDI-RE 2026");
}

TEST(ProgrammeRules, ComparesBudgetWithFundingPerObjective) {
  auto lines = CompareBudget({{Objective::kSeRemobiliser, 100000}},
                             {{Objective::kSeRemobiliser, 30000}, {Objective::kAccederEmploi, 5}});
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[1].objective, Objective::kSeRemobiliser);
  EXPECT_EQ(lines[1].remaining_cents, 70000);
  EXPECT_EQ(lines[5].remaining_cents, -5);
  EXPECT_EQ(FormatEuros(123456789), "1\u202f234\u202f567,89 €");
  EXPECT_EQ(FormatEuros(5), "0,05 €");
}

}  // namespace
}  // namespace pacte
