#include "parley/report/json/forecast_json.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "parley/report/forecast_words.hpp"

namespace parley::report {

using nlohmann::ordered_json;

namespace {

const char* probability_name(forecast::SuccessProbability p) {
  return p == forecast::SuccessProbability::all_pairs ? "all pairs" : "per contest";
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_number(double v) {
  return fmt::format("{}", v);  // shortest text that reads back as the same double
}

}  // namespace

ordered_json to_json(const analysis::Forecast& f) {
  ordered_json options = ordered_json::object();
  if (f.model == analysis::ForecastKind::bdm) {
    options["probability"] = probability_name(f.probability);
    options["round_limit"] = f.round_limit;
  }
  ordered_json out = {{"run",
                       {{"parley", f.version},
                        {"model", analysis::to_string(f.model)},
                        {"options", options},
                        {"seed", f.seed},
                        {"runs", f.runs},
                        {"input", f.input},
                        {"input_sha256", f.input_hash}}}};
  ordered_json issues = ordered_json::array();
  for (const auto& issue : f.issues) {
    const std::size_t k = issue.dimension;
    const auto& d = f.inputs.dimensions[k];
    ordered_json j = {{"issue", d.name}, {"title", k < f.titles.size() ? f.titles[k] : d.name}};
    if (k < f.option_labels.size() && !f.option_labels[k].empty()) {
      j["options"] = f.option_labels[k];
    } else if (k < f.units.size() && !f.units[k].empty()) {
      j["unit"] = f.units[k];
    }
    j["scale"] = {d.low, d.high};
    j["today"] = {{"median", issue.median}, {"mean", issue.mean}};
    j["forecast"] = issue.forecast;
    j["forecast_0_100"] = on_hundred(f, k, issue.forecast);
    j["band"] = issue.band ? ordered_json{{"p05", issue.band->p05},
                                          {"median", issue.band->median},
                                          {"p95", issue.band->p95}}
                           : ordered_json();
    j["stop"] = forecast::to_string(issue.stop);
    j["rounds"] = issue.rounds;
    if (issue.stop == forecast::Stop::cycle) {
      j["cycle"] = {{"start", issue.cycle_start}, {"length", issue.cycle_length}};
    }
    j["path"] = issue.path;
    ordered_json positions = ordered_json::object();
    const forecast::Trajectory& t = f.trajectories[k];
    for (std::size_t i = 0; i < f.inputs.actors.size(); ++i) {
      ordered_json per_round = ordered_json::array();
      for (const auto& round : t.rounds) per_round.push_back(round.positions[i]);
      positions[f.inputs.actors[i].name] = std::move(per_round);
    }
    j["positions"] = std::move(positions);
    issues.push_back(std::move(j));
  }
  out["issues"] = std::move(issues);
  ordered_json sweeps = ordered_json::array();
  const std::size_t dims = f.inputs.dimensions.size();
  for (const auto& sweep : f.sweeps) {
    const auto& in = f.uncertain[sweep.input];
    ordered_json input = {{"kind", forecast::to_string(in.kind)},
                          {"actor", f.inputs.actors[in.actor].name}};
    if (in.kind != forecast::UncertainInput::Kind::capability) {
      input["issue"] = f.inputs.dimensions[in.dimension].name;
    }
    input["low"] = in.low;
    input["high"] = in.high;
    ordered_json forecasts = ordered_json::object();
    ordered_json swing = ordered_json::object();
    for (std::size_t k = 0; k < dims; ++k) {
      ordered_json per_value = ordered_json::array();
      for (std::size_t v = 0; v < sweep.values.size(); ++v) {
        per_value.push_back(sweep.forecasts[v * dims + k]);
      }
      forecasts[f.inputs.dimensions[k].name] = std::move(per_value);
      swing[f.inputs.dimensions[k].name] = sweep.swing[k];
    }
    sweeps.push_back(
        {{"input", input}, {"values", sweep.values}, {"forecasts", forecasts}, {"swing", swing}});
  }
  out["sensitivity"] = std::move(sweeps);
  return out;
}

std::map<std::string, std::string> forecast_csv(const analysis::Forecast& f) {
  const std::string head = "# " + provenance(f) + "\n";
  std::string issues = head +
                       "issue,title,unit,low,high,today_median,today_mean,forecast,forecast_0_100,"
                       "p05,band_median,p95,stop,rounds,cycle_start,cycle_length\n";
  for (const auto& issue : f.issues) {
    const std::size_t k = issue.dimension;
    const auto& d = f.inputs.dimensions[k];
    const bool options = k < f.option_labels.size() && !f.option_labels[k].empty();
    issues += fmt::format(
        "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(d.name),
        csv_field(k < f.titles.size() ? f.titles[k] : d.name),
        csv_field(options ? "option index" : (k < f.units.size() ? f.units[k] : "")),
        csv_number(d.low), csv_number(d.high), csv_number(issue.median), csv_number(issue.mean),
        csv_number(issue.forecast), csv_number(on_hundred(f, k, issue.forecast)),
        issue.band ? csv_number(issue.band->p05) : "",
        issue.band ? csv_number(issue.band->median) : "",
        issue.band ? csv_number(issue.band->p95) : "", forecast::to_string(issue.stop),
        issue.rounds, issue.stop == forecast::Stop::cycle ? std::to_string(issue.cycle_start) : "",
        issue.stop == forecast::Stop::cycle ? std::to_string(issue.cycle_length) : "");
  }
  std::string paths = head + "issue,round,actor,position,position_0_100\n";
  for (const auto& issue : f.issues) {
    const std::size_t k = issue.dimension;
    const std::string name = csv_field(f.inputs.dimensions[k].name);
    const forecast::Trajectory& t = f.trajectories[k];
    for (std::size_t r = 0; r < t.rounds.size(); ++r) {
      for (std::size_t i = 0; i < f.inputs.actors.size(); ++i) {
        paths += fmt::format("{},{},{},{},{}\n", name, r, csv_field(f.inputs.actors[i].name),
                             csv_number(t.rounds[r].positions[i]),
                             csv_number(on_hundred(f, k, t.rounds[r].positions[i])));
      }
      if (r < issue.path.size()) {
        paths += fmt::format("{},{},forecast,{},{}\n", name, r, csv_number(issue.path[r]),
                             csv_number(on_hundred(f, k, issue.path[r])));
      }
    }
  }
  std::string sensitivity = head + "input,kind,actor,input_issue,value,issue,forecast\n";
  const std::size_t dims = f.inputs.dimensions.size();
  for (const auto& sweep : f.sweeps) {
    const auto& in = f.uncertain[sweep.input];
    const std::string input = csv_field(input_name(f, in));
    const std::string input_issue = in.kind == forecast::UncertainInput::Kind::capability
                                        ? ""
                                        : csv_field(f.inputs.dimensions[in.dimension].name);
    for (std::size_t v = 0; v < sweep.values.size(); ++v) {
      for (std::size_t k = 0; k < dims; ++k) {
        sensitivity += fmt::format(
            "{},{},{},{},{},{},{}\n", input, forecast::to_string(in.kind),
            csv_field(f.inputs.actors[in.actor].name), input_issue, csv_number(sweep.values[v]),
            csv_field(f.inputs.dimensions[k].name), csv_number(sweep.forecasts[v * dims + k]));
      }
    }
  }
  return {{"forecast.csv", issues}, {"paths.csv", paths}, {"sensitivity.csv", sensitivity}};
}

}  // namespace parley::report
