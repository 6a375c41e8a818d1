// The pact and its governance on SQLite and PostgreSQL: the tree, measurements and their
// corrections, statuses, computed indicators, the pilots' rights, bad input.

#include "storage/pact_fixture.hpp"

namespace pacte::testing {
namespace {

// A fake library of definitions: values by date, counting the calls.
class FakeSource final : public app::IndicatorSource {
 public:
  const std::vector<app::IndicatorDefinitionInfo>& Definitions() const override {
    static const std::vector<app::IndicatorDefinitionInfo> defs{
        {"dd_orientes_part", "Part des personnes soumises aux droits et devoirs orientées", "%",
         true, "Personnes orientées / personnes soumises aux droits et devoirs."},
        {"sorties_emploi", "Sorties vers l'emploi", "personnes", true, "Sorties emploi."}};
    return defs;
  }
  Result<app::ComputedValues> ValuesAt(Date as_of) override {
    dates.push_back(FormatIsoDate(as_of));
    app::ComputedValues v;
    const int year = YearOf(as_of);
    v["dd_orientes_part"] = {60.0 + 4 * (year - 2015), 1000, ""};
    if (year == 2019) v["dd_orientes_part"] = {std::nullopt, 0, "Population vide."};
    return v;
  }
  std::vector<std::string> dates;
};

class PactTest : public PactWorld {};

TEST_F(PactTest, ThePactTreeIsReadBackWithTrajectoriesAndStatus) {
  ASSERT_TRUE(Measure(pilot, indicator, 2016, 64));
  ASSERT_TRUE(Measure(pilot, indicator, 2017, 67));  // target 68, step 4: −1 ≥ −2
  auto view = app::GetPact(db.store(), clock, reader, nullptr);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->pact.fields.name, "Pacte territorial d'insertion 2016-2020");
  ASSERT_EQ(view->signatories.size(), 2u);
  ASSERT_EQ(view->orientations.size(), 1u);
  ASSERT_EQ(view->orientations[0].objectives.size(), 1u);
  const auto& obj = view->orientations[0].objectives[0];
  ASSERT_EQ(obj.record.pilots.size(), 1u);
  EXPECT_EQ(obj.record.pilots[0].id, first_inst);
  EXPECT_FALSE(obj.can_update);  // the reader
  ASSERT_EQ(obj.indicators.size(), 1u);
  const auto& ind = obj.indicators[0];
  ASSERT_EQ(ind.years.size(), 5u);
  EXPECT_DOUBLE_EQ(*ind.years[0].target, 64);
  EXPECT_DOUBLE_EQ(*ind.years[1].value, 67);
  EXPECT_FALSE(ind.years[2].value);
  EXPECT_EQ(ind.latest->year, 2017);
  EXPECT_EQ(ind.status, IndicatorStatus::kASurveiller);
  EXPECT_EQ(Audits("pact.create"), 1);
  EXPECT_EQ(Audits("pact.signatory_save"), 2);
  EXPECT_EQ(Audits("pact.target_set"), 5);
  EXPECT_EQ(Audits("pact.measurement_record"), 2);
}

TEST_F(PactTest, ACorrectionSupersedesTheMeasurementAndKeepsTheHistory) {
  ASSERT_TRUE(Measure(pilot, indicator, 2018, 60));
  clock.Advance(std::chrono::hours{1});
  ASSERT_TRUE(Measure(coordinator, indicator, 2018, 73));
  auto view = app::GetPact(db.store(), clock, coordinator, nullptr);
  ASSERT_TRUE(view);
  const auto& ind = view->orientations[0].objectives[0].indicators[0];
  EXPECT_DOUBLE_EQ(*ind.years[2].value, 73);
  EXPECT_EQ(ind.status, IndicatorStatus::kDansLaTrajectoire);  // 73 vs 72
  auto detail = app::GetObjectiveDetail(db.store(), clock, reader, nullptr, objective);
  ASSERT_TRUE(detail);
  const auto& history = (*detail)->history.at(indicator);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_TRUE(history[0].superseded_at.has_value());
  EXPECT_DOUBLE_EQ(history[0].value, 60);
  EXPECT_FALSE(history[1].superseded_at.has_value());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_measurements WHERE superseded_at IS NULL"), 1);
}

TEST_F(PactTest, ASignataireUpdatesOnlyTheObjectivesItsInstitutionPilots) {
  auto refused = Measure(partner, indicator, 2018, 70);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(refused.error().message,
            "Votre institution ne pilote pas cet objectif : seules ses institutions pilotes "
            "peuvent saisir ses mesures et modifier ses engagements.");
  EXPECT_FALSE(Measure(reader, indicator, 2018, 70));
  app::CommitmentInput c;
  c.objective_id = objective;
  c.text = "Relancer les allocataires sans complémentaire santé.";
  auto other = app::AddCommitment(db.store(), clock, partner, c);
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().kind, ErrorKind::kForbidden);
  auto mine = app::AddCommitment(db.store(), clock, pilot, c);
  ASSERT_TRUE(mine) << mine.error().message;
  auto edit = app::UpdateCommitment(db.store(), clock, partner, *mine, 1, "Autre texte");
  ASSERT_FALSE(edit);
  EXPECT_EQ(edit.error().kind, ErrorKind::kForbidden);
  ASSERT_TRUE(app::UpdateCommitment(db.store(), clock, pilot, *mine, 1, "Texte révisé"));
  auto stale = app::UpdateCommitment(db.store(), clock, pilot, *mine, 1, "Encore");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  // Comments: any signataire on any objective; not a lecteur_stats.
  EXPECT_TRUE(app::AddObjectiveComment(db.store(), clock, partner, objective, "Constat partagé"));
  auto silent = app::AddObjectiveComment(db.store(), clock, reader, objective, "Lecture");
  ASSERT_FALSE(silent);
  EXPECT_EQ(silent.error().kind, ErrorKind::kForbidden);
  auto detail = app::GetObjectiveDetail(db.store(), clock, reader, nullptr, objective);
  ASSERT_TRUE(detail);
  ASSERT_EQ((*detail)->comments.size(), 1u);
  EXPECT_EQ((*detail)->comments[0].institution_id, second_inst);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_measurements"), 0);
  EXPECT_EQ(Audits("pact.comment_create"), 1);
  EXPECT_EQ(Audits("pact.commitment_update"), 1);
}

