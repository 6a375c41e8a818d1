#pragma once
// Mapping between pacte's stored records and data·inclusion v1 JSON records and CSV rows,
// and the pacte-side codes an imported record gets.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/data_inclusion/di_records.hpp"
#include "app/ports/data_inclusion_repository.hpp"

namespace pacte::app {

enum class DiKind { kStructures, kServices };

// The v1 record: every property of the schema, null when pacte has no value (lists
// included), in the schema's order. Texts too short for the schema are left out (null), a
// service description shorter than 5 characters becomes "<nom> : description à compléter."
// so that every exported record is valid.
nlohmann::json StructureRecordJson(const DiStructure& s);
nlohmann::json ServiceRecordJson(const DiService& s);

// CSV (RFC 4180, comma-separated, CRLF, header row of the schema's property names): lists
// comma-joined in one cell, null as an empty cell.
std::string RecordsCsv(DiKind kind, const std::vector<nlohmann::json>& records);

// Institution kind and DREES category of a new imported structure, from its networks
// (ccas-cias → ccas / ccas_cias, mission-locale → mission_locale…; else autre /
// autre_hors_spe).
NewStructureCodes NewStructureCodesOf(const DiStructure& s);

// Objective (from the thematiques) and barrier themes (from their categories).
ImportedActionExtras ExtrasOf(const DiService& s);

}  // namespace pacte::app
