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

// One parsed XML file, with what is needed to turn byte offsets into lines and columns.
struct XmlFile {
  std::string path;
  std::string text;
  std::unique_ptr<pugi::xml_document> doc = std::make_unique<pugi::xml_document>();

  // 1-based line and column of a byte offset (0, 0 when unknown).
  std::pair<int, int> locate(std::ptrdiff_t offset) const {
    if (offset < 0 || static_cast<std::size_t>(offset) > text.size()) return {0, 0};
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t k = 0; k < static_cast<std::size_t>(offset); ++k)
      if (text[k] == '\n') {
        ++line;
        line_start = k + 1;
      }
    return {line, static_cast<int>(static_cast<std::size_t>(offset) - line_start) + 1};
  }

  [[noreturn]] void fail(pugi::xml_node node, std::string field, std::string message) const {
    Diagnostic d;
    d.file = path;
    if (node) {
      // offset_debug points at the element name; the tag starts one byte earlier, at '<'.
      std::ptrdiff_t offset = node.offset_debug();
      if (offset > 0 && node.type() == pugi::node_element) --offset;
      std::tie(d.line, d.column) = locate(offset);
    }
    d.field = std::move(field);
    d.message = std::move(message);
    throw InputError(std::move(d));
  }
};

[[noreturn]] void fail_file(const std::string& path, std::string message) {
  Diagnostic d;
  d.file = path;
  d.message = std::move(message);
  throw InputError(std::move(d));
}

