#pragma once
// The scenario reader's working state: where it is in the YAML tree, the problems found so far,
// and typed accessors that check a value and report what was expected when it is wrong.

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/core/diagnostic.hpp"

namespace parley::io::detail {

// A value in the document: its node (undefined when absent), where to report problems with it,
// and its path ("positions[3].salience").
struct Field {
  YAML::Node node;
  YAML::Mark mark;
  std::string path;
  bool present() const { return node.IsDefined(); }
};

// "a.b", or "b" when the parent path is empty.
std::string join_path(const std::string& parent, std::string_view key);

// How a node looks to a user in a message: "nothing", "a list", "a map", "'text'".
std::string describe(const YAML::Node& node);

// Collects diagnostics and reads checked values. Accessors return nullopt, having reported the
// problem, when a value is present but wrong, and nullopt silently when it is absent.
class ReadContext {
 public:
  explicit ReadContext(std::string file) : file_(std::move(file)) {}

  // Records one problem at `mark` (0-based, as yaml-cpp gives it).
  void report(const YAML::Mark& mark, const std::string& path, std::string message);
  void report(const Field& field, std::string message) {
    report(field.mark, field.path, std::move(message));
  }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  const std::string& file() const { return file_; }

  // The root of the document as a field with an empty path.
  static Field root(const YAML::Node& node);
  // The value under `key` of a map field (the first one when the key is duplicated).
  static Field child(const Field& map, std::string_view key);
  // Checks that `field` is a map with only `allowed` keys, none twice, and all `required` ones;
  // false (reported) when it is not a map.
  bool check_map(const Field& field, std::initializer_list<std::string_view> allowed,
                 std::initializer_list<std::string_view> required);
  // The items of a list field; reports and returns nothing when it is not a list.
  std::vector<Field> items(const Field& field);

  std::optional<std::string> text(const Field& field);
  std::optional<std::string> id(const Field& field);
  std::optional<double> number(const Field& field);
  // A number from `low` to `high`; `scale` names the scale in the message when not empty.
  std::optional<double> number_in(const Field& field, double low, double high,
                                  std::string_view scale = {});
  std::optional<int> integer_in(const Field& field, int low, int high);
  std::optional<bool> flag(const Field& field);
  std::optional<std::string> date(const Field& field);
  // A real date to the precision known: YYYY, YYYY-MM or YYYY-MM-DD.
  std::optional<std::string> partial_date(const Field& field);
  // One of `choices`, with a suggestion when misspelt.
  std::optional<std::string> choice(const Field& field,
                                    std::initializer_list<std::string_view> choices);

 private:
  std::optional<std::string> checked_date(const Field& field, bool partial);

  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace parley::io::detail
