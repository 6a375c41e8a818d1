#pragma once
// Catalogue actions, sessions and prescriptions in a given state, for the tests of every offer
// feature (catalogue, search, data·inclusion, prescriptions, figures). Rows are written as
// plain SQL (so that a feature's tests do not depend on another feature's use cases).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace pacte::testing {

struct TestActionSpec {
  std::string name = "Atelier mobilité";
  std::string description = "Préparer le code de la route et trouver un financement du permis.";
  std::string status = "publiee";                  // brouillon | publiee | archivee
  std::string objective = "lever_freins_sociaux";
  std::optional<int> action_type = 7;
  std::string commune_code = "92050";
  std::optional<int> capacity = std::nullopt;
  std::vector<std::string> thematiques = {"mobilite--preparer-un-permis"};
  std::vector<std::string> publics = {"beneficiaires-des-minimas-sociaux"};
  std::vector<std::string> modes_accueil = {"en-presentiel"};
  std::vector<std::string> barriers = {"mobilite"};
  std::vector<std::string> zone_communes = {};         // empty: the whole département
  std::string date_maj = "2026-01-15";
};

// Returns the action id; its di_id is "pacte-test--<n>".
std::int64_t CreateTestAction(app::Store& store, const app::Clock& clock,
                              std::int64_t structure_id, const TestActionSpec& spec = {});

struct TestSessionSpec {
  std::string starts_on = "2026-12-01";
  std::string ends_on = "2027-02-26";
  int places = 10;
  std::optional<double> weekly_hours = 12;
  std::optional<int> weeks = 12;
};

std::int64_t CreateTestSession(app::Store& store, const app::Clock& clock,
                               std::int64_t action_id, const TestSessionSpec& spec = {});

struct TestPrescriptionSpec {
  std::int64_t person_id = 0;
  std::int64_t action_id = 0;
  std::optional<std::int64_t> session_id = std::nullopt;
  std::optional<std::int64_t> prescriber_agent_id = std::nullopt;
  std::string status = "en_attente";
  std::string prescribed_at = "2026-11-02T10:00:00Z";
};

// The prescription and its first event; structure_id is the action's.
std::int64_t CreateTestPrescription(app::Store& store, const app::Clock& clock,
                                    const TestPrescriptionSpec& spec);

}  // namespace pacte::testing
