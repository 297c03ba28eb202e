#include "parley/io/genius_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "parley/core/diagnostic.hpp"

namespace parley::io {

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = 16u << 20;    // 16 MiB, as for scenario files
constexpr long long kMaxIntegerValues = 100000;        // levels of one integer issue
constexpr long long kMaxIntegerBound = 1000000000000;  // |bound| of an integer issue (10^12)
constexpr std::size_t kMaxDomainValues = 1000000;      // levels of all issues together

// One parsed XML file, with where its lines start to turn byte offsets into lines and columns.
struct XmlFile {
  std::string path;
  std::string text;
  std::vector<std::size_t> line_starts{0};  // byte offset of each line's first byte
  std::unique_ptr<pugi::xml_document> doc = std::make_unique<pugi::xml_document>();

  // 1-based line and column of a byte offset (0, 0 when unknown).
  std::pair<int, int> locate(std::ptrdiff_t offset) const {
    if (offset < 0 || static_cast<std::size_t>(offset) > text.size()) return {0, 0};
    const auto at = static_cast<std::size_t>(offset);
    const auto next = std::upper_bound(line_starts.begin(), line_starts.end(), at);
    const auto line = static_cast<std::size_t>(next - line_starts.begin());  // >= 1
    return {static_cast<int>(line), static_cast<int>(at - line_starts[line - 1]) + 1};
  }
};

// The problems found in every file read, thrown together as one InputError at the end: each file's
// problems in line order, the files in the order they were read.
class Problems {
 public:
  void add(const XmlFile& file, pugi::xml_node node, std::string field, std::string message) {
    Diagnostic d;
    d.file = file.path;
    if (node) {
      // offset_debug points at the element name; the tag starts one byte earlier, at '<'.
      std::ptrdiff_t offset = node.offset_debug();
      if (offset > 0 && node.type() == pugi::node_element) --offset;
      std::tie(d.line, d.column) = file.locate(offset);
    }
    d.field = std::move(field);
    d.message = std::move(message);
    list_.push_back(std::move(d));
  }
  void add_at(const XmlFile& file, std::ptrdiff_t offset, std::string message) {
    Diagnostic d;
    d.file = file.path;
    std::tie(d.line, d.column) = file.locate(offset);
    d.message = std::move(message);
    list_.push_back(std::move(d));
  }
  void add_file(const std::string& path, std::string message) {
    list_.push_back(Diagnostic{path, 0, 0, "", std::move(message)});
  }
  std::size_t count() const { return list_.size(); }
  // The order to list the files' problems in; files not named here follow, in the order of their
  // first problem.
  void order_files(const std::vector<std::string>& paths) { order_ = paths; }

  void throw_if_any() const {
    if (list_.empty()) return;
    std::map<std::string, std::size_t> rank;
    for (const auto& path : order_) rank.emplace(path, rank.size());
    for (const auto& d : list_) rank.emplace(d.file, rank.size());
    std::vector<Diagnostic> sorted = list_;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic& a, const Diagnostic& b) {
      return std::tuple(rank.at(a.file), a.line, a.column) <
             std::tuple(rank.at(b.file), b.line, b.column);
    });
    throw InputError(std::move(sorted));
  }

 private:
  std::vector<Diagnostic> list_;
  std::vector<std::string> order_;
};

// Ids made unique by appending _2, _3, … (the first free one), in time linear in the ids made.
class UniqueIds {
 public:
  std::string make(const std::string& base) {
    if (used_.insert(base).second) return base;
    int& k = next_.try_emplace(base, 2).first->second;
    std::string id;
    do id = base + fmt::format("_{}", k++);
    while (!used_.insert(id).second);
    return id;
  }

 private:
  std::set<std::string> used_;
  std::map<std::string, int> next_;
};

