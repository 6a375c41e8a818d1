#pragma once
// Where each VRSB0801 leaf element goes in the port's structs. Pure: no XML library here, the
// streaming reader passes the open element names (outermost first) and the leaf's text.

#include <string>
#include <vector>

#include "app/ports/caf_flux_reader.hpp"

namespace pacte::io::caf_flux {

// Element names from <Racine> (excluded) down to the leaf (included).
using ElementPath = std::vector<std::string>;

// True when `path` ends inside an InfosFoyerRSA / Personne element.
bool InHousehold(const ElementPath& path);

// Called when an element opens, before its content: creates the repeated sub-records
// (Personne, Prestations, SuspensionDroit, SuspensionVersement, FinDroitMoisAnterieur flag).
void OpenElement(const ElementPath& path, app::CafHousehold& household);

// Stores `text` (already trimmed) of the leaf ending `path`; unknown leaves are ignored.
void AssignHeader(const ElementPath& path, const std::string& text, app::CafFluxHeader& header);
void AssignHousehold(const ElementPath& path, const std::string& text,
                     app::CafHousehold& household);

}  // namespace pacte::io::caf_flux
