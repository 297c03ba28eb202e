#include "parley/report/forecast_words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/core/number_format.hpp"

namespace parley::report {

namespace {

std::string option_point(const std::vector<std::string>& labels, double x) {
  const auto nearest = static_cast<std::size_t>(
      std::clamp(std::lround(x), 0L, static_cast<long>(labels.size()) - 1));
  if (std::fabs(x - static_cast<double>(nearest)) < 0.05) return labels[nearest];
  return fmt::format("{} ({})", labels[nearest], format_number(x, 1));
}

}  // namespace

std::string forecast_point_short(const analysis::Forecast& f, std::size_t k, double x) {
  if (k < f.option_ids.size() && !f.option_ids[k].empty()) return option_point(f.option_ids[k], x);
  return forecast_point(f, k, x);
}

std::string forecast_point(const analysis::Forecast& f, std::size_t k, double x) {
  if (k < f.option_labels.size() && !f.option_labels[k].empty()) {
    return option_point(f.option_labels[k], x);
  }
  const std::string unit = k < f.units.size() ? f.units[k] : "";
  const std::string number = format_number(x, std::fabs(x) >= 100 ? 0 : 1);
  return unit.empty() ? number : number + " " + unit;
}

double on_hundred(const analysis::Forecast& f, std::size_t k, double x) {
  const auto& d = f.inputs.dimensions[k];
  return d.high > d.low ? (x - d.low) / (d.high - d.low) * 100.0 : 0.0;
}

std::string input_name(const analysis::Forecast& f, const forecast::UncertainInput& input) {
  const std::string actor = f.inputs.actors[input.actor].name;
  if (input.kind == forecast::UncertainInput::Kind::capability) return actor + " capability";
  return fmt::format("{} {} {}", actor, f.inputs.dimensions[input.dimension].name,
                     forecast::to_string(input.kind));
}

std::string model_name(const analysis::Forecast& f) {
  switch (f.model) {
    case analysis::ForecastKind::median:
      return "weighted median (capability × salience)";
    case analysis::ForecastKind::mean:
      return "weighted mean (capability × salience)";
    case analysis::ForecastKind::bdm:
      return fmt::format("expected-utility model (Bueno de Mesquita; Scholz et al. 2011), P {}",
                         f.probability == forecast::SuccessProbability::all_pairs ? "over all pairs"
                                                                                  : "per contest");
    case analysis::ForecastKind::smp:
      return "KTAB's Spatial Model of Politics";
  }
  return "?";
}

std::string short_model_name(const analysis::Forecast& f) {
  switch (f.model) {
    case analysis::ForecastKind::median:
      return "weighted median";
    case analysis::ForecastKind::mean:
      return "weighted mean";
    case analysis::ForecastKind::bdm:
      return "expected-utility model";
    case analysis::ForecastKind::smp:
      return "KTAB's SMP";
  }
  return "?";
}

std::string provenance(const analysis::Forecast& f) {
  std::string options;
  if (f.model == analysis::ForecastKind::bdm) {
    options = fmt::format(
        ", {}, {} rounds at most",
        f.probability == forecast::SuccessProbability::all_pairs ? "all pairs" : "per contest",
        f.round_limit);
  }
  return fmt::format("parley {} · {}{} · seed {} · {} runs · input {} (sha256 {})", f.version,
                     analysis::to_string(f.model), options, f.seed,
                     group_thousands(std::to_string(f.runs)), f.input, f.input_hash);
}

}  // namespace parley::report
