// The offer schema of migration 0013 on SQLite and PostgreSQL, through the fixtures every
// offer feature's tests use: an action with its codes, a session, a prescription and its
// first event; the checks of the schema refuse what no use case may write.

#include "storage/appointments_fixture.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {
namespace {

class OfferSchemaTest : public ParcoursWorld {
 protected:
  std::int64_t Count(const std::string& sql) {
    std::int64_t n = -1;
    db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
      n = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection().Query(sql).rows.at(0).Int(0);
      return true;
    });
    return n;
  }
};

TEST_F(OfferSchemaTest, FixturesWriteAnActionASessionAndAPrescription) {
  const auto action = CreateTestAction(db.store(), clock, org.structure_id);
  const auto session = CreateTestSession(db.store(), clock, action, {.places = 3});
  CreateTestPrescription(db.store(), clock,
                         {.person_id = person, .action_id = action, .session_id = session,
                          .prescriber_agent_id = referent.agent_id, .status = "acceptee"});
  EXPECT_EQ(Count("SELECT COUNT(*) FROM action_codes WHERE list = 'thematique'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE search_text LIKE '%permis%'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescriptions p JOIN actions a ON a.id = p.action_id "
                  "WHERE p.structure_id = a.structure_id AND p.answered_at IS NOT NULL"),
            1);
  EXPECT_EQ(Count("SELECT s.places - COUNT(p.id) FROM action_sessions s LEFT JOIN "
                  "prescriptions p ON p.session_id = s.id AND p.status IN ('acceptee', 'entree') "
                  "GROUP BY s.places"),
            2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM prescription_events"), 1);
}

TEST_F(OfferSchemaTest, ChecksRefuseUnknownStatusesAndObjectives) {
  EXPECT_ANY_THROW(CreateTestAction(db.store(), clock, org.structure_id, {.status = "validee"}));
  EXPECT_ANY_THROW(
      CreateTestAction(db.store(), clock, org.structure_id, {.objective = "lever_freins"}));
  const auto action = CreateTestAction(db.store(), clock, org.structure_id);
  EXPECT_ANY_THROW(CreateTestSession(db.store(), clock, action,
                                     {.starts_on = "2026-12-01", .ends_on = "2026-11-01"}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions"), 1);
}

}  // namespace
}  // namespace pacte::testing