TEST_F(PactTest, BadInputIsRefusedWithPreciseFrenchMessagesAndNothingIsWritten) {
  auto target = app::SetIndicatorTarget(db.store(), clock, coordinator, indicator, 2022, 90);
  ASSERT_FALSE(target);
  EXPECT_EQ(FieldMessage(target.error(), "year"),
            "Cible refusée : l'année 2022 est hors de la période du pacte (2016 à 2020).");
  auto unknown_year = Measure(pilot, indicator, 2014, 50);
  ASSERT_FALSE(unknown_year);
  EXPECT_EQ(FieldMessage(unknown_year.error(), "year"),
            "Aucune mesure n'est attendue pour l'année 2014 : le pacte couvre 2016 à 2020.");
  auto nan = Measure(pilot, indicator, 2018, std::nan(""));
  ASSERT_FALSE(nan);
  EXPECT_EQ(FieldMessage(nan.error(), "value"), "La valeur mesurée doit être un nombre.");
  app::ObjectiveRecord o;
  o.orientation_id = orientation;
  o.title = "Hors période";
  o.period = {2015, 2021};
  auto outside = app::AddObjective(db.store(), clock, coordinator, o, {first_inst});
  ASSERT_FALSE(outside);
  EXPECT_EQ(FieldMessage(outside.error(), "period_start"),
            "L'année de début 2015 est hors de la période du pacte : le pacte couvre 2016 à "
            "2020.");
  o.period = {2016, 2020};
  auto not_signatory = app::AddObjective(db.store(), clock, coordinator, o, {other_inst});
  ASSERT_FALSE(not_signatory);
  EXPECT_EQ(FieldMessage(not_signatory.error(), "pilots"),
            "Une institution pilote doit être signataire du pacte.");
  app::PactOrientationRecord dup;
  dup.pact_id = pact;
  dup.code = "freins_sante";
  dup.label = "Doublon";
  auto conflict = app::AddOrientation(db.store(), clock, coordinator, dup);
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().kind, ErrorKind::kConflict);
  auto by_partner = app::AddObjective(db.store(), clock, pilot, o, {first_inst});
  ASSERT_FALSE(by_partner);
  EXPECT_EQ(by_partner.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM pact_objectives"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM pact_orientations"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_measurements"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_targets WHERE year = 2022"), 0);
  auto computed = app::AddIndicator(db.store(), clock, coordinator, nullptr, objective,
                                    {"Calculé", "%", true, "dd_orientes_part", {}, {}});
  ASSERT_TRUE(computed);
  auto entered = Measure(pilot, *computed, 2018, 50);
  ASSERT_FALSE(entered);
  EXPECT_EQ(entered.error().code, "pact.indicator_computed");
}

