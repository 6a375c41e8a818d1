#pragma once
// Reading a CAF / MSA "bénéficiaires RSA" flux (VRSB0801, see docs codes.md §1): what the file
// says, as plain structs holding the raw codes exactly as given (trimmed of surrounding blanks;
// unknown codes are kept, a later use case reports them). Dates are the file's ISO text
// (yyyy-mm-dd), unchecked here. The reader streams: one household in memory at a time.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/common/error.hpp"

namespace pacte::app {

// IdentificationFlux: who produced the file and the date it describes (DTREF).
struct CafFluxHeader {
  std::string applieme;            // APPLIEME
  std::string num_version;         // NUMVERSIONAPPLIEME
  std::string type_flux;           // TYPEFLUX: Q daily, M monthly
  std::string nat_flux;            // NATFLUX
  std::string creation_date;       // DTCREAFLUX
  std::string creation_time;       // HEUCREAFLUX
  std::string reference_date;      // DTREF: the situation is valid from this date
};

// Personne/Prestations: one benefit the person is part of.
struct CafBenefit {
  std::string nature;  // NATPREST (RSA, PFA…)
  std::string role;    // ROLEPERS: DEM, CJT, ENF, AUT, RDO
};

// Personne: identity, benefits and the rights-and-duties flag.
struct CafPerson {
  std::string qual;              // QUAL (MR, MME)
  std::string nom;               // NOM
  std::string nom_naissance;     // NOMNAI
  std::string prenom;            // PRENOM
  std::string birth_date;        // DTNAI
  std::string birth_city;        // NOMCOMNAI
  std::string nir;               // NIR (13 or 15 characters, unchecked)
  std::string sexe;              // SEXE: 1 man, 2 woman
  std::vector<CafBenefit> benefits;
  std::string toppersdrodevorsa;  // TOPPERSDRODEVORSA: "1", "0" or empty (unknown)
};

// A dated reason (suspension of the right or of the payment).
struct CafDatedReason {
  std::string reason;  // MOTISUSDRORSA / MOTISUSVERSRSA
  std::string date;    // DDSUSDRORSA / DDSUSVERSRSA
};

// InfosFoyerRSA: one household with its RSA right as known at the file's DTREF.
struct CafHousehold {
  int line = 0;                  // line of <InfosFoyerRSA> in the file, for reports
  std::string fonorg;            // FONORG: CAF or MSA
  std::string numorg;            // NUMORG
  std::string matricule;         // MATRICULE (CAF / MSA number)
  std::string request_date;      // DTDEMRSA
  std::string request_number;    // NUMDEMRSA
  std::string etatdosrsa;        // ETATDOSRSA (0..6, Z or empty)
  std::string refusal_reason;    // Refus/MOTIREFURSA
  std::string refusal_date;      // Refus/DTREFURSA
  std::vector<CafDatedReason> right_suspensions;    // SuspensionDroit
  std::vector<CafDatedReason> payment_suspensions;  // SuspensionVersement
  std::string closure_reason;    // FinDroit or FinDroitMoisAnterieur / MOTICLORSA
  std::string closure_date;      // .../DTCLORSA
  bool closed_earlier_month = false;  // the closure came from FinDroitMoisAnterieur
  std::string topsansdomfixe;    // TOPSANSDOMFIXE: "1" homeless, "0", empty unknown
  std::vector<CafPerson> persons;
  // Bytes of the file the parser had consumed when the household ended (for progress; an
  // approximation, the parser reads ahead by chunks).
  std::int64_t bytes_read = 0;
};

// What the whole file held once read to the end.
struct CafFluxSummary {
  CafFluxHeader header;
  int households = 0;             // InfosFoyerRSA passed to the callback
  int persons = 0;                // Personne elements of those households
  std::string declared_households;  // TransmissionFlux/NBTOTDOSRSATRANSM, raw (may disagree)
  bool validated = false;         // the XSD validation ran and passed
};

struct CafFluxOptions {
  bool validate_xsd = false;
  // The XSD to validate with; empty: the schema embedded in the binary (vrsb0801.xsd).
  std::string xsd_path;
  std::uint64_t max_file_bytes = 4ULL << 30;  // kTooLarge beyond (0: no limit)
  std::size_t max_persons_per_household = 100;
  std::size_t max_value_length = 4096;  // of one element's text
  // Called once with the header before the first household (optional). An error stops the read.
  std::function<Status(const CafFluxHeader&)> on_header = nullptr;
};

// Streams a VRSB0801 file. Contract:
// - `on_household` is called once per InfosFoyerRSA, in file order, with the household fully
//   read; an error it returns stops the read and is returned as is.
// - The file is refused (kMalformed, French message with the line number) when it is
//   zero-byte or empty, truncated, malformed, has a DOCTYPE (entities and DTDs are never
//   loaded nor expanded, no network access), is not a <Racine> flux, lacks its
//   IdentificationFlux, or (validate_xsd) breaks the XSD. Households already passed to the
//   callback before a failure stay passed: the caller decides what to keep.
// - kNotFound when the file does not exist, kTooLarge over max_file_bytes or over the per
//   household limits.
class CafFluxReader {
 public:
  virtual ~CafFluxReader() = default;
  virtual Result<CafFluxSummary> Read(
      const std::string& path, const CafFluxOptions& options,
      const std::function<Status(const CafHousehold&)>& on_household) = 0;
};

}  // namespace pacte::app
