#include "parley/io/detail/scenario_tree_check.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

namespace parley::io::detail {

namespace {

Diagnostic at(const YAML::Node& node, const std::string& file, std::string message) {
  const YAML::Mark m = node.Mark();
  return Diagnostic{file, m.line >= 0 ? m.line + 1 : 0, m.line >= 0 ? m.column + 1 : 0, "",
                    std::move(message)};
}

}  // namespace

std::optional<Diagnostic> check_scenario_tree(const YAML::Node& root, const std::string& file) {
  std::vector<std::pair<YAML::Node, int>> stack{{root, 1}};
  std::size_t count = 0;
  while (!stack.empty()) {
    auto [node, depth] = std::move(stack.back());
    stack.pop_back();
    if (++count > kMaxScenarioNodes) {
      return at(node, file,
                fmt::format("the document has more than {} values (aliases counted each time "
                            "they are used); is it an alias bomb?",
                            kMaxScenarioNodes));
    }
    if (!node.IsMap() && !node.IsSequence()) continue;
    if (depth > kMaxScenarioDepth) {
      return at(node, file,
                fmt::format("lists and maps are nested deeper than {} levels", kMaxScenarioDepth));
    }
    for (const auto& item : node) {
      if (node.IsMap()) {
        stack.emplace_back(item.first, depth + 1);
        stack.emplace_back(item.second, depth + 1);
      } else {
        stack.emplace_back(item, depth + 1);
      }
    }
  }
  return std::nullopt;
}

}  // namespace parley::io::detail
