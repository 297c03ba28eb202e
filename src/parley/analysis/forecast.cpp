#include "parley/analysis/forecast.hpp"

#include <tbb/enumerable_thread_specific.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "parley/analysis/forecast_model.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/core/sha256.hpp"
#include "parley/forecast/median.hpp"
#include "parley/forecast/validate.hpp"
#include "parley/io/default_scenario.hpp"
#include "parley/io/ktab_reader.hpp"
#include "parley/io/scenario_writer.hpp"

namespace parley::analysis {

namespace {

using forecast::Model;

constexpr ForecastKind kKinds[] = {ForecastKind::median, ForecastKind::mean, ForecastKind::bdm,
                                   ForecastKind::smp};

// Whether some actor weighs dimension k (capability × salience > 0).
bool weighed(const Model& m, std::size_t k) {
  return std::any_of(m.actors.begin(), m.actors.end(),
                     [k](const forecast::Actor& a) { return a.capability * a.salience[k] > 0; });
}

// Whether the actors with weight on dimension k hold different positions there.
bool contested(const Model& m, std::size_t k) {
  bool seen = false;
  double first = 0;
  for (const auto& a : m.actors) {
    if (a.capability * a.salience[k] <= 0) continue;
    if (seen && a.position[k] != first) return true;
    seen = true;
    first = a.position[k];
  }
  return false;
}

double mid_scale(const Model& m, std::size_t k) {
  return (m.dimensions[k].low + m.dimensions[k].high) / 2;
}

// Dimension k of round r of a KTAB run: the positions weighted by the actors' win probabilities.
double smp_outcome(const forecast::SmpForecast& run, std::size_t round, std::size_t k) {
  const auto& positions = run.trajectory.rounds[round].positions;
  const auto& p = run.win_probability[round];
  const std::size_t d = run.trajectory.dimensions;
  double sum = 0, weight = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    sum += p[i] * positions[i * d + k];
    weight += p[i];
  }
  return weight > 0 ? sum / weight : positions[k];
}

// The expected-utility model's outcome from a run's medians: the last, or on a cycle the mean over
// one period.
double bdm_outcome(std::span<const double> medians, const forecast::ExpectedUtilityOutcome& o) {
  if (o.stop != forecast::Stop::cycle || o.cycle_length == 0) return o.median;
  double sum = 0;
  for (std::size_t r = o.cycle_start; r < o.cycle_start + o.cycle_length; ++r) sum += medians[r];
  return sum / static_cast<double>(o.cycle_length);
}

// One issue's trajectory (one dimension) out of a KTAB run's.
forecast::Trajectory column(const forecast::Trajectory& all, std::size_t k) {
  forecast::Trajectory t;
  t.dimensions = 1;
  t.stop = all.stop;
  t.cycle_start = all.cycle_start;
  t.cycle_length = all.cycle_length;
  for (const auto& round : all.rounds) {
    forecast::Round r;
    for (std::size_t i = 0; i < round.positions.size() / all.dimensions; ++i) {
      r.positions.push_back(round.positions[i * all.dimensions + k]);
    }
    t.rounds.push_back(std::move(r));
  }
  return t;
}

// What a forecasting engine can run of a model: the actors with capability above 0 and the
// dimensions some of them weigh (the engines refuse the rest; they weigh nothing anyway).
struct Runnable {
  Model model;
  std::vector<std::size_t> dims;    // the kept dimensions' indices in the whole model
  std::vector<std::size_t> actors;  // the kept actors' indices
  bool whole = false;               // nothing was left out: `model` is not filled, use the whole
};

Runnable runnable(const Model& m) {
  Runnable r;
  for (std::size_t k = 0; k < m.dimensions.size(); ++k) {
    if (weighed(m, k)) r.dims.push_back(k);
  }
  // An actor with no capability, or no salience on any of those, weighs nothing anywhere.
  for (std::size_t i = 0; i < m.actors.size(); ++i) {
    const forecast::Actor& a = m.actors[i];
    const bool cares = std::any_of(r.dims.begin(), r.dims.end(),
                                   [&a](std::size_t k) { return a.salience[k] > 0; });
    if (a.capability > 0 && cares) r.actors.push_back(i);
  }
  r.whole = r.actors.size() == m.actors.size() && r.dims.size() == m.dimensions.size();
  if (r.whole) return r;
  r.model.name = m.name;
  for (const std::size_t k : r.dims) r.model.dimensions.push_back(m.dimensions[k]);
  for (const std::size_t i : r.actors) {
    forecast::Actor a = m.actors[i];
    a.position.clear();
    a.salience.clear();
    for (const std::size_t k : r.dims) {
      a.position.push_back(m.actors[i].position[k]);
      a.salience.push_back(m.actors[i].salience[k]);
    }
    r.model.actors.push_back(std::move(a));
  }
  return r;
}

// A kept dimension's trajectory (over the kept actors) over every actor: those left out keep their
// round-0 position.
forecast::Trajectory expand(const forecast::Trajectory& kept, const Runnable& r, const Model& m,
                            std::size_t k) {
  if (r.whole) return kept;
  forecast::Trajectory t = kept;
  for (auto& round : t.rounds) {
    std::vector<double> all(m.actors.size());
    for (std::size_t i = 0; i < m.actors.size(); ++i) all[i] = m.actors[i].position[k];
    for (std::size_t j = 0; j < r.actors.size(); ++j) all[r.actors[j]] = round.positions[j];
    round.positions = std::move(all);
  }
  return t;
}

// `inner` on the runnable part of each model; dimensions nobody weighs forecast mid-scale.
forecast::Forecaster restricted(forecast::Forecaster inner) {
  return [inner = std::move(inner)](const Model& m, std::span<double> out) {
    bool whole = true;
    for (const auto& a : m.actors) {
      whole = whole && a.capability > 0 &&
              std::any_of(a.salience.begin(), a.salience.end(), [](double x) { return x > 0; });
    }
    for (std::size_t k = 0; k < out.size() && whole; ++k) whole = weighed(m, k);
    if (whole) return inner(m, out);
    const Runnable r = runnable(m);
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = mid_scale(m, k);
    if (r.dims.empty() || r.actors.empty()) return;
    std::vector<double> part(r.dims.size());
    inner(r.model, part);
    for (std::size_t j = 0; j < r.dims.size(); ++j) out[r.dims[j]] = part[j];
  };
}

// KTAB's model reads an actor's saliences as shares of its attention, summing to at most 1; a
// scenario's saliences are each in [0, 1]. Those of an actor that sum above 1 are divided by their
// sum (the ratios between issues stay); a KTAB file's are left as they are.
Model smp_ready(const Model& m) {
  Model out = m;
  for (auto& a : out.actors) {
    double sum = 0;
    for (const double x : a.salience) sum += x;
    if (sum > 1) {
      for (double& x : a.salience) x /= sum;
    }
  }
  return out;
}

forecast::Trajectory round_zero(const Model& m, std::size_t k) {
  forecast::Trajectory t;
  t.dimensions = 1;
  forecast::Round r;
  for (const auto& a : m.actors) r.positions.push_back(a.position[k]);
  t.rounds.push_back(std::move(r));
  return t;
}

}  // namespace

