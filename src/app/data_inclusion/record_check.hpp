#pragma once
// The checks of one data·inclusion record that need no database, as the national validator
// reports them: errors (the record is rejected) apart from warnings (quality issues; the
// record is applied).
//
// Kind: a record is a service when it has a field only services have (structure_id,
// thematiques, publics, profils…), else a structure; a file may mix both.
// Errors: unreadable record (non-UTF-8, malformed JSON, not an object); every rule of the
//   v1 JSON Schema (missing required field, wrong type, unknown code of an enumerated list,
//   length, pattern, date/e-mail/URI format); invalid COG codes:
//   - zone_eligibilite: a code that is neither a commune (5 characters of a real département),
//     a département, an EPCI (9 digits), a country (99xxx) nor "france"; a commune code of
//     the département that is not one of its communes;
//   - code_insee: a commune code of the département that is not one of its communes;
//   - a structure whose commune cannot be found in the département (pacte structures belong
//     to a commune of the département): unknown code_insee and no known code_postal.
// Warnings: v0 mappings; unknown fields (ignored); commune codes of another département
//   (kept: the service may be open to neighbours); countries other than France (ignored);
//   an id not prefixed by `<source>--`; quality criteria of codes.md §4 that fail
//   (description under 50 characters, no thematique, no public, no contact means, on site
//   without address, mobilisation by phone/e-mail without phone/e-mail, payant without
//   précisions, date_maj over 6 months old or in the future, tous-publics with other
//   publics, name ending with a full stop).

#include "app/data_inclusion/di_records.hpp"
#include "app/data_inclusion/record_splitter.hpp"
#include "domain/common/time.hpp"

namespace pacte::app {

CheckedRecord CheckRecord(const RawRecord& raw, const Geography& geo, Date today);

// Whether `code` is a département code of France ("01".."95" but 20, "2A", "2B",
// "971".."976").
bool IsDepartementCode(const std::string& code);

}  // namespace pacte::app
