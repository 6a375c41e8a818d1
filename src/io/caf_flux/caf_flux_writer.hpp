#pragma once
// Writing VRSB0801-shaped files (the layout of data/caf-flux's samples): for tests, demos and
// the benchmark. Streaming: households are written one by one, whatever their number.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::io {

enum class FluxEncoding { kWindows1252, kUtf8 };

// One <Personne>: values written as given (UTF-8 text; converted for windows-1252 files).
struct FluxPersonSpec {
  std::string qual = "MME";  // QUAL
  std::string nom;
  std::string nom_naissance;  // NOMNAI (omitted when empty)
  std::string prenom;
  std::string birth_date;  // DTNAI yyyy-mm-dd
  std::string nir;         // 13 characters as the CAF sends (or 15); omitted when empty
  std::string sexe = "2";
  std::string role = "DEM";  // ROLEPERS of the RSA benefit (DEM, CJT, ENF, AUT)
  std::string nature = "RSA";
  std::string toppersdrodevorsa = "1";  // omitted when empty
};

struct FluxReason {
  std::string reason;
  std::string date;
};

// One <InfosFoyerRSA>.
struct FluxHouseholdSpec {
  std::string fonorg = "CAF";
  std::string numorg = "921";
  std::string matricule;  // 15 digits
  std::string request_date = "2020-01-06";
  std::string numdemrsa;  // 11 characters
  std::vector<FluxPersonSpec> persons;
  std::string etatdosrsa = "2";
  std::optional<FluxReason> payment_suspension;  // SuspensionVersement
  std::optional<FluxReason> closure;             // FinDroit
  std::string topsansdomfixe = "0";
};

// Writes a flux to `out`: the header at construction, households with Add, the trailer with
// Finish (TransmissionFlux counting the households added). Text is XML-escaped; for
// windows-1252 files, UTF-8 characters outside that code page become '?'.
class CafFluxWriter {
 public:
  CafFluxWriter(std::ostream& out, FluxEncoding encoding, const std::string& reference_date,
                const std::string& creation_date);
  void Add(const FluxHouseholdSpec& h);
  void Finish();
  std::int64_t households() const { return households_; }
  std::int64_t persons() const { return persons_; }

 private:
  void AddPerson(const FluxHouseholdSpec& h, const FluxPersonSpec& p);
  void Element(int depth, const char* name, const std::string& value);
  std::string Encoded(const std::string& utf8) const;

  std::ostream& out_;
  FluxEncoding encoding_;
  std::int64_t households_ = 0;
  std::int64_t persons_ = 0;
};

struct GeneratedFluxOptions {
  std::int64_t households = 1000;
  std::uint64_t seed = 1;
  std::string reference_date = "2026-02-28";  // DTREF
  FluxEncoding encoding = FluxEncoding::kWindows1252;
};

// The index-th household (0-based) of a generated file: deterministic fake identities from
// (seed, index): valid NIRs (13 characters, as the CAF sends them, their keys computable),
// CAF numbers, NUMDEMRSA unique within a seed, a DEM in every household, a CJT in about 40 %
// and children (ENF, not followed) in about half; rights mostly open (2) with D&D, some
// suspended (3, 4 with a payment suspension reason), some closed (5, 6 with a closure reason
// and date), some D&D flags 0.
FluxHouseholdSpec GeneratedHousehold(const GeneratedFluxOptions& options, std::int64_t index);

struct GeneratedFluxSummary {
  std::int64_t households = 0;
  std::int64_t persons = 0;  // every <Personne>, children included
  std::int64_t bytes = 0;
};

// Writes options.households generated households to `path` (replaced). kInvalid when the
// count is negative or the reference date is not yyyy-mm-dd; kNotFound when the file cannot be
// written.
Result<GeneratedFluxSummary> WriteGeneratedCafFlux(const std::string& path,
                                                   const GeneratedFluxOptions& options);

}  // namespace pacte::io
