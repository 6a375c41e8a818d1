#pragma once
// Older data·inclusion "v0" records still circulate. They are recognised by their v0 fields
// (`profils`, `typologie`, `types`, `zone_diffusion_type`/`zone_diffusion_code`) and mapped
// to v1 where the mapping is unambiguous:
//   profils                 → publics (table below; profiles without a single v1 public are
//                             dropped with a warning)
//   typologie (structure)   → reseaux_porteurs (CCAS → ccas-cias, ML → mission-locale…;
//                             generic typologies such as ASSO are dropped with a warning)
//   types (service, list)   → type, when exactly one known type remains
//   thematiques             → kept when already v1, renamed when v0 has a known single v1
//                             successor, dropped with a warning otherwise (never guessed)
//   frais, modes_accueil as lists of one value → the value
//   zone_diffusion_type + zone_diffusion_code → zone_eligibilite (commune, epci,
//                             departement; pays → france; region: dropped with a warning)
//   date_maj as a timestamp → its date
// Every mapping is reported as a warning naming the v0 field, so the producer can migrate.

#include <vector>

#include <nlohmann/json.hpp>

#include "app/data_inclusion/di_records.hpp"

namespace pacte::app {

// Whether the record carries a v0-only field.
bool IsV0Record(const nlohmann::json& record);

// Rewrites a v0 record in place into v1 fields, appending a warning per mapping decision.
void MapV0Record(nlohmann::json& record, RecordKind kind, std::vector<RecordIssue>& warnings);

// The v1 thematique of a v0 one: itself when already v1, its known successor, or nullopt.
std::optional<std::string> V1Thematique(const std::string& v0);

}  // namespace pacte::app