std::pair<std::size_t, std::size_t> run_block(std::size_t runs, std::size_t part,
                                              std::size_t parts) {
  const std::size_t base = runs / parts, extra = runs % parts;
  const std::size_t first = part * base + std::min(part, extra);
  return {first, first + base + (part < extra ? 1 : 0)};
}

const char* to_string(ForecastKind kind) {
  switch (kind) {
    case ForecastKind::median:
      return "median";
    case ForecastKind::mean:
      return "mean";
    case ForecastKind::bdm:
      return "bdm";
    case ForecastKind::smp:
      return "smp";
  }
  return "?";
}

std::optional<ForecastKind> forecast_kind(const std::string& name) {
  for (const ForecastKind k : kKinds) {
    if (name == to_string(k)) return k;
  }
  return std::nullopt;
}

forecast::Forecaster forecaster(ForecastKind kind, const ForecastOptions& options) {
  switch (kind) {
    case ForecastKind::median:
    case ForecastKind::mean:
      return [kind](const Model& m, std::span<double> out) {
        const forecast::Baselines b = forecast::baselines(m);
        for (std::size_t k = 0; k < out.size(); ++k) {
          out[k] = !weighed(m, k)                 ? mid_scale(m, k)
                   : kind == ForecastKind::median ? b.median[k]
                                                  : b.mean[k];
        }
      };
    case ForecastKind::bdm: {
      // One workspace per thread: runs after the first allocate nothing.
      auto workspaces =
          std::make_shared<tbb::enumerable_thread_specific<forecast::ExpectedUtilityWorkspace>>();
      return [workspaces, bdm = options.bdm](const Model& m, std::span<double> out) {
        forecast::ExpectedUtilityWorkspace& ws = workspaces->local();
        for (std::size_t k = 0; k < out.size(); ++k) {
          if (!weighed(m, k)) {
            out[k] = mid_scale(m, k);
            continue;
          }
          const forecast::ExpectedUtilityOutcome o = ws.run(m, k, bdm);
          out[k] = bdm_outcome(ws.medians(), o);
        }
      };
    }
    case ForecastKind::smp:
      return [smp = options.smp](const Model& m, std::span<double> out) {
        forecast::SmpOptions one = smp;
        one.threads = 1;  // the runs themselves go in parallel
        const forecast::SmpForecast run = forecast::run_smp(smp_ready(m), one);
        for (std::size_t k = 0; k < out.size(); ++k) {
          out[k] = smp_outcome(run, run.trajectory.rounds.size() - 1, k);
        }
      };
  }
  return {};
}

