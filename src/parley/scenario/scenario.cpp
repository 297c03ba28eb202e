#include "parley/scenario/scenario.hpp"

#include <algorithm>

namespace parley::scenario {

int Issue::option_index(const std::string& option_id) const {
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i].id == option_id) return static_cast<int>(i);
  }
  return -1;
}

const Actor* Scenario::find_actor(const std::string& id) const {
  auto it = std::find_if(actors.begin(), actors.end(), [&](const Actor& a) { return a.id == id; });
  return it == actors.end() ? nullptr : &*it;
}

const Issue* Scenario::find_issue(const std::string& id) const {
  auto it = std::find_if(issues.begin(), issues.end(), [&](const Issue& i) { return i.id == id; });
  return it == issues.end() ? nullptr : &*it;
}

const Position* Scenario::find_position(const std::string& actor, const std::string& issue) const {
  auto it = std::find_if(positions.begin(), positions.end(),
                         [&](const Position& p) { return p.actor == actor && p.issue == issue; });
  return it == positions.end() ? nullptr : &*it;
}

const char* to_string(Role role) {
  switch (role) {
    case Role::party:
      return "party";
    case Role::mediator:
      return "mediator";
    case Role::guarantor:
      return "guarantor";
    case Role::observer:
      return "observer";
    case Role::supporter:
      return "supporter";
  }
  return "?";
}

const char* to_string(IssueKind kind) {
  return kind == IssueKind::numeric ? "numeric" : "options";
}

const char* to_string(Shape shape) {
  switch (shape) {
    case Shape::linear:
      return "linear";
    case Shape::quadratic:
      return "quadratic";
    case Shape::piecewise:
      return "piecewise";
  }
  return "?";
}

const char* to_string(Attribution attribution) {
  switch (attribution) {
    case Attribution::unstated:
      return "unstated";
    case Attribution::direct:
      return "direct";
    case Attribution::reported:
      return "reported";
  }
  return "?";
}

}  // namespace parley::scenario
