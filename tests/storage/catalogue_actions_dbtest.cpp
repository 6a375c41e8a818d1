// Catalogue actions on SQLite and PostgreSQL: creation by an operator, codes and search text in
// step, publication requirements, stale versions, visibility of drafts, "mes actions".

#include "storage/catalogue_fixture.hpp"

namespace pacte::testing {
namespace {

class CatalogueActions : public CatalogueWorld {};

TEST_F(CatalogueActions, OperatorCreatesADraftOfItsStructureWithCodesAndDiId) {
  auto f = Publishable();
  f.objective.clear();  // deduced from the thematiques
  f.zone_eligibilite = {"92050", "92"};
  f.zone_territories = {org.territory_id};
  f.funders = {org.institution_id};
  auto a = Create(op, f);
  EXPECT_EQ(a.data.status, ActionStatus::kBrouillon);
  EXPECT_EQ(a.data.structure_id, org.structure_id);
  EXPECT_EQ(a.di_id, "pacte-92--" + std::to_string(a.id));
  EXPECT_EQ(a.data.fields.objective, "lever_freins_sociaux");
  EXPECT_EQ(a.data.commune_name, "Nanterre");
  EXPECT_EQ(a.data.date_maj, *ParseIsoDate("2026-06-01"));
  EXPECT_EQ(a.data.fields.zone_territories, std::vector<std::int64_t>{org.territory_id});
  EXPECT_EQ(a.data.fields.funders, std::vector<std::int64_t>{org.institution_id});
  EXPECT_EQ(Count("SELECT COUNT(*) FROM action_codes WHERE list IN ('zone_commune', "
                  "'zone_departement', 'zone_territory', 'funder', 'barrier')"),
            5);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE search_text LIKE '%permis de conduire%'"),
            1);
  EXPECT_EQ(Audits("action.create"), 1);
}

TEST_F(CatalogueActions, CreationRefusesBadFieldsAndNonOperatorsWritingNothing) {
  auto f = Publishable();
  f.name = "";
  f.commune_code = "92999";
  f.funders = {999999};
  auto bad = app::CreateAction(db.store(), clock, op, "pacte-92", std::nullopt, f);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, "action.invalid");
  EXPECT_EQ(FieldMessage(bad.error(), "name"), "Le nom de l'action est obligatoire.");
  EXPECT_NE(FieldMessage(bad.error(), "commune_code").find("92999"), std::string::npos);
  EXPECT_NE(FieldMessage(bad.error(), "funders").find("999999"), std::string::npos);
  auto forbidden = app::CreateAction(db.store(), clock, referent, "pacte-92", std::nullopt,
                                     Publishable());
  ASSERT_FALSE(forbidden);
  EXPECT_EQ(forbidden.error().kind, ErrorKind::kForbidden);
  auto elsewhere = app::CreateAction(db.store(), clock, op, "pacte-92", other.structure_id,
                                     Publishable());
  ASSERT_FALSE(elsewhere);  // an operator creates for its own structure only
  EXPECT_EQ(elsewhere.error().kind, ErrorKind::kForbidden);
  auto no_structure = app::CreateAction(db.store(), clock, coordinator, "pacte-92",
                                        std::nullopt, Publishable());
  ASSERT_FALSE(no_structure);
  EXPECT_FALSE(FieldMessage(no_structure.error(), "structure_id").empty());
  ExecuteForTest(db.store(), "UPDATE structures SET is_action_operator = FALSE WHERE id = $1",
                 {std::to_string(other.structure_id)});
  auto not_operator = app::CreateAction(db.store(), clock, coordinator, "pacte-92",
                                        other.structure_id, Publishable());
  ASSERT_FALSE(not_operator);
  EXPECT_NE(FieldMessage(not_operator.error(), "structure_id").find("opérateur"),
            std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 0);
}

TEST_F(CatalogueActions, PublicationNeedsWhatAReferentNeeds) {
  auto f = Publishable();
  f.telephone.clear();
  f.adresse.clear();
  f.modes_mobilisation.clear();
  auto a = Create(op, f);
  auto refused = app::PublishAction(db.store(), clock, op, a.id, a.version);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "action.not_publishable");
  EXPECT_FALSE(FieldMessage(refused.error(), "telephone").empty());
  EXPECT_FALSE(FieldMessage(refused.error(), "adresse").empty());
  EXPECT_FALSE(FieldMessage(refused.error(), "modes_mobilisation").empty());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE status = 'publiee'"), 0);
  auto edited = app::ChangeAction(
      db.store(), clock, op, a.id, a.version,
      [](ActionFields& x) {
        x.telephone = "01 47 29 30 31";
        x.adresse = "1 place de la Boule";
        x.modes_mobilisation = {"telephoner"};
      },
      ActionStatus::kPubliee);
  ASSERT_TRUE(edited) << edited.error().message;
  EXPECT_EQ(edited->data.status, ActionStatus::kPubliee);
  EXPECT_TRUE(edited->published_at.has_value());
  EXPECT_EQ(Audits("action.publish"), 1);
  auto unpublishable = app::ChangeAction(
      db.store(), clock, op, a.id, edited->version,
      [](ActionFields& x) { x.telephone.clear(); }, std::nullopt);
  ASSERT_FALSE(unpublishable);
  EXPECT_EQ(unpublishable.error().code, "action.not_publishable");
}

