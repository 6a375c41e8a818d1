#pragma once
// Shared by the prescription repository's files: the columns of a prescription with its
// display names, and the row reader.

#include <optional>
#include <string>

#include "app/ports/prescription_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

// SELECT … FROM prescriptions pr JOIN … (append WHERE/ORDER).
extern const char* const kPrescriptionSelect;

app::PrescriptionRecord PrescriptionOf(const SqlRow& r);

// "Session du 01/12/2026 au 26/02/2027", or the session's own label when it has one.
std::string SessionLabel(const std::string& label, const std::string& starts_on,
                         const std::string& ends_on);

std::optional<Date> OptDateOf(const SqlRow& r, std::size_t i);
std::optional<Timestamp> OptTimestampOf(const SqlRow& r, std::size_t i);

}  // namespace pacte::storage