// The file parsed as XML, or nullopt with the reason reported.
std::optional<XmlFile> load_xml(Problems& problems, const std::string& path) {
  XmlFile file;
  file.path = path;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    problems.add_file(path, "no such file");
    return std::nullopt;
  }
  const auto size = fs::file_size(path, ec);
  if (ec) {
    problems.add_file(path, "cannot read the file: " + ec.message());
    return std::nullopt;
  }
  if (size > kMaxFileBytes) {
    problems.add_file(
        path, fmt::format("the file has {} bytes; at most {} are read", size, kMaxFileBytes));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  if (in) buffer << in.rdbuf();
  if (!in) {
    problems.add_file(path, "cannot open the file");
    return std::nullopt;
  }
  file.text = buffer.str();
  if (file.text.empty()) {
    problems.add_file(path, "the file is empty; expected GENIUS XML");
    return std::nullopt;
  }
  for (std::size_t k = 0; k < file.text.size(); ++k)
    if (file.text[k] == '\n') file.line_starts.push_back(k + 1);
  const pugi::xml_parse_result result = file.doc->load_buffer(
      file.text.data(), file.text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    problems.add_at(file, result.offset, std::string("malformed XML: ") + result.description());
    return std::nullopt;
  }
  if (!file.doc->document_element()) {
    problems.add_file(path, "no XML element in the file");
    return std::nullopt;
  }
  return file;
}

std::string trim(const char* s) {
  std::string out(s);
  const auto first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  out.erase(0, first);
  out.erase(out.find_last_not_of(" \t\r\n") + 1);
  return out;
}