Forecast analyse_forecast(const Model& model,
                          const std::vector<forecast::UncertainInput>& uncertain,
                          const ForecastOptions& options, const std::string& input,
                          const std::string& input_hash) {
  const Runnable r = runnable(model);
  const Model& run_model = r.whole ? model : r.model;
  const bool runs_at_all = !r.dims.empty() && !r.actors.empty();
  if (runs_at_all) forecast::validate(run_model);
  Forecast f;
  f.model = options.model;
  f.probability = options.bdm.probability;
  f.round_limit = options.bdm.round_limit;
  f.runs = options.runs;
  f.seed = options.seed;
  f.version = PARLEY_VERSION;
  f.input = input;
  f.input_hash = input_hash;
  f.inputs = model;
  f.uncertain = uncertain;
  const std::size_t dims = model.dimensions.size();
  f.issues.resize(dims);
  for (std::size_t k = 0; k < dims; ++k) {
    IssueForecast& issue = f.issues[k];
    issue.dimension = k;
    issue.weighed = false;
    issue.median = issue.mean = issue.forecast = mid_scale(model, k);
    issue.path = {issue.forecast};
  }
  f.trajectories.resize(dims);
  for (std::size_t k = 0; k < dims; ++k) f.trajectories[k] = round_zero(model, k);
  if (runs_at_all) {
    const forecast::Baselines baselines = forecast::baselines(run_model);
    for (std::size_t j = 0; j < r.dims.size(); ++j) {
      IssueForecast& issue = f.issues[r.dims[j]];
      issue.weighed = true;
      issue.contested = contested(run_model, j);
      issue.median = baselines.median[j];
      issue.mean = baselines.mean[j];
    }
  }

  // The base run, on the dimensions someone weighs (j: in the runnable model; k: in the whole).
  for (std::size_t j = 0; runs_at_all && j < r.dims.size(); ++j) {
    const std::size_t k = r.dims[j];
    IssueForecast& issue = f.issues[k];
    switch (options.model) {
      case ForecastKind::median:
      case ForecastKind::mean:
        issue.forecast = options.model == ForecastKind::median ? issue.median : issue.mean;
        issue.path = {issue.forecast};
        break;
      case ForecastKind::bdm: {
        forecast::ExpectedUtilityIssue run =
            forecast::run_expected_utility(run_model, j, options.bdm);
        issue.path.clear();
        for (const auto& round : run.rounds) issue.path.push_back(round.median);
        const forecast::Trajectory& t = run.trajectory;
        issue.stop = t.stop;
        issue.rounds = t.rounds.size() - 1;
        issue.cycle_start = t.cycle_start;
        issue.cycle_length = t.cycle_length;
        forecast::ExpectedUtilityOutcome o;
        o.stop = t.stop;
        o.cycle_start = t.cycle_start;
        o.cycle_length = t.cycle_length;
        o.median = issue.path.back();
        issue.forecast = bdm_outcome(issue.path, o);
        f.trajectories[k] = expand(run.trajectory, r, model, k);
        break;
      }
      case ForecastKind::smp:
        break;  // all dimensions at once, below
    }
  }
  if (runs_at_all && options.model == ForecastKind::smp) {
    const forecast::SmpForecast run = forecast::run_smp(smp_ready(run_model), options.smp);
    for (std::size_t j = 0; j < r.dims.size(); ++j) {
      const std::size_t k = r.dims[j];
      IssueForecast& issue = f.issues[k];
      issue.path.clear();
      for (std::size_t round = 0; round < run.trajectory.rounds.size(); ++round) {
        issue.path.push_back(smp_outcome(run, round, j));
      }
      issue.forecast = issue.path.back();
      issue.stop = run.trajectory.stop;
      issue.rounds = run.trajectory.rounds.size() - 1;
      f.trajectories[k] = expand(column(run.trajectory, j), r, model, k);
    }
  }

  const forecast::Forecaster run_one = restricted(forecaster(options.model, options));
  // Monte Carlo runs (this process's block of them), in chunks so that progress can be told.
  if (options.runs > 0 && runs_at_all) {
    const RunShare& share = options.share;
    const auto [begin, end] = run_block(options.runs, share.part, share.parts);
    std::vector<double> outcomes;
    outcomes.reserve((end - begin) * dims);
    const std::size_t chunk = std::max<std::size_t>(1, (end - begin) / 50);
    for (std::size_t first = begin; first < end; first += chunk) {
      const std::size_t last = std::min(end, first + chunk);
      const auto part = forecast::simulate(model, uncertain, run_one, options.seed, first, last);
      outcomes.insert(outcomes.end(), part.begin(), part.end());
      if (options.progress) options.progress(last - begin, end - begin);
    }
    if (share.parts > 1 && share.gather) outcomes = share.gather(outcomes);
    const auto bands = forecast::bands(outcomes, dims);
    for (std::size_t k = 0; k < dims; ++k) f.issues[k].band = bands[k];
  }
  if (options.sensitivity && runs_at_all) {
    f.sweeps = forecast::sensitivity(model, uncertain, run_one, options.sweep_points);
  }
  return f;
}

