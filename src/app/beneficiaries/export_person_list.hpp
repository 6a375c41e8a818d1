#pragma once
// Exporting a list of beneficiaries (CSV / XLSX download of the /beneficiaires list): the
// same persons as the list page for the same criteria, every page of them, as a Table for
// app::TableWriter.
//
// Columns: Nom, Prénom, Date de naissance, Commune, Entrée D&D, Parcours, Orientée le,
// Structure, Référent, Contrat jusqu'au, Sortie (dates as dd/mm/yyyy text, parcours as its
// French label). Data minimisation: never the NIR, the CAF number nor contact details, whoever
// the actor is — a list export is for follow-up work, and a person's full data goes through
// the personal data export (PersonAction::kExport) instead.

#include <cstdint>

#include "app/beneficiaries/search_beneficiaries.hpp"
#include "app/ports/table_writer.hpp"

namespace pacte::app {

// The most persons one export holds.
inline constexpr std::int64_t kPersonListExportMaxRows = 50000;

struct PersonListExportLimits {
  std::int64_t max_rows = kPersonListExportMaxRows;
  int page_size = 1000;  // rows per repository read (tests make it small)
};

// The persons the actor sees (VisibilityOf(actor)) that match `search`, in its order, as one
// Table (sheet "Bénéficiaires"). Errors: kForbidden when the actor may not export lists
// (IntakeAction::kExportPersonList: admin, coordinateur, chargé d'orientation, référent) or
// list persons; kInvalid as SearchBeneficiaries for unreadable criteria; kInvalid
// person.export_too_large when more than limits.max_rows persons match (nothing is audited
// then). Every page is read in the one transaction of the audit event.
// Audit: one person.list_export event with the criteria's codes and the number of rows.
Result<Table> ExportPersonList(Store& store, const Clock& clock, const Actor& actor,
                               const BeneficiarySearch& search,
                               const PersonListExportLimits& limits = {});

// The table's header row (in column order).
const std::vector<std::string>& PersonListExportHeaders();

}  // namespace pacte::app