std::optional<double> parse_double(const char* s) {
  const std::string text = trim(s);
  if (text.empty()) return std::nullopt;
  double value = 0;
  const char* begin = text.data();
  if (*begin == '+') ++begin;
  const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<long long> parse_integer(const char* s) {
  const std::string text = trim(s);
  if (text.empty()) return std::nullopt;
  long long value = 0;
  const char* begin = text.data();
  if (*begin == '+') ++begin;
  const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// A required number attribute of `node`; nullopt (reported) when absent or not a finite number.
std::optional<double> number_attribute(Problems& problems, const XmlFile& file, pugi::xml_node node,
                                       const char* name, const std::string& field) {
  const pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) {
    problems.add(file, node, field, fmt::format("missing attribute '{}'", name));
    return std::nullopt;
  }
  const auto value = parse_double(attribute.value());
  if (!value)
    problems.add(
        file, node, field,
        fmt::format("'{}' is not a finite number (attribute '{}')", attribute.value(), name));
  return value;
}

// The issue type: `type`, else `etype`, else `vtype`.
std::string issue_type(pugi::xml_node issue) {
  for (const char* name : {"type", "etype", "vtype"})
    if (const auto attribute = issue.attribute(name)) return trim(attribute.value());
  return {};
}

// The `<objective>` of a `<utility_space>`; an empty node (reported) when there is none. Nested
// objectives are reported and left out.
pugi::xml_node objective_of(Problems& problems, const XmlFile& file, pugi::xml_node space) {
  const pugi::xml_node objective = space.child("objective");
  if (!objective) {
    problems.add(file, space, "objective", "no <objective> element in <utility_space>");
    return {};
  }
  for (const pugi::xml_node nested : objective.children("objective"))
    problems.add(file, nested, "objective.objective", "nested objectives are not supported");
  return objective;
}

bool has_weights(pugi::xml_node space) {
  const pugi::xml_node objective = space.child("objective");
  return objective && objective.child("weight");
}

// The utility_space holding a domain's issues, or an empty node when the file is no domain.
pugi::xml_node domain_space(const XmlFile& file) {
  const pugi::xml_node root = file.doc->document_element();
  if (std::string_view(root.name()) == "negotiation_template") return root.child("utility_space");
  if (std::string_view(root.name()) == "utility_space" && !has_weights(root)) return root;
  return {};
}

std::string issue_field(const std::string& name) {
  return "issues[" + name + "]";
}

// What the profiles are checked against: the domain's issues, and the names of the issues that
// could not be read (reported with the domain; the profiles pass over them).
struct DomainRead {
  std::vector<GeniusIssue> issues;
  std::set<std::string> broken;
  bool usable = false;  // false when the domain file holds no issues to check profiles against
};

// The values of a discrete issue; false when there was a problem (reported).
bool read_discrete_values(Problems& problems, const XmlFile& file, pugi::xml_node node,
                          const std::string& field, GeniusIssue& issue) {
  const std::size_t before = problems.count();
  std::set<std::string> seen;
  for (const pugi::xml_node item : node.children("item")) {
    const std::string value = trim(item.attribute("value").value());
    if (value.empty()) {
      problems.add(file, item, field + ".items[].value", "an item without a value");
    } else if (!seen.insert(value).second) {
      problems.add(file, item, field + ".items[" + value + "]",
                   "value '" + value + "' appears twice");
    } else {
      issue.points.push_back(static_cast<double>(issue.values.size()));
      issue.values.push_back(value);
    }
  }
  if (!node.child("item"))
    problems.add(file, node, field, "a discrete issue without <item> values");
  return problems.count() == before;
}

// The values of an integer issue, lowerbound..upperbound; false when there was a problem
// (reported). `room`: how many values the domain may still have.
bool read_integer_values(Problems& problems, const XmlFile& file, pugi::xml_node node,
                         const std::string& field, std::size_t room, GeniusIssue& issue) {
  issue.integer = true;
  const auto low = parse_integer(node.attribute("lowerbound").value());
  const auto high = parse_integer(node.attribute("upperbound").value());
  for (const auto& [bound, name] : {std::pair{low, "lowerbound"}, std::pair{high, "upperbound"}})
    if (!bound)
      problems.add(file, node, field + "." + name,
                   fmt::format("an integer issue needs an integer '{}' attribute; found '{}'", name,
                               node.attribute(name).value()));
  if (!low || !high) return false;
  if (*low > *high || *low < -kMaxIntegerBound || *high > kMaxIntegerBound ||
      *high - *low >= kMaxIntegerValues) {
    problems.add(file, node, field + ".upperbound",
                 fmt::format("integer range {}..{} must be ordered and hold at most {} values",
                             *low, *high, kMaxIntegerValues));
    return false;
  }
  if (static_cast<std::size_t>(*high - *low + 1) > room) {
    problems.add(file, node, field + ".upperbound",
                 fmt::format("integer range {}..{} takes the domain past {} values in all", *low,
                             *high, kMaxDomainValues));
    return false;
  }
  for (long long v = *low; v <= *high; ++v) {
    issue.values.push_back(std::to_string(v));
    issue.points.push_back(static_cast<double>(v));
  }
  return true;
}

// One issue of the domain; nullopt when it has a problem (reported).
std::optional<GeniusIssue> read_domain_issue(Problems& problems, const XmlFile& file,
                                             pugi::xml_node node, std::size_t room) {
  GeniusIssue issue;
  issue.name = trim(node.attribute("name").value());
  if (issue.name.empty()) {
    problems.add(file, node, "issues[].name", "an issue without a name");
    return std::nullopt;
  }
  const std::string field = issue_field(issue.name);
  const std::string type = issue_type(node);
  bool ok = false;
  if (type == "discrete") {
    ok = read_discrete_values(problems, file, node, field, issue);
    if (ok && issue.values.size() > room) {
      problems.add(file, node, field,
                   fmt::format("the domain has more than {} values in all", kMaxDomainValues));
      ok = false;
    }
  } else if (type == "integer") {
    ok = read_integer_values(problems, file, node, field, room, issue);
  } else if (type == "real") {
    problems.add(file, node, field + ".type",
                 "real issues are continuous; a bargaining space needs discrete levels (use a "
                 "discrete or integer issue)");
  } else {
    problems.add(file, node, field + ".type",
                 "unknown issue type '" + type + "'; expected discrete or integer");
  }
  if (!ok) return std::nullopt;
  UniqueIds ids;
  for (const auto& value : issue.values)
    issue.value_ids.push_back(ids.make(genius_safe_id(value, "v")));
  return issue;
}

DomainRead read_domain(Problems& problems, const XmlFile& file) {
  DomainRead domain;
  const pugi::xml_node space = domain_space(file);
  if (!space) {
    problems.add(file, file.doc->document_element(), "",
                 "not a GENIUS domain: expected <negotiation_template> holding a "
                 "<utility_space>, or a <utility_space> without weights");
    return domain;
  }
  const pugi::xml_node objective = objective_of(problems, file, space);
  if (!objective) return domain;
  std::set<std::string> names;
  UniqueIds ids;
  std::size_t values = 0;
  for (const pugi::xml_node node : objective.children("issue")) {
    const std::string name = trim(node.attribute("name").value());
    if (!name.empty() && names.count(name)) {
      problems.add(file, node, issue_field(name), "issue '" + name + "' appears twice");
      continue;
    }
    names.insert(name);
    auto issue = read_domain_issue(problems, file, node, kMaxDomainValues - values);
    if (!issue) {
      domain.broken.insert(name);
      continue;
    }
    values += issue->values.size();
    issue->id = ids.make(genius_safe_id(issue->name, "i"));
    domain.issues.push_back(std::move(*issue));
  }
  if (names.empty()) {
    problems.add(file, objective, "issues", "the domain has no <issue>");
    return domain;
  }
  domain.usable = true;
  return domain;
}

// Evaluations of a discrete issue, divided by their maximum; nullopt when there was a problem
// (reported).
std::optional<std::vector<double>> read_discrete_eval(Problems& problems, const XmlFile& file,
                                                      pugi::xml_node node,
                                                      const GeniusIssue& issue) {
  const std::size_t before = problems.count();
  const std::string field = issue_field(issue.name);
  std::map<std::string, std::size_t> index;
  for (std::size_t v = 0; v < issue.values.size(); ++v) index.emplace(issue.values[v], v);
  std::vector<std::optional<double>> raw(issue.values.size());
  std::vector<bool> given(issue.values.size(), false);
  std::vector<std::pair<pugi::xml_node, std::string>> unknown;
  for (const pugi::xml_node item : node.children("item")) {
    const std::string value = trim(item.attribute("value").value());
    const auto at = index.find(value);
    if (at == index.end()) {
      unknown.emplace_back(item, value);
      continue;
    }
    const std::string item_field = field + ".items[" + value + "]";
    if (given[at->second]) {
      problems.add(file, item, item_field, "value '" + value + "' appears twice");
      continue;
    }
    given[at->second] = true;
    const auto evaluation =
        number_attribute(problems, file, item, "evaluation", item_field + ".evaluation");
    if (evaluation && *evaluation < 0)
      problems.add(file, item, item_field + ".evaluation",
                   fmt::format("evaluation {} is negative; expected a number >= 0", *evaluation));
    else
      raw[at->second] = evaluation;
  }
  std::string without;  // the values with no item: what a misspelt value may have meant
  for (std::size_t v = 0; v < given.size(); ++v)
    if (!given[v]) without += (without.empty() ? "'" : ", '") + issue.values[v] + "'";
  for (const auto& [item, value] : unknown)
    problems.add(file, item, field + ".items[" + value + "]",
                 "value '" + value + "' is not a value of this issue in the domain" +
                     (without.empty() ? "" : "; values without an evaluation: " + without));
  if (unknown.empty())
    for (std::size_t v = 0; v < given.size(); ++v)
      if (!given[v])
        problems.add(file, node, field + ".items[" + issue.values[v] + "]",
                     "no evaluation for value '" + issue.values[v] + "'");
  if (problems.count() != before) return std::nullopt;
  double max = 0;
  for (const auto& r : raw) max = std::max(max, *r);
  if (max <= 0) {
    problems.add(file, node, field, "all evaluations are zero");
    return std::nullopt;
  }
  std::vector<double> eval;
  for (const auto& r : raw) eval.push_back(*r / max);
  return eval;
}

// Evaluations of an integer issue from its linear evaluator; nullopt when there was a problem
// (reported).
std::optional<std::vector<double>> read_integer_eval(Problems& problems, const XmlFile& file,
                                                     pugi::xml_node node,
                                                     const GeniusIssue& issue) {
  const std::string field = issue_field(issue.name) + ".evaluator";
  const pugi::xml_node evaluator = node.child("evaluator");
  if (!evaluator) {
    problems.add(file, node, field, "an integer issue needs an <evaluator>");
    return std::nullopt;
  }
  const std::string ftype = trim(evaluator.attribute("ftype").value());
  if (ftype != "linear") {
    problems.add(file, evaluator, field + ".ftype",
                 "unknown evaluator function '" + ftype + "'; expected linear");
    return std::nullopt;
  }
  const bool slope_form = evaluator.attribute("slope") || evaluator.attribute("offset");
  // eval = clamp01(a · (v − origin) + b); an overflow to ±infinity clamps to 0 or 1.
  std::optional<double> a, b;
  double origin = 0;
  if (slope_form) {  // slope · (v − lowerbound) + offset
    a = number_attribute(problems, file, evaluator, "slope", field + ".slope");
    b = number_attribute(problems, file, evaluator, "offset", field + ".offset");
    origin = issue.points.front();
  } else {  // parameter1 · v + parameter0
    a = number_attribute(problems, file, evaluator, "parameter1", field + ".parameter1");
    b = number_attribute(problems, file, evaluator, "parameter0", field + ".parameter0");
  }
  if (!a || !b) return std::nullopt;
  std::vector<double> eval;
  for (const double v : issue.points) eval.push_back(std::clamp(*a * (v - origin) + *b, 0.0, 1.0));
  return eval;
}

std::string file_stem(const std::string& path) {
  return fs::path(path).stem().string();
}

// A profile's weights, read into `profile`. `by_index`: the profile's issue index → domain
// issue, or nullopt for an issue passed over; `checkable`: the issues whose weight must be there.
void read_weights(Problems& problems, const XmlFile& file, pugi::xml_node objective,
                  const std::map<long long, std::optional<std::size_t>>& by_index,
                  const std::vector<pugi::xml_node>& checkable, const DomainRead& domain,
                  GeniusProfile& profile) {
  std::vector<bool> weighted(domain.issues.size(), false);
  for (const pugi::xml_node node : objective.children("weight")) {
    const auto index = parse_integer(node.attribute("index").value());
    if (!index) {
      problems.add(file, node, "weights[].index", "a weight needs an integer 'index'");
      continue;
    }
    const std::string field = fmt::format("weights[{}]", *index);
    const auto at = by_index.find(*index);
    if (at == by_index.end()) {
      problems.add(file, node, field, fmt::format("no issue has index {}", *index));
      continue;
    }
    if (!at->second) continue;
    const std::size_t i = *at->second;
    if (weighted[i]) {
      problems.add(file, node, field, "a second weight for this issue");
      continue;
    }
    weighted[i] = true;
    const auto weight = number_attribute(problems, file, node, "value", field + ".value");
    if (weight && *weight < 0)
      problems.add(file, node, field + ".value",
                   fmt::format("weight {} is negative; expected a number >= 0", *weight));
    else if (weight)
      profile.weights[i] = *weight;
  }
  for (std::size_t i = 0; i < domain.issues.size(); ++i)
    if (checkable[i] && !weighted[i])
      problems.add(file, checkable[i], issue_field(domain.issues[i].name) + ".weight",
                   "no <weight> for issue '" + domain.issues[i].name + "'");
  double total = 0;
  for (const double w : profile.weights) total += w;
  if (!std::isfinite(total))
    problems.add(file, objective, "weights",
                 "the weights add up to more than the largest number; expected weights near 1");
}

// One party's profile checked against the domain; nullopt when it has a problem (reported).
std::optional<GeniusProfile> read_profile(Problems& problems, const XmlFile& file,
                                          const DomainRead& domain) {
  const std::size_t before = problems.count();
  const auto& issues = domain.issues;
  GeniusProfile profile;
  profile.file = file.path;
  profile.id = genius_safe_id(file_stem(file.path), "p");
  const pugi::xml_node space = file.doc->document_element();
  if (std::string_view(space.name()) != "utility_space") {
    problems.add(file, space, "",
                 fmt::format("root element <{}> is not a GENIUS profile; expected "
                             "<utility_space>",
                             space.name()));
    return std::nullopt;
  }
  if (const pugi::xml_node reservation = space.child("reservation"))
    profile.reservation =
        number_attribute(problems, file, reservation, "value", "reservation.value").value_or(0);
  const pugi::xml_node objective = objective_of(problems, file, space);
  if (!objective) return std::nullopt;

  std::map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < issues.size(); ++i) by_name.emplace(issues[i].name, i);
  profile.weights.assign(issues.size(), 0.0);
  profile.eval.assign(issues.size(), {});
  std::vector<bool> seen(issues.size(), false);
  std::vector<pugi::xml_node> checkable(issues.size());  // issues whose weight can be matched
  std::map<long long, std::optional<std::size_t>> by_index;
  std::map<long long, std::string> index_owner;
  for (const pugi::xml_node node : objective.children("issue")) {
    const std::string name = trim(node.attribute("name").value());
    const std::string field = issue_field(name);
    const auto index = parse_integer(node.attribute("index").value());
    if (!index) problems.add(file, node, field + ".index", "an issue needs an integer 'index'");
    const auto at = by_name.find(name);
    if (at == by_name.end() || seen[at->second]) {
      if (at != by_name.end())
        problems.add(file, node, field, "issue '" + name + "' appears twice");
      else if (!domain.broken.count(name))
        problems.add(file, node, field, "issue '" + name + "' is not an issue of the domain");
      if (index && index_owner.emplace(*index, name).second)
        by_index.emplace(*index, std::nullopt);  // its weight is passed over
      continue;
    }
    const std::size_t i = at->second;
    seen[i] = true;
    if (index && !index_owner.emplace(*index, name).second) {
      problems.add(
          file, node, field + ".index",
          fmt::format("index {} is also the index of issue '{}'", *index, index_owner[*index]));
    } else if (index) {
      by_index.emplace(*index, i);
      checkable[i] = node;
    }
    const std::string type = issue_type(node);
    const std::string expected = issues[i].integer ? "integer" : "discrete";
    if (!type.empty() && type != expected) {
      problems.add(file, node, field + ".type",
                   "issue type '" + type + "' differs from the domain's '" + expected + "'");
      continue;
    }
    auto eval = issues[i].integer ? read_integer_eval(problems, file, node, issues[i])
                                  : read_discrete_eval(problems, file, node, issues[i]);
    if (eval) profile.eval[i] = std::move(*eval);
  }
  for (std::size_t i = 0; i < issues.size(); ++i)
    if (!seen[i])
      problems.add(file, objective, issue_field(issues[i].name),
                   "issue '" + issues[i].name + "' of the domain is missing from the profile");
  read_weights(problems, file, objective, by_index, checkable, domain, profile);
  if (problems.count() != before) return std::nullopt;
  return profile;
}

