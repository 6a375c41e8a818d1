#pragma once
// The catalogue world: ParcoursWorld's structures made action operators, an operateur of each,
// and a complete publishable action input.

#include "app/catalogue/catalogue.hpp"
#include "storage/appointments_fixture.hpp"
#include "support/offer_helpers.hpp"

namespace pacte::testing {

class CatalogueWorld : public ParcoursWorld {
 protected:
  app::Actor op, other_op;

  void SetUp() override {
    ParcoursWorld::SetUp();
    for (auto id : {org.structure_id, other.structure_id}) {
      ExecuteForTest(db.store(), "UPDATE structures SET is_action_operator = TRUE WHERE id = $1",
                     {std::to_string(id)});
    }
    op = Make("operateur@cd92.fr", Role::kOperateur, org.structure_id);
    other_op = Make("autre-operateur@cd92.fr", Role::kOperateur, other.structure_id);
  }

  static ActionFields Publishable() {
    ActionFields f;
    f.name = "Atelier mobilité";
    f.description = "Préparer le code de la route et financer son permis de conduire.";
    f.telephone = "01 47 29 30 31";
    f.modes_accueil = {"en-presentiel"};
    f.modes_mobilisation = {"telephoner"};
    f.mobilisable_par = {"professionnels"};
    f.adresse = "1 place de la Boule";
    f.commune_code = "92050";
    f.thematiques = {"mobilite--preparer-un-permis"};
    f.publics = {"tous-publics"};
    f.barriers = {"mobilite"};
    f.frais = "gratuit";
    return f;
  }

  app::StoredAction Create(const app::Actor& who, ActionFields f = Publishable()) {
    auto a = app::CreateAction(db.store(), clock, who, "pacte-92", std::nullopt, std::move(f));
    if (!a) throw std::runtime_error(a.error().message);
    return *a;
  }

  app::StoredAction Published(const app::Actor& who) {
    auto a = Create(who);
    auto p = app::PublishAction(db.store(), clock, who, a.id, a.version);
    if (!p) throw std::runtime_error(p.error().message);
    return *p;
  }
};

}  // namespace pacte::testing
