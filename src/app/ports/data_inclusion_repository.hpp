#pragma once
// Port: data·inclusion v1 exchange: reading structures and services for export, upserting
// imported records by their data·inclusion id, the import journal (catalogue_imports).

namespace pacte::app {

class DataInclusionRepository {
 public:
  virtual ~DataInclusionRepository() = default;
};

}  // namespace pacte::app