TEST_F(PactTest, ComputedIndicatorsReadTheSourceOncePerDateAndShowNonCalculable) {
  auto ind = Indicator(objective, "Part des D&D orientés", 60, 80, "dd_orientes_part");
  Indicator(objective, "Autre calculé", 60, 80, "sorties_emploi");
  FakeSource source;
  auto view = app::GetPact(db.store(), clock, reader, &source);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(source.dates, (std::vector<std::string>{"2016-12-31", "2017-12-31", "2018-12-31",
                                                   "2019-12-31", "2020-12-31"}));
  const auto* v = app::FindIndicator(*view, ind);
  ASSERT_TRUE(v);
  ASSERT_TRUE(v->definition);
  EXPECT_DOUBLE_EQ(*v->years[0].value, 64);
  EXPECT_FALSE(v->years[3].value);  // empty population in 2019
  EXPECT_EQ(v->years[3].note, "Population vide.");
  EXPECT_EQ(v->latest->year, 2020);
  EXPECT_EQ(v->status, IndicatorStatus::kDansLaTrajectoire);  // 80 vs 80
  // No source: every computed indicator is "non calculable", with the reason.
  auto none = app::GetPact(db.store(), clock, reader, nullptr);
  ASSERT_TRUE(none);
  const auto* n = app::FindIndicator(*none, ind);
  EXPECT_EQ(n->status, IndicatorStatus::kNonCalculable);
  EXPECT_EQ(n->status_note, "Le calcul des indicateurs n'est pas disponible sur ce serveur.");
  // A code the library does not know is refused when the library is there.
  IndicatorFields f{"Inconnu", "%", true, "definition_inconnue", {}, {}};
  auto unknown = app::AddIndicator(db.store(), clock, coordinator, &source, objective, f);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(FieldMessage(unknown.error(), "computed_by"),
            "Définition de calcul inconnue : « definition_inconnue ».");
}

TEST_F(PactTest, TheYearlyReportAndMyCommitments) {
  ASSERT_TRUE(Measure(pilot, indicator, 2018, 80));
  auto report = app::GetProgressReport(db.store(), clock, reader, nullptr, 2018);
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ((*report)->rows.size(), 1u);
  EXPECT_EQ((*report)->rows[0].status, IndicatorStatus::kEnAvance);  // 80 vs 72
  auto table = app::ProgressReportTable(**report);
  EXPECT_EQ(table.headers[6], "Cible 2018");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(table.rows[0][9]), "En avance");
  auto outside = app::GetProgressReport(db.store(), clock, reader, nullptr, 2021);
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().message,
            "Le rapport d'avancement porte sur une année du pacte (2016 à 2020).");
  auto second = Objective("Accompagner vers l'emploi", {second_inst});
  (void)second;
  auto mine = app::GetMyCommitments(db.store(), clock, pilot, nullptr);
  ASSERT_TRUE(mine) << mine.error().message;
  EXPECT_TRUE(mine->signatory);
  EXPECT_EQ(mine->institution_name, "CAF des Hauts-de-Seine");
  ASSERT_EQ(mine->pact.orientations.size(), 1u);
  ASSERT_EQ(mine->pact.orientations[0].objectives.size(), 1u);
  EXPECT_EQ(mine->pact.orientations[0].objectives[0].record.id, objective);
  EXPECT_FALSE(app::GetMyCommitments(db.store(), clock, reader, nullptr));
}

TEST_F(PactTest, UpdatingThePactChecksItsVersionAndItsObjectives) {
  PactFields f{"Pacte révisé", {2016, 2020}, *ParseIsoDate("2016-03-24"), PactStatus::kClos};
  ASSERT_TRUE(app::UpdatePact(db.store(), clock, coordinator, pact, 1, f));
  auto stale = app::UpdatePact(db.store(), clock, coordinator, pact, 1, f);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  f.period = {2017, 2020};
  auto shorter = app::UpdatePact(db.store(), clock, coordinator, pact, 2, f);
  ASSERT_FALSE(shorter);
  EXPECT_EQ(shorter.error().message,
            "Des objectifs sortiraient de la période : ajustez d'abord leurs années.");
  auto institution = app::SetAgentInstitution(db.store(), clock, coordinator, reader.agent_id,
                                              second_inst);
  ASSERT_TRUE(institution);
  auto resolved = app::Read(db.store(), [&](app::UnitOfWork& uow) {
    return uow.Pact().InstitutionOfAgent(reader.agent_id);
  });
  EXPECT_EQ(resolved, second_inst);
}

}  // namespace
}  // namespace pacte::testing
