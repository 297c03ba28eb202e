#include "parley/forecast/model.hpp"

namespace parley::forecast {

const char* to_string(Stop stop) {
  switch (stop) {
    case Stop::converged:
      return "converged";
    case Stop::round_limit:
      return "round limit";
    case Stop::cycle:
      return "cycle";
  }
  return "?";
}

}  // namespace parley::forecast
