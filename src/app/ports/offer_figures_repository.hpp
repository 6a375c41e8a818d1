#pragma once
// Port: aggregate figures of the offer (fill rates, prescriptions by status, delays).

namespace pacte::app {

class OfferFiguresRepository {
 public:
  virtual ~OfferFiguresRepository() = default;
};

}  // namespace pacte::app
