#include "parley/evidence/claim.hpp"

#include "parley/evidence/document.hpp"

namespace parley::evidence {

const char* to_string(LineKind kind) {
  switch (kind) {
    case LineKind::article:
      return "article";
    case LineKind::blank:
      return "blank";
    case LineKind::chrome:
      return "chrome";
    case LineKind::comment:
      return "comment";
  }
  return "?";
}

namespace {

struct StanceNames {
  const char* name;
  const char* cameo;
  const char* plover;
};

// CAMEO roots (Schrodt 2012): 03 express intent to cooperate (offers, promises), 08 yield
// (accepting, easing restrictions), 10 demand, 12 reject, 13 threaten. PLOVER (Open Event Data
// Alliance) files offers and agreements under AGREE; yielding words ("lifted", "conceded") are its
// CONCEDE, which the extractor reports per cue (ExtractionModel::DetectedAct::plover).
constexpr StanceNames kStances[] = {{"demand", "10", "DEMAND"},
                                    {"offer", "03", "AGREE"},
                                    {"accept", "08", "AGREE"},
                                    {"reject", "12", "REJECT"},
                                    {"threaten", "13", "THREATEN"}};

const StanceNames& names(Stance s) {
  return kStances[static_cast<int>(s)];
}

}  // namespace

const char* to_string(Stance stance) {
  return names(stance).name;
}
const char* cameo_root(Stance stance) {
  return names(stance).cameo;
}
const char* plover_category(Stance stance) {
  return names(stance).plover;
}

}  // namespace parley::evidence
