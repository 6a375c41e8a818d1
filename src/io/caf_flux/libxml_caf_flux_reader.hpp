#pragma once
// The CAF / MSA flux reader on libxml2's xmlTextReader: streaming (one household in memory at
// a time whatever the file size), the encoding taken from the XML declaration (windows-1252 as
// real files, UTF-8…), no network, no DTD loading, no entity expansion (a DOCTYPE is refused),
// optional XSD validation while streaming. Contract: app/ports/caf_flux_reader.hpp.

#include "app/ports/caf_flux_reader.hpp"

namespace pacte::io {

class LibxmlCafFluxReader final : public app::CafFluxReader {
 public:
  Result<app::CafFluxSummary> Read(
      const std::string& path, const app::CafFluxOptions& options,
      const std::function<Status(const app::CafHousehold&)>& on_household) override;
};

}  // namespace pacte::io
