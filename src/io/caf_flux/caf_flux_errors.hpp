#pragma once
// French errors of the CAF flux reader (codes `caf_flux.*`), from libxml2's error records.

#include <string>

#include "domain/common/error.hpp"

namespace pacte::io::caf_flux {

// The first error libxml2 reported (parser or XSD validation), as plain values.
struct XmlFailure {
  bool set = false;
  int domain = 0;
  int code = 0;
  int line = 0;
  std::string message;  // libxml2's English text, trimmed
  bool at_end = false;  // the failure is on the file's last line (truncation)
  bool no_root = false;  // no element was read before the failure
};

// kMalformed (kInvalid for the XSD) with a French message naming the line.
Error TranslateXmlFailure(const XmlFailure& failure);

Error FluxError(const std::string& code, int line, const std::string& message);

}  // namespace pacte::io::caf_flux
