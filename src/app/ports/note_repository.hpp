#pragma once
// Port: notes on a person with their visibility. Filled by its feature.

namespace pacte::app {

class NoteRepository {
 public:
  virtual ~NoteRepository() = default;
};

}  // namespace pacte::app
