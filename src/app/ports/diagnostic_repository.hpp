#pragma once
// Port: dated diagnostics and the barrier situations referential. Filled by its feature.

namespace pacte::app {

class DiagnosticRepository {
 public:
  virtual ~DiagnosticRepository() = default;
};

}  // namespace pacte::app