namespace {

void describe_scenario(const scenario::Scenario& s, ForecastInput& in) {
  for (const auto& issue : s.issues) {
    in.titles.push_back(issue.title.empty() ? issue.id : issue.title);
    in.units.push_back(issue.kind == scenario::IssueKind::numeric ? issue.unit : "");
    std::vector<std::string> labels, ids;
    for (const auto& option : issue.options) {
      labels.push_back(option.label);
      ids.push_back(option.id);
    }
    in.option_labels.push_back(std::move(labels));
    in.option_ids.push_back(std::move(ids));
  }
}

std::string file_bytes(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw InputError(Diagnostic{path, 0, 0, "", "cannot be read"});
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

bool is_ktab_file(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".csv" || ext == ".xml";
}

}  // namespace

ForecastInput load_forecast_input(const std::string& path) {
  ForecastInput in;
  if (!path.empty() && is_ktab_file(path)) {
    const io::KtabScenario ktab = io::read_ktab(path);
    in.model = ktab.model;
    in.name = std::filesystem::path(path).filename().string();
    in.hash = sha256_hex(file_bytes(path));
    for (const auto& d : ktab.model.dimensions) {
      in.titles.push_back(d.name);
      in.units.push_back("position");
      in.option_labels.emplace_back();
      in.option_ids.emplace_back();
    }
    in.smp = ktab.options;
    for (const auto& w : ktab.warnings) in.warnings.push_back(w.to_string());
    return in;
  }
  const scenario::Scenario s = load_scenario(path);
  in.model = forecast_model(s);
  in.uncertain = forecast_inputs(s);
  in.name = path.empty() ? s.meta.title : std::filesystem::path(path).filename().string();
  in.hash = sha256_hex(path.empty() ? std::string(io::default_scenario_yaml()) : file_bytes(path));
  describe_scenario(s, in);
  return in;
}

Forecast analyse_forecast(const ForecastInput& input, ForecastOptions options) {
  if (input.smp) {
    const std::size_t threads = options.smp.threads;
    options.smp = *input.smp;
    options.smp.threads = threads;
  }
  Forecast f = analyse_forecast(input.model, input.uncertain, options, input.name, input.hash);
  f.titles = input.titles;
  f.units = input.units;
  f.option_labels = input.option_labels;
  f.option_ids = input.option_ids;
  return f;
}

Forecast analyse_forecast(const scenario::Scenario& scenario, const ForecastOptions& options) {
  ForecastInput in;
  in.model = forecast_model(scenario);
  in.uncertain = forecast_inputs(scenario);
  in.name = scenario.meta.title;
  in.hash = sha256_hex(io::write_scenario_yaml(scenario));
  describe_scenario(scenario, in);
  return analyse_forecast(in, options);
}

}  // namespace parley::analysis
