#pragma once
// The demo pact's content (demo_pact_data.cpp): orientations, objectives, pilots, indicators.

#include <optional>
#include <string>
#include <vector>

namespace pacte::io {

struct DemoIndicatorSpec {
  std::string name;
  std::string unit;
  bool higher_is_better = true;
  double baseline = 0;     // 2015
  double target_2020 = 0;  // targets 2016–2019 on the straight line
  std::string computed_by;  // "" for entered
};

struct DemoObjectiveSpec {
  std::string orientation;  // code
  std::string title;
  std::string description;
  std::vector<std::string> pilots;  // institution name prefixes
  std::vector<DemoIndicatorSpec> indicators;
  std::string action_objective;  // PDI-RE objective of the linked commitment ("" for none)
  std::string commitment;        // what the first pilot undertakes ("" for none)
};

struct DemoOrientationSpec {
  std::string code;
  std::string label;
};

const std::vector<DemoOrientationSpec>& DemoOrientations();
const std::vector<DemoObjectiveSpec>& DemoObjectives();

}  // namespace pacte::io
