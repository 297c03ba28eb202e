#include "parley/io/ktab_to_scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <set>

namespace parley::io {

namespace {

std::string today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{days};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

// `name` as a scenario id (letters, digits, '_', '-', '.', starting with a letter), unique among
// `taken`.
std::string id_of(const std::string& name, const char* prefix, std::set<std::string>& taken) {
  std::string id;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    id.push_back(std::isalnum(u) || c == '_' || c == '-' || c == '.' ? c : '_');
  }
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front()))) id = prefix + id;
  std::string unique = id;
  for (int k = 2; !taken.insert(unique).second; ++k) unique = fmt::format("{}_{}", id, k);
  return unique;
}

}  // namespace

scenario::Scenario scenario_from_ktab(const KtabScenario& ktab, const std::string& file,
                                      const std::string& as_of) {
  const forecast::Model& m = ktab.model;
  scenario::Scenario out;
  out.meta.title = m.name.empty() ? std::filesystem::path(file).stem().string() : m.name;
  out.meta.as_of = as_of.empty() ? today() : as_of;
  out.meta.description = fmt::format(
      "Imported from KTAB's {} ({} actors, {} dimensions){}. Capabilities are KTAB's powers "
      "divided by the largest; positions and saliences as KTAB reads them.",
      std::filesystem::path(file).filename().string(), m.actors.size(), m.dimensions.size(),
      ktab.description.empty() ? "" : ": " + ktab.description);
  double strongest = 0;
  for (const auto& a : m.actors) strongest = std::max(strongest, a.capability);
  std::set<std::string> actor_ids, issue_ids;
  for (const auto& a : m.actors) {
    scenario::Actor actor;
    actor.id = id_of(a.name, "a_", actor_ids);
    actor.name = a.name;
    actor.role = scenario::Role::party;
    actor.capability = {strongest > 0 ? a.capability / strongest : 0.0, std::nullopt, false};
    actor.note = fmt::format("KTAB power {}{}", a.capability,
                             a.description.empty() ? "" : "; " + a.description);
    out.actors.push_back(std::move(actor));
  }
  for (const auto& d : m.dimensions) {
    scenario::Issue issue;
    issue.id = id_of(d.name, "d_", issue_ids);
    issue.title = d.name;
    issue.proposition = "a higher position on " + d.name;
    issue.kind = scenario::IssueKind::numeric;
    issue.unit = "position";
    issue.min = d.low;
    issue.max = d.high;
    issue.low.label = fmt::format("{} at {}", d.name, d.low);
    issue.high.label = fmt::format("{} at {}", d.name, d.high);
    out.issues.push_back(std::move(issue));
  }
  for (std::size_t i = 0; i < m.actors.size(); ++i) {
    for (std::size_t k = 0; k < m.dimensions.size(); ++k) {
      scenario::Position p;
      p.actor = out.actors[i].id;
      p.issue = out.issues[k].id;
      p.ideal = {m.actors[i].position[k], std::nullopt, false};
      p.salience = {m.actors[i].salience[k], std::nullopt, false};
      p.shape = scenario::Shape::linear;
      out.positions.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace parley::io
