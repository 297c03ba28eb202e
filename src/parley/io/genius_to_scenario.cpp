#include "parley/io/genius_to_scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace parley::io {

namespace {

std::string today_utc() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{days};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string file_name(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

scenario::Issue make_issue(const GeniusIssue& genius) {
  scenario::Issue issue;
  issue.id = genius.id;
  issue.title = genius.name;
  issue.proposition = genius.values.back();
  issue.kind = scenario::IssueKind::options;
  for (std::size_t v = 0; v < genius.values.size(); ++v)
    issue.options.push_back({genius.value_ids[v], genius.values[v]});
  issue.low.label = genius.values.front();
  issue.high.label = genius.values.back();
  issue.note = genius.integer ? "GENIUS integer issue: one option per integer value"
                              : "GENIUS discrete issue, values in domain order";
  return issue;
}

scenario::Position make_position(const GeniusProfile& profile, const GeniusIssue& issue,
                                 std::size_t i) {
  scenario::Position position;
  position.actor = profile.id;
  position.issue = issue.id;
  const auto& eval = profile.eval[i];
  // The best value (the first one on ties); GENIUS's evals already have max 1 for discrete issues.
  const auto best = std::max_element(eval.begin(), eval.end());
  position.ideal.value = static_cast<double>(best - eval.begin());
  position.salience.value = profile.weights[i];
  position.shape = scenario::Shape::linear;
  position.option_values = eval;
  position.note = "imported from GENIUS profile " + file_name(profile.file);
  return position;
}

}  // namespace

scenario::Scenario scenario_from_genius(const GeniusDomain& domain, const std::string& as_of) {
  scenario::Scenario out;
  out.meta.title = domain.name;
  out.meta.as_of = as_of.empty() ? today_utc() : as_of;
  std::string files = file_name(domain.domain_file);
  for (const auto& profile : domain.profiles) files += ", " + file_name(profile.file);
  out.meta.description =
      "Imported from GENIUS files (" + files +
      "). Utilities follow GENIUS: weights as written, discrete evals = evaluation / max.";
  out.bargaining.normalize_weights = false;

  for (const auto& profile : domain.profiles) {
    scenario::Actor actor;
    actor.id = profile.id;
    actor.name = std::filesystem::path(profile.file).stem().string();
    actor.role = scenario::Role::party;
    actor.capability = {1.0, std::nullopt, true};
    actor.reservation = scenario::Estimate{profile.reservation, std::nullopt, false};
    actor.note = "imported from GENIUS profile " + file_name(profile.file) +
                 "; capability is not part of GENIUS (assumed 1)";
    out.actors.push_back(std::move(actor));
  }
  for (const auto& issue : domain.issues) out.issues.push_back(make_issue(issue));
  for (const auto& profile : domain.profiles)
    for (std::size_t i = 0; i < domain.issues.size(); ++i)
      out.positions.push_back(make_position(profile, domain.issues[i], i));
  return out;
}

}  // namespace parley::io