TEST_F(CatalogueActions, UpdateOnAStaleVersionIsRefusedAndDateMajMovesToToday) {
  auto a = Create(op);
  clock.Set(*ParseIsoTimestamp("2026-09-01T09:00:00Z"));
  auto saved = app::ChangeAction(db.store(), clock, op, a.id, a.version,
                                 [](ActionFields& x) { x.name = "Atelier permis"; }, std::nullopt);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->data.date_maj, *ParseIsoDate("2026-09-01"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE search_text LIKE 'atelier permis%'"), 1);
  auto stale = app::ChangeAction(db.store(), clock, op, a.id, a.version,
                                 [](ActionFields& x) { x.name = "Autre"; }, std::nullopt);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::kStale);
  EXPECT_EQ(Audits("action.update"), 1);
}

TEST_F(CatalogueActions, ArchiveAndTransitionsAndOtherOperators) {
  auto a = Published(op);
  auto other_try = app::ArchiveAction(db.store(), clock, other_op, a.id, a.version);
  ASSERT_FALSE(other_try);
  EXPECT_EQ(other_try.error().kind, ErrorKind::kForbidden);
  auto archived = app::ArchiveAction(db.store(), clock, coordinator, a.id, a.version);
  ASSERT_TRUE(archived);
  EXPECT_EQ(archived->data.status, ActionStatus::kArchivee);
  auto again = app::ArchiveAction(db.store(), clock, op, a.id, archived->version);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().message, "Cette action est déjà archivée.");
  // Archived: invisible to the other operator and to référents.
  EXPECT_EQ(app::GetAction(db.store(), clock, other_op, a.id).error().kind,
            ErrorKind::kNotFound);
  EXPECT_EQ(app::GetAction(db.store(), clock, referent, a.id).error().kind,
            ErrorKind::kNotFound);
  EXPECT_TRUE(app::GetAction(db.store(), clock, op, a.id));
}

TEST_F(CatalogueActions, ReadersSeePublishedActionsWithQualityAndStaleness) {
  auto a = Published(op);
  auto seen = app::GetAction(db.store(), clock, referent, a.id);
  ASSERT_TRUE(seen);
  EXPECT_FALSE(seen->can_manage);
  EXPECT_FALSE(seen->stale);
  EXPECT_GT(seen->quality.score, 0.8);
  clock.Set(*ParseIsoTimestamp("2027-01-02T09:00:00Z"));
  auto later = app::GetAction(db.store(), clock, op, a.id);
  EXPECT_TRUE(later->stale);
  EXPECT_TRUE(later->can_manage);
  EXPECT_LT(later->quality.score, seen->quality.score);
  EXPECT_FALSE(later->quality.ToFix().empty());
}

TEST_F(CatalogueActions, OperatorListsOnlyItsActionsWithFillRatesAndStaleFlags) {
  auto mine = Published(op);
  Published(other_op);
  auto session = app::AddSession(db.store(), clock, op, mine.id,
                                 {"", "2026-07-01", "2026-09-30", "", 10, 12, 4, "", ""});
  ASSERT_TRUE(session) << session.error().message;
  CreateTestPrescription(db.store(), clock,
                         {.person_id = person, .action_id = mine.id,
                          .session_id = session->id, .status = "acceptee"});
  auto list = app::ListOperatorActions(db.store(), clock, op, {}, {});
  ASSERT_TRUE(list);
  ASSERT_EQ(list->total, 1);
  const auto& row = list->items.front();
  EXPECT_EQ(row.item.id, mine.id);
  EXPECT_EQ(row.item.places, 4);
  EXPECT_EQ(row.item.taken, 1);
  EXPECT_EQ(row.free_places, 3);
  EXPECT_EQ(row.fill_rate, 0.25);
  EXPECT_FALSE(row.stale);
  auto all = app::ListOperatorActions(db.store(), clock, coordinator, {}, {});
  EXPECT_EQ(all->total, 2);
  clock.Set(*ParseIsoTimestamp("2027-01-15T09:00:00Z"));
  auto later = app::ListOperatorActions(db.store(), clock, op, {}, {});
  EXPECT_TRUE(later->items.front().stale);
  EXPECT_FALSE(app::ListOperatorActions(db.store(), clock, referent, {}, {}));
}

}  // namespace
}  // namespace pacte::testing