XmlFile load_xml(const std::string& path) {
  XmlFile file;
  file.path = path;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) fail_file(path, "no such file");
  const auto size = fs::file_size(path, ec);
  if (ec) fail_file(path, "cannot read the file: " + ec.message());
  if (size > kMaxFileBytes)
    fail_file(path, fmt::format("the file has {} bytes; at most {} are read", size, kMaxFileBytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_file(path, "cannot open the file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  file.text = buffer.str();
  if (file.text.empty()) fail_file(path, "the file is empty; expected GENIUS XML");
  const pugi::xml_parse_result result = file.doc->load_buffer(
      file.text.data(), file.text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    Diagnostic d;
    d.file = path;
    std::tie(d.line, d.column) = file.locate(result.offset);
    d.message = std::string("malformed XML: ") + result.description();
    throw InputError(std::move(d));
  }
  if (!file.doc->document_element()) fail_file(path, "no XML element in the file");
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

// A required number attribute of `node`.
double number_attribute(const XmlFile& file, pugi::xml_node node, const char* name,
                        const std::string& field) {
  const pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) file.fail(node, field, fmt::format("missing attribute '{}'", name));
  const auto value = parse_double(attribute.value());
  if (!value)
    file.fail(node, field,
              fmt::format("'{}' is not a finite number (attribute '{}')", attribute.value(), name));
  return *value;
}

// The issue type: `type`, else `etype`, else `vtype`.
std::string issue_type(pugi::xml_node issue) {
  for (const char* name : {"type", "etype", "vtype"})
    if (const auto attribute = issue.attribute(name)) return trim(attribute.value());
  return {};
}

// The `<objective>` of a `<utility_space>`.
pugi::xml_node objective_of(const XmlFile& file, pugi::xml_node space) {
  const pugi::xml_node objective = space.child("objective");
  if (!objective) file.fail(space, "objective", "no <objective> element in <utility_space>");
  for (const pugi::xml_node nested : objective.children("objective"))
    file.fail(nested, "objective.objective", "nested objectives are not supported");
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

GeniusIssue read_domain_issue(const XmlFile& file, pugi::xml_node node) {
  GeniusIssue issue;
  issue.name = trim(node.attribute("name").value());
  if (issue.name.empty()) file.fail(node, "issues[].name", "an issue without a name");
  const std::string field = issue_field(issue.name);
  const std::string type = issue_type(node);
  issue.id = genius_safe_id(issue.name, "i");
  if (type == "discrete") {
    std::set<std::string> seen;
    for (const pugi::xml_node item : node.children("item")) {
      const std::string value = trim(item.attribute("value").value());
      if (value.empty()) file.fail(item, field + ".items[].value", "an item without a value");
      if (!seen.insert(value).second)
        file.fail(item, field + ".items[" + value + "]", "value '" + value + "' appears twice");
      issue.points.push_back(static_cast<double>(issue.values.size()));
      issue.values.push_back(value);
    }
    if (issue.values.empty()) file.fail(node, field, "a discrete issue without <item> values");
  } else if (type == "integer") {
    issue.integer = true;
    const auto low = parse_integer(node.attribute("lowerbound").value());
    const auto high = parse_integer(node.attribute("upperbound").value());
    if (!low || !high)
      file.fail(node, field + ".lowerbound",
                "an integer issue needs integer 'lowerbound' and 'upperbound' attributes");
    if (*low > *high || *low < -kMaxIntegerBound || *high > kMaxIntegerBound ||
        *high - *low >= kMaxIntegerValues)
      file.fail(node, field + ".upperbound",
                fmt::format("integer range {}..{} must be ordered and hold at most {} values", *low,
                            *high, kMaxIntegerValues));
    for (long long v = *low; v <= *high; ++v) {
      issue.values.push_back(std::to_string(v));
      issue.points.push_back(static_cast<double>(v));
    }
  } else if (type == "real") {
    file.fail(node, field + ".type",
              "real issues are continuous; a bargaining space needs discrete levels (use a "
              "discrete or integer issue)");
  } else {
    file.fail(node, field + ".type",
              "unknown issue type '" + type + "'; expected discrete or integer");
  }
  std::set<std::string> ids;
  for (const auto& value : issue.values) {
    std::string id = genius_safe_id(value, "v");
    for (int k = 2; !ids.insert(id).second; ++k)
      id = genius_safe_id(value, "v") + fmt::format("_{}", k);
    issue.value_ids.push_back(id);
  }
  return issue;
}

std::vector<GeniusIssue> read_domain(const XmlFile& file) {
  const pugi::xml_node space = domain_space(file);
  if (!space)
    file.fail(file.doc->document_element(), "",
              "not a GENIUS domain: expected <negotiation_template> holding a <utility_space>, "
              "or a <utility_space> without weights");
  const pugi::xml_node objective = objective_of(file, space);
  std::vector<GeniusIssue> issues;
  std::set<std::string> names, ids;
  for (const pugi::xml_node node : objective.children("issue")) {
    GeniusIssue issue = read_domain_issue(file, node);
    if (!names.insert(issue.name).second)
      file.fail(node, issue_field(issue.name), "issue '" + issue.name + "' appears twice");
    for (int k = 2; !ids.insert(issue.id).second; ++k)
      issue.id = genius_safe_id(issue.name, "i") + fmt::format("_{}", k);
    issues.push_back(std::move(issue));
  }
  if (issues.empty()) file.fail(objective, "issues", "the domain has no <issue>");
  return issues;
}

// Evaluations of a discrete issue, divided by their maximum.
std::vector<double> read_discrete_eval(const XmlFile& file, pugi::xml_node node,
                                       const GeniusIssue& issue) {
  const std::string field = issue_field(issue.name);
  std::vector<std::optional<double>> raw(issue.values.size());
  for (const pugi::xml_node item : node.children("item")) {
    const std::string value = trim(item.attribute("value").value());
    const auto at = std::find(issue.values.begin(), issue.values.end(), value);
    const std::string item_field = field + ".items[" + value + "]";
    if (at == issue.values.end())
      file.fail(item, item_field,
                "value '" + value + "' is not a value of this issue in the domain");
    auto& slot = raw[static_cast<std::size_t>(at - issue.values.begin())];
    if (slot) file.fail(item, item_field, "value '" + value + "' appears twice");
    const double evaluation =
        number_attribute(file, item, "evaluation", item_field + ".evaluation");
    if (evaluation < 0)
      file.fail(item, item_field + ".evaluation",
                fmt::format("evaluation {} is negative; expected a number >= 0", evaluation));
    slot = evaluation;
  }
  double max = 0;
  for (std::size_t v = 0; v < raw.size(); ++v) {
    if (!raw[v])
      file.fail(node, field + ".items[" + issue.values[v] + "]",
                "no evaluation for value '" + issue.values[v] + "'");
    max = std::max(max, *raw[v]);
  }
  if (max <= 0) file.fail(node, field, "all evaluations are zero");
  std::vector<double> eval;
  for (const auto& r : raw) eval.push_back(*r / max);
  return eval;
}

// Evaluations of an integer issue from its linear evaluator.
std::vector<double> read_integer_eval(const XmlFile& file, pugi::xml_node node,
                                      const GeniusIssue& issue) {
  const std::string field = issue_field(issue.name) + ".evaluator";
  const pugi::xml_node evaluator = node.child("evaluator");
  if (!evaluator) file.fail(node, field, "an integer issue needs an <evaluator>");
  const std::string ftype = trim(evaluator.attribute("ftype").value());
  if (ftype != "linear")
    file.fail(evaluator, field + ".ftype",
              "unknown evaluator function '" + ftype + "'; expected linear");
  const bool slope_form = evaluator.attribute("slope") || evaluator.attribute("offset");
  double a = 0, b = 0;  // eval = clamp01(a · v + b)
  if (slope_form) {
    const double slope = number_attribute(file, evaluator, "slope", field + ".slope");
    const double offset = number_attribute(file, evaluator, "offset", field + ".offset");
    a = slope;
    b = offset - slope * issue.points.front();  // slope · (v − lowerbound) + offset
  } else {
    a = number_attribute(file, evaluator, "parameter1", field + ".parameter1");
    b = number_attribute(file, evaluator, "parameter0", field + ".parameter0");
  }
  std::vector<double> eval;
  for (const double v : issue.points) eval.push_back(std::clamp(a * v + b, 0.0, 1.0));
  return eval;
}

std::string file_stem(const std::string& path) {
  return fs::path(path).stem().string();
}

GeniusProfile read_profile(const XmlFile& file, const std::vector<GeniusIssue>& issues) {
  GeniusProfile profile;
  profile.file = file.path;
  profile.id = genius_safe_id(file_stem(file.path), "p");
  const pugi::xml_node space = file.doc->document_element();
  if (std::string_view(space.name()) != "utility_space")
    file.fail(space, "",
              fmt::format("root element <{}> is not a GENIUS profile; expected "
                          "<utility_space>",
                          space.name()));
  if (const pugi::xml_node reservation = space.child("reservation"))
    profile.reservation = number_attribute(file, reservation, "value", "reservation.value");
  const pugi::xml_node objective = objective_of(file, space);

  profile.weights.assign(issues.size(), 0.0);
  profile.eval.assign(issues.size(), {});
  std::vector<bool> seen(issues.size(), false), weighted(issues.size(), false);
  std::vector<pugi::xml_node> nodes(issues.size());
  std::map<long long, std::size_t> by_index;  // profile issue index → domain issue
  for (const pugi::xml_node node : objective.children("issue")) {
    const std::string name = trim(node.attribute("name").value());
    const auto at = std::find_if(issues.begin(), issues.end(),
                                 [&](const GeniusIssue& i) { return i.name == name; });
    if (at == issues.end())
      file.fail(node, issue_field(name), "issue '" + name + "' is not an issue of the domain");
    const auto i = static_cast<std::size_t>(at - issues.begin());
    if (seen[i]) file.fail(node, issue_field(name), "issue '" + name + "' appears twice");
    seen[i] = true;
    nodes[i] = node;
    const std::string type = issue_type(node);
    const std::string expected = at->integer ? "integer" : "discrete";
    if (!type.empty() && type != expected)
      file.fail(node, issue_field(name) + ".type",
                "issue type '" + type + "' differs from the domain's '" + expected + "'");
    profile.eval[i] =
        at->integer ? read_integer_eval(file, node, *at) : read_discrete_eval(file, node, *at);
    const auto index = parse_integer(node.attribute("index").value());
    if (!index) file.fail(node, issue_field(name) + ".index", "an issue needs an integer 'index'");
    by_index[*index] = i;
  }
  for (std::size_t i = 0; i < issues.size(); ++i)
    if (!seen[i])
      file.fail(objective, issue_field(issues[i].name),
                "issue '" + issues[i].name + "' of the domain is missing from the profile");

  for (const pugi::xml_node node : objective.children("weight")) {
    const auto index = parse_integer(node.attribute("index").value());
    if (!index) file.fail(node, "weights[].index", "a weight needs an integer 'index'");
    const std::string field = fmt::format("weights[{}]", *index);
    const auto at = by_index.find(*index);
    if (at == by_index.end()) file.fail(node, field, fmt::format("no issue has index {}", *index));
    if (weighted[at->second]) file.fail(node, field, "a second weight for this issue");
    const double weight = number_attribute(file, node, "value", field + ".value");
    if (weight < 0)
      file.fail(node, field + ".value",
                fmt::format("weight {} is negative; expected a number >= 0", weight));
    profile.weights[at->second] = weight;
    weighted[at->second] = true;
  }
  for (std::size_t i = 0; i < issues.size(); ++i)
    if (!weighted[i])
      file.fail(nodes[i], issue_field(issues[i].name) + ".weight",
                "no <weight> for issue '" + issues[i].name + "'");
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

GeniusDomain assemble(const std::string& name, const XmlFile& domain,
                      const std::vector<const XmlFile*>& profiles) {
  GeniusDomain result;
  result.name = name;
  result.domain_file = domain.path;
  result.issues = read_domain(domain);
  if (profiles.size() < 2)
    fail_file(domain.path, fmt::format("a GENIUS scenario needs at least two profiles; found {}",
                                       profiles.size()));
  std::set<std::string> ids;
  for (const XmlFile* file : profiles) {
    GeniusProfile profile = read_profile(*file, result.issues);
    const std::string base = profile.id;
    for (int k = 2; !ids.insert(profile.id).second; ++k) profile.id = base + fmt::format("_{}", k);
    result.profiles.push_back(std::move(profile));
  }
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
  const XmlFile domain = load_xml(domain_path);
  std::vector<XmlFile> files;
  for (const auto& path : profile_paths) files.push_back(load_xml(path));
  std::vector<const XmlFile*> profiles;
  for (const auto& file : files) profiles.push_back(&file);
  return assemble(file_stem(domain_path), domain, profiles);
}

GeniusDomain read_genius_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) fail_file(dir, "no such directory");
  if (!fs::is_directory(dir, ec))
    fail_file(dir, "not a directory; expected a GENIUS scenario folder");
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && ends_with_xml(entry.path()))
      paths.push_back(entry.path().string());
  if (ec) fail_file(dir, "cannot list the directory: " + ec.message());
  if (paths.empty())
    fail_file(dir, "no .xml files in the directory; expected a GENIUS domain and profiles");
  std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
    return fs::path(a).filename() < fs::path(b).filename();
  });

  std::vector<XmlFile> files;
  for (const auto& path : paths) files.push_back(load_xml(path));
  std::vector<std::size_t> domains;
  for (std::size_t k = 0; k < files.size(); ++k)
    if (domain_space(files[k])) domains.push_back(k);
  if (domains.size() > 1) {
    std::vector<std::size_t> named;
    for (const std::size_t k : domains)
      if (named_domain(files[k].path)) named.push_back(k);
    if (named.size() == 1) domains = named;
  }
  if (domains.empty())
    fail_file(dir,
              "no GENIUS domain file (a <negotiation_template>, or a <utility_space> "
              "without weights) in the directory");
  if (domains.size() > 1)
    fail_file(dir,
              fmt::format("{} files could be the domain ({} and {}); keep one", domains.size(),
                          file_stem(files[domains[0]].path), file_stem(files[domains[1]].path)));
  std::vector<const XmlFile*> profiles;
  for (std::size_t k = 0; k < files.size(); ++k)
    if (k != domains.front()) profiles.push_back(&files[k]);
  fs::path normal = fs::path(dir).lexically_normal();
  std::string name = normal.filename().string();
  if (name.empty()) name = normal.parent_path().filename().string();
  if (profiles.size() < 2)
    fail_file(dir, fmt::format("a GENIUS scenario needs at least two profiles; found {}",
                               profiles.size()));
  return assemble(name, files[domains.front()], profiles);
}

}  // namespace parley::io