bargain::AdditiveSpace build_space(const std::vector<GeniusIssue>& issues,
                                   const std::vector<GeniusProfile>& profiles) {
  bargain::AdditiveSpace space;
  const std::size_t parties = profiles.size();
  for (const auto& profile : profiles) {
    space.parties.push_back(profile.id);
    space.reservation.push_back(profile.reservation);
  }
  for (std::size_t i = 0; i < issues.size(); ++i) {
    space.issues.push_back({issues[i].id, issues[i].name, issues[i].values, issues[i].points});
    const std::size_t levels = issues[i].values.size();
    std::vector<double> contribution(levels * parties);
    for (std::size_t l = 0; l < levels; ++l)
      for (std::size_t p = 0; p < parties; ++p)
        contribution[l * parties + p] = profiles[p].weights[i] * profiles[p].eval[i][l];
    space.contribution.push_back(std::move(contribution));
    space.acceptable.emplace_back(levels * parties, std::uint8_t{1});
  }
  return space;
}

// The domain and the profiles (nullptr: a file that could not be parsed, already reported), with
// every problem of all of them thrown together.
GeniusDomain assemble(Problems& problems, const std::string& name, const XmlFile* domain,
                      const std::vector<const XmlFile*>& profiles) {
  GeniusDomain result;
  result.name = name;
  DomainRead read;
  if (domain) {
    result.domain_file = domain->path;
    read = read_domain(problems, *domain);
  }
  UniqueIds ids;
  for (const XmlFile* file : profiles) {
    if (!file || !read.usable) continue;
    if (auto profile = read_profile(problems, *file, read)) {
      profile->id = ids.make(profile->id);
      result.profiles.push_back(std::move(*profile));
    }
  }
  problems.throw_if_any();
  result.issues = std::move(read.issues);
  result.space = build_space(result.issues, result.profiles);
  return result;
}

