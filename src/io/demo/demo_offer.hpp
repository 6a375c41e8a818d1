#pragma once
// The demo insertion offer of the Hauts-de-Seine: programmes of the last five years (budget
// per objective above the funding of their actions), actions of every operator spread over
// the six PDI-RE objectives (data·inclusion fields, barrier themes, OARSA type, funding,
// eligibility zone; most published, a few drafts, some archived, some not updated for six
// months), their sessions year after year, and the prescriptions of the demo population to
// them (référents prescribing to the persons they follow; most accepted within two weeks,
// some refused with a reason, some expired, entries and exits with outcomes; a session never
// holds more participants than its places, an action without sessions never more than its
// capacity at a time). Deterministic: the same seed and inputs give the same batch.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/offer_population_repository.hpp"
#include "app/ports/population_repository.hpp"
#include "domain/common/time.hpp"

namespace pacte::io {

struct OfferOperator {
  std::int64_t structure_id = 0;
  std::string name;
  std::string commune_code;
  std::vector<std::string> domains;  // DemoStructure::domains
  std::vector<std::int64_t> agents;  // its operateur agents (answer, entry and exit)
};

struct OfferCommune {
  std::string insee_code;
  std::string name;
  std::optional<std::string> postal_code;
  std::optional<std::int64_t> territory_id;
  std::optional<double> lat;
  std::optional<double> lon;
};

struct OfferInput {
  unsigned long long seed = 92;
  int actions = 150;          // about this many actions in all
  int sessions_per_year = 2;  // per collective action, fewer for long ones
  Timestamp now{};
  std::string di_source = "pacte-92";
  int expiry_days = 30;    // app::Settings::prescription_expiry_days
  int reminder_days = 10;  // app::Settings::prescription_reminder_days
  // The first one is the demo operator login's structure: it gets three actions, all
  // published and running, so that its inbox and participants are never empty.
  std::vector<OfferOperator> operators;
  std::vector<OfferCommune> communes;
  // Institution ids by name (DemoInstitutions), for the funders of the actions.
  std::map<std::string, std::int64_t> institutions;
  // The demo population as loaded, and its person ids in batch order.
  const app::PopulationBatch* population = nullptr;
  std::vector<std::int64_t> person_ids;
};

app::OfferBatch GenerateOffer(const OfferInput& in);

// Part of GenerateOffer: appends the prescriptions to the sessions (and capacities) of the
// published or archived actions of `batch` (demo_prescriptions.cpp).
void AddDemoPrescriptions(const OfferInput& in, app::OfferBatch& batch);

}  // namespace pacte::io
