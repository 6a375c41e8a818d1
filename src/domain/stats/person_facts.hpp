#pragma once
// What the statistics know of one person as known at a date: the input of every figure of the
// pilotage (live dashboards, DREES OARSA tables, computed indicators of the pact). The storage
// builds it from the dated tables (rights history as recorded at that date, orientations,
// référents, contracts, prescriptions, exits, the latest diagnostic); the figures are pure
// functions of a population of PersonFacts, so a small population written by hand pins every
// definition in unit tests.
//
// "As known at" (FactsQuery::known_at): a row recorded after that instant is absent, and an
// event dated after FactsQuery::as_of is absent, so last year's figures can be reproduced
// exactly from today's database. Rows are sorted by date (oldest first).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/beneficiary/rights.hpp"
#include "domain/common/time.hpp"

namespace pacte::stats {

// The family situation of the household (DREES breakdown), as told by the CAF data.
enum class FamilySituation {
  kSeulSansEnfant,     // "seul_sans_enfant"
  kSeulAvecEnfants,    // "seul_avec_enfants"
  kCoupleSansEnfant,   // "couple_sans_enfant"
  kCoupleAvecEnfants,  // "couple_avec_enfants"
};
std::string_view FamilySituationCode(FamilySituation f);
std::string_view FamilySituationLabel(FamilySituation f);
std::optional<FamilySituation> ParseFamilySituation(std::string_view code);
const std::vector<FamilySituation>& AllFamilySituations();

struct OrientationFact {
  std::int64_t id = 0;
  Date decided_on{};
  std::string parcours;        // professionnel, socio_professionnel, social
  std::int64_t structure_id = 0;
  std::string drees_category;  // the structure's DreesCategory code
  bool is_first = false;       // no previous orientation (a primo-orientation)
  bool is_reorientation = false;
};

struct ReferentFact {
  std::int64_t agent_id = 0;
  std::optional<std::int64_t> structure_id;
  Date valid_from{};
  std::optional<Date> valid_to;  // exclusive, like rights rows; absent while it lasts
};

struct ContractFact {
  std::int64_t id = 0;
  std::string type;    // cer_professionnel, cer_social, ppae, contrat_engagement
  std::string status;  // current status: brouillon, signe, termine, resilie
  std::optional<Date> signed_on;
  Date starts_on{};
  Date ends_on{};       // inclusive (last day of the contract)
  std::optional<Date> closed_on;  // resiliation or early end, when recorded
  std::optional<std::int64_t> structure_id;
  std::vector<int> action_types;  // OARSA types 1–15 of its actions (codes.md §6)
};

struct PrescriptionFact {
  std::int64_t action_id = 0;
  std::optional<std::int64_t> session_id;
  std::string objective;        // the action's PDI-RE objective code ("" when unknown)
  std::int64_t operator_structure_id = 0;
  Date prescribed_on{};
  std::optional<Date> answered_on;
  bool refused = false;         // answered by a refusal (refusee) or expired (expiree)
  std::optional<Date> entered_on;
  std::optional<Date> exited_on;
  std::optional<std::string> outcome;  // terminee, abandon, exclusion, emploi, formation
};

struct ExitFact {
  Date exited_on{};
  std::string reason;  // an ExitReason code
};

struct PersonFacts {
  std::int64_t person_id = 0;
  std::optional<Date> birth_date;
  std::optional<std::string> sex;  // "M" / "F"
  // Where the person lives today (history of addresses is not kept): commune and territory.
  std::optional<std::string> commune_code;
  std::optional<std::int64_t> territory_id;
  // Qualification level of the latest diagnostic made on or before as_of
  // (infra_cap, cap_bep, bac, superieur_bac).
  std::optional<std::string> qualification_level;
  // The rights history as recorded at known_at, rows ending after as_of included; the family
  // situation of each row at the same index (nullopt: unknown).
  RightsHistory rights;
  std::vector<std::optional<FamilySituation>> family;
  std::vector<OrientationFact> orientations;   // decided on or before as_of
  std::vector<ReferentFact> referents;         // started on or before as_of
  std::vector<ContractFact> contracts;         // starting or signed on or before as_of
  std::vector<PrescriptionFact> prescriptions; // prescribed on or before as_of
  std::vector<ExitFact> exits;                 // on or before as_of
};

// ---- Shared definitions (domain.md §6); every figure uses these, never its own variant. ----

// In the D&D population at `date`: flagged D&D in a right open and payable (etatdosrsa 2).
bool InDdPopulation(const PersonFacts& p, Date date);
// Start of the latest D&D period that began on or before `date` (the "entry" of OARSA and of
// the funnel); nullopt when the person never entered D&D by then.
std::optional<Date> LatestDdEntry(const PersonFacts& p, Date date);
// The orientation in force at `date` (the latest decided on or before it), if any.
const OrientationFact* OrientationAt(const PersonFacts& p, Date date);
// The first orientation decided on or after `since` and on or before `date`.
const OrientationFact* FirstOrientationBetween(const PersonFacts& p, Date since, Date date);
// The référent assignment active at `date`, if any.
const ReferentFact* ReferentAt(const PersonFacts& p, Date date);
// A contract in force at `date`: signed on or before it, starts_on <= date <= ends_on, and
// not closed on or before it. Among several, the latest started.
const ContractFact* ValidContractAt(const PersonFacts& p, Date date);
// The first contract signed (or, unsigned, started) on or after `since` and on or before
// `date`, drafts excluded.
const ContractFact* FirstContractBetween(const PersonFacts& p, Date since, Date date);
// Family situation of the rights row covering `date`; nullopt when unknown.
std::optional<FamilySituation> FamilySituationAt(const PersonFacts& p, Date date);
// Age in whole years at `date`; nullopt without a birth date.
std::optional<int> AgeAt(const PersonFacts& p, Date date);
// Whole days from `from` to `to` (negative when to < from).
long DaysBetween(Date from, Date to);

}  // namespace pacte::stats