bool ends_with_xml(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xml";
}

bool named_domain(const std::string& path) {
  std::string stem = file_stem(path);
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return stem.find("domain") != std::string::npos;
}

// The paths of the .xml files in `dir`, by file name; throws InputError when there are none.
std::vector<std::string> xml_files(const std::string& dir) {
  Problems problems;
  std::error_code ec;
  std::vector<std::string> paths;
  if (!fs::exists(dir, ec)) {
    problems.add_file(dir, "no such directory");
  } else if (!fs::is_directory(dir, ec)) {
    problems.add_file(dir, "not a directory; expected a GENIUS scenario folder");
  } else {
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.is_regular_file() && ends_with_xml(entry.path()))
        paths.push_back(entry.path().string());
    if (ec)
      problems.add_file(dir, "cannot list the directory: " + ec.message());
    else if (paths.empty())
      problems.add_file(dir,
                        "no .xml files in the directory; expected a GENIUS domain and profiles");
  }
  problems.throw_if_any();
  std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
    return fs::path(a).filename() < fs::path(b).filename();
  });
  return paths;
}

// The index of the domain among `files` (nullopt: unparsed), or nullopt (reported unless an
// unparsed file may have been the domain).
std::optional<std::size_t> find_domain(Problems& problems, const std::string& dir,
                                       const std::vector<std::optional<XmlFile>>& files) {
  std::vector<std::size_t> domains;
  bool unparsed = false;
  for (std::size_t k = 0; k < files.size(); ++k) {
    if (!files[k])
      unparsed = true;
    else if (domain_space(*files[k]))
      domains.push_back(k);
  }
  if (domains.size() > 1) {
    std::vector<std::size_t> named;
    for (const std::size_t k : domains)
      if (named_domain(files[k]->path)) named.push_back(k);
    if (named.size() == 1) domains = named;
  }
  if (domains.size() == 1) return domains.front();
  if (domains.empty() && !unparsed)
    problems.add_file(dir,
                      "no GENIUS domain file (a <negotiation_template>, or a <utility_space> "
                      "without weights) in the directory");
  if (domains.size() > 1)
    problems.add_file(
        dir, fmt::format("{} files could be the domain ({} and {}); keep one", domains.size(),
                         file_stem(files[domains[0]]->path), file_stem(files[domains[1]]->path)));
  return std::nullopt;
}

}  // namespace

