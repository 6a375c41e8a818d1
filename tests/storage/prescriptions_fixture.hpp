#pragma once
// ParcoursWorld plus an operator structure running a published action with a session, and
// its operateur agent: the prescription scenarios (SQLite and PostgreSQL).

#include "app/prescriptions/prescriptions.hpp"
#include "support/offer_helpers.hpp"
#include "storage/appointments_fixture.hpp"

namespace pacte::testing {

class PrescriptionWorld : public ParcoursWorld {
 protected:
  TestOrganisation operator_org;
  app::Actor operateur, other_operateur;
  std::int64_t action = 0;
  std::int64_t session = 0;

  void SetUp() override {
    ParcoursWorld::SetUp();
    operator_org = CreateTestStructure(db.store(), clock, "Association Emploi 92");
    operateur = Make("op@asso92.fr", Role::kOperateur, operator_org.structure_id);
    other_operateur = Make("op@autre.fr", Role::kOperateur, other.structure_id);
    action = CreateTestAction(db.store(), clock, operator_org.structure_id);
    session = CreateTestSession(db.store(), clock, action, {.places = 2});
  }

  Result<app::PrescriptionRecord> Prescribe(const app::Actor& who,
                                            std::optional<std::int64_t> session_id,
                                            std::optional<std::int64_t> action_id = {},
                                            std::int64_t person_id = 0) {
    app::PrescriptionRequest in;
    in.person_id = person_id ? person_id : person;
    in.action_id = action_id ? action_id : std::optional<std::int64_t>(action);
    in.session_id = session_id;
    in.draft = {"Mme Martin souhaite passer son permis.", "12", "10"};
    return app::CreatePrescription(db.store(), clock, who, in);
  }

  Result<app::PrescriptionRecord> Answer(const app::Actor& who, std::int64_t id,
                                         PrescriptionChange change) {
    return app::ChangePrescriptionStatus(db.store(), clock, who, id, std::nullopt, change);
  }

  static PrescriptionChange To(std::string status, std::string reason = "",
                               std::string outcome = "") {
    PrescriptionChange c;
    c.status = std::move(status);
    c.reason = std::move(reason);
    c.outcome = std::move(outcome);
    return c;
  }
};

}  // namespace pacte::testing
