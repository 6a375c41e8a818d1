#include "io/demo/demo_generator.hpp"

#include <ostream>

namespace pacte::io {

int RunDemo(app::Store&, const app::Settings&, const DemoParameters&, std::ostream& out) {
  out << "démonstration : à venir\n";
  return 0;
}

}  // namespace pacte::io