std::string genius_safe_id(const std::string& name, const char* prefix) {
  std::string id;
  for (const unsigned char c : name) {
    const bool ok = std::isalnum(c) || c == '_' || c == '-' || c == '.';
    if (ok && c < 128)
      id += static_cast<char>(c);
    else if (!id.empty() && id.back() != '_')
      id += '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front())))
    id = std::string(prefix) + id;
  return id;
}

GeniusDomain read_genius(const std::string& domain_path,
                         const std::vector<std::string>& profile_paths) {
  Problems problems;
  const auto domain = load_xml(problems, domain_path);
  std::vector<std::optional<XmlFile>> files;
  for (const auto& path : profile_paths) files.push_back(load_xml(problems, path));
  std::vector<const XmlFile*> profiles;
  for (const auto& file : files) profiles.push_back(file ? &*file : nullptr);
  std::vector<std::string> order{domain_path};
  order.insert(order.end(), profile_paths.begin(), profile_paths.end());
  problems.order_files(order);
  if (profiles.size() < 2)
    problems.add_file(
        domain_path,
        fmt::format("a GENIUS scenario needs at least two profiles; found {}", profiles.size()));
  return assemble(problems, file_stem(domain_path), domain ? &*domain : nullptr, profiles);
}

GeniusDomain read_genius_dir(const std::string& dir) {
  const std::vector<std::string> paths = xml_files(dir);
  Problems problems;
  std::vector<std::optional<XmlFile>> files;
  for (const auto& path : paths) files.push_back(load_xml(problems, path));
  const auto domain = find_domain(problems, dir, files);
  std::vector<const XmlFile*> profiles;
  std::vector<std::string> order{dir};  // the directory, the domain, then the profiles
  if (domain) order.push_back(paths[*domain]);
  for (std::size_t k = 0; k < files.size(); ++k)
    if (k != domain) {
      profiles.push_back(files[k] ? &*files[k] : nullptr);
      order.push_back(paths[k]);
    }
  problems.order_files(order);
  if (domain && profiles.size() < 2)
    problems.add_file(dir, fmt::format("a GENIUS scenario needs at least two profiles; found {}",
                                       profiles.size()));
  fs::path normal = fs::path(dir).lexically_normal();
  std::string name = normal.filename().string();
  if (name.empty()) name = normal.parent_path().filename().string();
  return assemble(problems, name, domain ? &*files[*domain] : nullptr, profiles);
}

}  // namespace parley::io
