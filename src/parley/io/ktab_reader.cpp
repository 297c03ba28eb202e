#include "parley/io/ktab_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <tuple>
#include <utility>

namespace parley::io {

namespace {
namespace ktab {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = 16u << 20;  // 16 MiB, as for the other readers
constexpr unsigned long long kMinActors = 3;         // Model::minNumActor (kmodel.h)
constexpr unsigned long long kMaxActors = 250;       // Model::maxNumActor
constexpr unsigned long long kMaxDimensions = 100;   // parley's own limit
constexpr double kMaxPower = 1e8;                    // SMPModel::csvRead's sanity check
constexpr double kScale = 100.0;                     // positions and saliences are 0–100

// The problems found in one file: errors, thrown together in line order, and warnings.
class Report {
 public:
  explicit Report(std::string file) : file_(std::move(file)) {}
  const std::string& file() const { return file_; }
  void error(int line, int column, std::string field, std::string message) {
    errors_.push_back(Diagnostic{file_, line, column, std::move(field), std::move(message)});
  }
  void warning(int line, int column, std::string field, std::string message) {
    warnings_.push_back(Diagnostic{file_, line, column, std::move(field), std::move(message)});
  }
  bool has_errors() const { return !errors_.empty(); }
  void throw_if_any() const {
    if (errors_.empty()) return;
    std::vector<Diagnostic> sorted = errors_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    throw InputError(std::move(sorted));
  }
  std::vector<Diagnostic> take_warnings() { return std::move(warnings_); }

 private:
  std::string file_;
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
};

std::string load_file(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw InputError(Diagnostic{path, 0, 0, "", "no such file"});
  const auto size = fs::file_size(path, ec);
  if (ec) throw InputError(Diagnostic{path, 0, 0, "", "cannot read the file: " + ec.message()});
  if (size > kMaxFileBytes)
    throw InputError(
        Diagnostic{path, 0, 0, "",
                   fmt::format("the file has {} bytes; at most {} are read", size, kMaxFileBytes)});
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  if (in) buffer << in.rdbuf();
  if (!in) throw InputError(Diagnostic{path, 0, 0, "", "cannot open the file"});
  return buffer.str();
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A finite number written in full ("12", "-3.5", "+1e2"), or nullopt.
std::optional<double> number(std::string_view text) {
  text = trimmed(text);
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

// A whole number written in digits, or nullopt.
std::optional<unsigned long long> whole(std::string_view text) {
  text = trimmed(text);
  if (text.empty()) return std::nullopt;
  unsigned long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

forecast::Dimension dimension_named(std::string name) {
  return forecast::Dimension{std::move(name), 0.0, kScale};
}

// Checks an actor's positions and saliences (0–100 each, the saliences summing to more than 0
// and at most 100) and stores them on the 0..1 salience scale. `where(k, salience)` locates the
// k-th position or salience.
template <class Where>
void check_actor_values(Report& report, forecast::Actor& actor,
                        const std::vector<std::optional<double>>& positions,
                        const std::vector<std::optional<double>>& saliences, const Where& where) {
  double sum = 0.0;
  bool complete = true;
  for (std::size_t k = 0; k < positions.size(); ++k) {
    const auto [pl, pc, pf] = where(k, false);
    if (!positions[k]) {
      report.error(pl, pc, pf, "expected a number (a position, 0 to 100)");
      complete = false;
    } else if (*positions[k] < 0 || *positions[k] > kScale) {
      report.error(pl, pc, pf, fmt::format("position {} is outside 0 to 100", *positions[k]));
      complete = false;
    }
    const auto [sl, sc, sf] = where(k, true);
    if (!saliences[k]) {
      report.error(sl, sc, sf, "expected a number (a salience, 0 to 100)");
      complete = false;
      continue;
    }
    if (*saliences[k] < 0 || *saliences[k] > kScale) {
      report.error(sl, sc, sf, fmt::format("salience {} is outside 0 to 100", *saliences[k]));
      complete = false;
      continue;
    }
    const bool was_within = !(kScale < sum);
    sum = sum + *saliences[k];
    if (was_within && kScale < sum)
      report.error(sl, sc, sf,
                   fmt::format("the saliences of '{}' sum to {} here, over 100", actor.name, sum));
  }
  if (complete && !(sum > 0)) {
    const auto [sl, sc, sf] = where(0, true);
    report.error(
        sl, sc, sf,
        fmt::format("every salience of '{}' is 0; at least one must be above 0", actor.name));
  }
  for (std::size_t k = 0; k < positions.size(); ++k) {
    actor.position.push_back(positions[k].value_or(0.0));
    actor.salience.push_back(saliences[k].value_or(0.0) / kScale);
  }
}

// The power (capability) of an actor, called `word` in the file: above 0 and below 1e8.
void check_power(Report& report, int line, int column, const std::string& field,
                 std::optional<double> power, const char* word) {
  if (!power)
    report.error(line, column, field, fmt::format("expected a number (the actor's {})", word));
  else if (*power < 0)
    report.error(line, column, field, fmt::format("{} {} is negative", word, *power));
  else if (*power == 0)
    report.error(line, column, field, fmt::format("{} 0: the SMP needs it above 0", word));
  else if (*power >= kMaxPower)
    report.error(line, column, field, fmt::format("{} {} is not below 1e8", word, *power));
}

// ---- CSV ----

struct Cell {
  std::string text;  // trimmed, quotes removed
  int column = 0;    // 1-based byte column of the field's first byte
};

struct Row {
  int line = 0;
  std::vector<Cell> cells;
  bool blank() const {
    return std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.text.empty(); });
  }
  // The cells after `count`, which must be empty; nullptr when they are.
  const Cell* first_extra(std::size_t count) const {
    for (std::size_t k = count; k < cells.size(); ++k)
      if (!cells[k].text.empty()) return &cells[k];
    return nullptr;
  }
};

// Splits one line at `separator`; a field that starts with '"' runs to its closing quote ("" is
// a quote inside it). Sets `unclosed` when a quote is not closed.
std::vector<Cell> split_line(std::string_view line, char separator, bool& unclosed) {
  std::vector<Cell> cells;
  std::size_t at = 0;
  unclosed = false;
  while (true) {
    Cell cell;
    cell.column = static_cast<int>(at) + 1;
    std::size_t start = at;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
    std::string text;
    if (start < line.size() && line[start] == '"') {
      std::size_t k = start + 1;
      bool closed = false;
      while (k < line.size()) {
        if (line[k] == '"') {
          if (k + 1 < line.size() && line[k + 1] == '"') {
            text += '"';
            k += 2;
            continue;
          }
          closed = true;
          ++k;
          break;
        }
        text += line[k++];
      }
      if (!closed) unclosed = true;
      const std::size_t end = line.find(separator, k);
      at = end == std::string_view::npos ? line.size() : end;
      // what follows the closing quote up to the separator is kept (trimmed)
      text += std::string(trimmed(line.substr(k, at - k)));
      cell.text = text;
    } else {
      const std::size_t end = line.find(separator, at);
      const std::size_t stop = end == std::string_view::npos ? line.size() : end;
      cell.text = std::string(trimmed(line.substr(at, stop - at)));
      at = stop;
    }
    cells.push_back(std::move(cell));
    if (at >= line.size()) break;
    ++at;                     // past the separator
    if (at == line.size()) {  // a trailing separator: one more, empty, field
      cells.push_back(Cell{"", static_cast<int>(at) + 1});
      break;
    }
  }
  return cells;
}

// The file's rows: each line split at ',' or, when it holds no ',', at ';'. A UTF-8 byte-order
// mark and '\r' before '\n' are dropped.
std::vector<Row> csv_rows(Report& report, std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Row> rows;
  int line = 0;
  while (!text.empty()) {
    ++line;
    const std::size_t end = text.find('\n');
    std::string_view one = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!one.empty() && one.back() == '\r') one.remove_suffix(1);
    bool unclosed = false;
    Row row{line, split_line(one, ',', unclosed)};
    if (row.cells.size() == 1 && one.find(';') != std::string_view::npos)
      row.cells = split_line(one, ';', unclosed);
    if (unclosed) report.error(line, 0, "", "a quoted field is not closed on its line");
    rows.push_back(std::move(row));
  }
  return rows;
}

KtabScenario read_csv(std::string_view text, const std::string& name) {
  Report report(name);
  KtabScenario out;
  std::vector<Row> rows = csv_rows(report, text);
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Row& r) { return r.blank(); }),
             rows.end());
  report.throw_if_any();
  if (rows.empty()) {
    report.error(0, 0, "",
                 "the file has no rows; expected KTAB's CSV (row 1: name, description, number of "
                 "actors, number of dimensions)");
    report.throw_if_any();
  }

  // Row 1: name, description, actors, dimensions.
  const Row& first = rows[0];
  const auto cell_or_end = [](const Row& row, std::size_t k) {
    return k < row.cells.size() ? row.cells[k].column : row.cells.back().column;
  };
  const auto count = [&](std::size_t k, const char* field, unsigned long long low,
                         unsigned long long high) -> std::optional<unsigned long long> {
    if (k >= first.cells.size() || first.cells[k].text.empty()) {
      report.error(first.line, cell_or_end(first, k), field,
                   fmt::format("missing: row 1 holds the name, the description, the number of "
                               "actors and the number of dimensions"));
      return std::nullopt;
    }
    const auto value = whole(first.cells[k].text);
    if (!value) {
      report.error(first.line, first.cells[k].column, field,
                   fmt::format("expected a whole number, found '{}'", first.cells[k].text));
      return std::nullopt;
    }
    if (*value < low || *value > high) {
      report.error(first.line, first.cells[k].column, field,
                   fmt::format("{} {}: expected {} to {}", *value, field, low, high));
      return std::nullopt;
    }
    return value;
  };
  const auto actors = count(2, "actors", kMinActors, kMaxActors);
  const auto dimensions = count(3, "dimensions", 1, kMaxDimensions);
  report.throw_if_any();
  out.model.name = first.cells[0].text;
  out.description = first.cells[1].text;
  if (const Cell* extra = first.first_extra(4))
    report.warning(first.line, extra->column, "",
                   fmt::format("'{}' after the number of dimensions is not part of KTAB's row 1; "
                               "ignored",
                               extra->text));
  const std::size_t n = *actors;
  const std::size_t d = *dimensions;
  const std::size_t columns = 3 + 2 * d;

  // Row 2: the header; each dimension is named by its position column.
  if (rows.size() < 2) {
    report.error(first.line, 0, "header",
                 "the file ends after row 1; expected a header row and one row per actor");
    report.throw_if_any();
  }
  const Row& header = rows[1];
  if (header.cells.size() < columns || header.cells[columns - 1].text.empty()) {
    std::size_t have = header.cells.size();
    while (have > 0 && header.cells[have - 1].text.empty()) --have;
    report.error(header.line, cell_or_end(header, have), "header",
                 fmt::format("missing columns: {} dimensions need {} columns (actor, description, "
                             "power, then a position and a salience per dimension); the header has "
                             "{}",
                             d, columns, have));
    report.throw_if_any();
  }
  for (std::size_t k = 0; k < d; ++k) {
    const Cell& cell = header.cells[3 + 2 * k];
    if (cell.text.empty())
      report.error(header.line, cell.column, "header",
                   fmt::format("dimension {} has no name (its position column is empty)", k + 1));
    out.model.dimensions.push_back(dimension_named(cell.text));
  }
  if (const Cell* extra = header.first_extra(columns))
    report.warning(header.line, extra->column, "header",
                   fmt::format("column '{}' is beyond the {} of {} dimensions; ignored",
                               extra->text, columns, d));

  // One row per actor.
  std::size_t row_index = 2;
  for (std::size_t i = 0; i < n; ++i, ++row_index) {
    if (row_index >= rows.size()) {
      report.error(rows.back().line, 0, "actors",
                   fmt::format("the file ends after {} actor rows; row 1 says {}", i, n));
      break;
    }
    const Row& row = rows[row_index];
    forecast::Actor actor;
    actor.name = row.cells[0].text;
    const std::string who = actor.name.empty() ? fmt::format("actors[{}]", i) : actor.name;
    if (actor.name.empty())
      report.error(row.line, row.cells[0].column, who, "the actor has no name");
    std::size_t have = row.cells.size();
    while (have > 0 && row.cells[have - 1].text.empty()) --have;
    if (have < columns) {
      const std::string missing = header.cells[have].text;
      report.error(row.line, cell_or_end(row, have), who + "." + missing,
                   fmt::format("missing column '{}': the row has {} of the header's {} fields",
                               missing, have, columns));
      continue;
    }
    if (const Cell* extra = row.first_extra(columns)) {
      report.error(row.line, extra->column, who,
                   fmt::format("'{}' is beyond the header's {} fields", extra->text, columns));
      continue;
    }
    actor.description = row.cells[1].text;
    const Cell& power = row.cells[2];
    const auto power_value = number(power.text);
    check_power(report, row.line, power.column, who + "." + header.cells[2].text, power_value,
                "power");
    actor.capability = power_value.value_or(0.0);
    std::vector<std::optional<double>> positions;
    std::vector<std::optional<double>> saliences;
    for (std::size_t k = 0; k < d; ++k) {
      positions.push_back(number(row.cells[3 + 2 * k].text));
      saliences.push_back(number(row.cells[4 + 2 * k].text));
    }
    check_actor_values(report, actor, positions, saliences, [&](std::size_t k, bool salience) {
      const std::size_t c = 3 + 2 * k + (salience ? 1 : 0);
      return std::tuple(row.line, row.cells[c].column, who + "." + header.cells[c].text);
    });
    out.model.actors.push_back(std::move(actor));
  }
  for (; row_index < rows.size(); ++row_index)
    report.error(rows[row_index].line, 1, "actors",
                 fmt::format("a row beyond the {} actors of row 1", n));
  report.throw_if_any();
  out.warnings = report.take_warnings();
  return out;
}

// ---- XML ----

// Line starts of a text, to turn pugixml's byte offsets into lines and columns.
class Lines {
 public:
  explicit Lines(std::string_view text) {
    for (std::size_t k = 0; k < text.size(); ++k)
      if (text[k] == '\n') starts_.push_back(k + 1);
  }
  std::pair<int, int> locate(std::ptrdiff_t offset) const {
    if (offset < 0) return {0, 0};
    const auto at = static_cast<std::size_t>(offset);
    const auto next = std::upper_bound(starts_.begin(), starts_.end(), at);
    const auto line = static_cast<std::size_t>(next - starts_.begin());
    return {static_cast<int>(line), static_cast<int>(at - starts_[line - 1]) + 1};
  }

 private:
  std::vector<std::size_t> starts_{0};
};

class XmlReport {
 public:
  XmlReport(Report& report, const Lines& lines) : report_(report), lines_(lines) {}
  std::pair<int, int> at(pugi::xml_node node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset > 0 && node.type() == pugi::node_element) --offset;  // the '<'
    return lines_.locate(offset);
  }
  void error(pugi::xml_node node, std::string field, std::string message) {
    const auto [line, column] = at(node);
    report_.error(line, column, std::move(field), std::move(message));
  }
  void warning(pugi::xml_node node, std::string field, std::string message) {
    const auto [line, column] = at(node);
    report_.warning(line, column, std::move(field), std::move(message));
  }
  Report& report() { return report_; }

 private:
  Report& report_;
  const Lines& lines_;
};

std::string text_of(pugi::xml_node node) {
  return std::string(trimmed(node.child_value()));
}

// One of KTAB's named parameters (its enum name tables in kmodel.h and smp.h).
template <class E>
struct Named {
  const char* name;
  E value;
  bool supported = true;
};

template <class E, std::size_t N>
void parameter(XmlReport& xml, pugi::xml_node parameters, const char* element,
               const Named<E> (&names)[N], E& option, const char* unsupported) {
  const pugi::xml_node node = parameters.child(element);
  const std::string field = std::string("ModelParameters.") + element;
  if (!node) {
    xml.error(parameters, field,
              fmt::format("missing <{}>: KTAB needs all nine parameters", element));
    return;
  }
  const std::string value = text_of(node);
  std::string known;
  for (const auto& named : names) {
    if (value == named.name) {
      if (named.supported)
        option = named.value;
      else
        xml.warning(node, field, fmt::format("{} '{}': {}", element, value, unsupported));
      return;
    }
    known += known.empty() ? named.name : std::string(", ") + named.name;
  }
  xml.error(node, field, fmt::format("unknown {} '{}'; KTAB knows {}", element, value, known));
}

void read_parameters(XmlReport& xml, pugi::xml_node parameters, forecast::SmpOptions& options) {
  using namespace forecast;
  static constexpr Named<VictoryProbability> kVictory[] = {{"Linear", VictoryProbability::linear},
                                                           {"Square", VictoryProbability::square},
                                                           {"Quartic", VictoryProbability::quartic},
                                                           {"Octic", VictoryProbability::octic},
                                                           {"Binary", VictoryProbability::binary}};
  static constexpr Named<ElectionModel> kElection[] = {
      {"Conditional", ElectionModel::conditional},
      {"MarkovIncentive", ElectionModel::markov_incentive},
      {"MarkovUniform", ElectionModel::markov_uniform}};
  static constexpr Named<VotingRule> kVoting[] = {
      {"Binary", VotingRule::binary},     {"PropBin", VotingRule::proportional_binary},
      {"Prop", VotingRule::proportional}, {"PropCbc", VotingRule::proportional_cubic},
      {"Cubic", VotingRule::cubic},       {"ASymProsp", VotingRule::asymmetric_prospect}};
  static constexpr Named<RiskAdjust> kAdjust[] = {{"None", RiskAdjust::none},
                                                  {"OneThird", RiskAdjust::one_third},
                                                  {"Half", RiskAdjust::half},
                                                  {"TwoThirds", RiskAdjust::two_thirds},
                                                  {"Full", RiskAdjust::full}};
  static constexpr Named<RiskRange> kRange[] = {
      {"Min", RiskRange::min}, {"Mid", RiskRange::mid}, {"Max", RiskRange::max}};
  static constexpr Named<ThirdPartyCommit> kCommit[] = {{"NoCommit", ThirdPartyCommit::none},
                                                        {"SemiCommit", ThirdPartyCommit::semi},
                                                        {"FullCommit", ThirdPartyCommit::full}};
  static constexpr Named<BargainWeights> kWeights[] = {{"S1P1", BargainWeights::s1p1},
                                                       {"S2P2", BargainWeights::s2p2},
                                                       {"S2PMax", BargainWeights::s2pmax}};
  // Parameters that parley reads but does not run otherwise than KTAB's default.
  enum class Transitions { deterministic };
  enum class Bargains { initiator_only };
  static constexpr Named<Transitions> kTransitions[] = {
      {"Deterministic", Transitions::deterministic},
      {"Stochastic", Transitions::deterministic, false}};
  static constexpr Named<Bargains> kBargains[] = {
      {"InitOnlyInterp", Bargains::initiator_only},
      {"InitRcvrInterp", Bargains::initiator_only, false},
      {"PWCompInterp", Bargains::initiator_only, false}};
  Transitions transitions = Transitions::deterministic;
  Bargains bargains = Bargains::initiator_only;

  const char* kAll = "";
  parameter(xml, parameters, "VictoryProbModel", kVictory, options.victory_probability, kAll);
  parameter(xml, parameters, "PCEModel", kElection, options.election_model, kAll);
  parameter(xml, parameters, "StateTransitions", kTransitions, transitions,
            "parley runs deterministic transitions only (each actor adopts its most probable "
            "option)");
  parameter(xml, parameters, "VotingRule", kVoting, options.voting_rule, kAll);
  parameter(xml, parameters, "BigRAdjust", kAdjust, options.risk_adjust, kAll);
  parameter(xml, parameters, "BigRRange", kRange, options.risk_range, kAll);
  parameter(xml, parameters, "ThirdPartyCommit", kCommit, options.third_party_commit, kAll);
  parameter(xml, parameters, "InterVecBrgn", kWeights, options.bargain_weights, kAll);
  parameter(xml, parameters, "BargnModel", kBargains, bargains,
            "parley runs InitOnlyInterp only (the initiator's interpolation, adopted by both)");
  static const char* const kKnown[] = {"VictoryProbModel", "PCEModel",     "StateTransitions",
                                       "VotingRule",       "BigRAdjust",   "BigRRange",
                                       "ThirdPartyCommit", "InterVecBrgn", "BargnModel"};
  for (const pugi::xml_node child : parameters.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) {
          return std::string_view(k) == child.name();
        }) == std::end(kKnown))
      xml.warning(child, std::string("ModelParameters.") + child.name(),
                  fmt::format("<{}> is not one of KTAB's model parameters; ignored", child.name()));
  }
}

// The numbers of `parent`'s `element` children (nullopt for one that is not a number), and the
// nodes they come from.
std::vector<std::optional<double>> numbers(pugi::xml_node parent, const char* element,
                                           std::vector<pugi::xml_node>& nodes) {
  std::vector<std::optional<double>> values;
  for (const pugi::xml_node node : parent.children(element)) {
    nodes.push_back(node);
    values.push_back(number(node.child_value()));
  }
  return values;
}

void read_actor(XmlReport& xml, pugi::xml_node node, std::size_t index, std::size_t d,
                KtabScenario& out) {
  forecast::Actor actor;
  actor.name = text_of(node.child("name"));
  const std::string who =
      actor.name.empty() ? fmt::format("Actors.Actor[{}]", index) : "Actors." + actor.name;
  if (actor.name.empty()) xml.error(node, who + ".name", "the actor has no <name>");
  actor.description = text_of(node.child("description"));
  const pugi::xml_node capability = node.child("capability");
  if (!capability) {
    xml.error(node, who + ".capability", "missing <capability>");
  } else {
    const auto value = number(capability.child_value());
    const auto [line, column] = xml.at(capability);
    check_power(xml.report(), line, column, who + ".capability", value, "capability");
    actor.capability = value.value_or(0.0);
  }
  std::vector<pugi::xml_node> position_nodes;
  std::vector<pugi::xml_node> salience_nodes;
  const pugi::xml_node position = node.child("Position");
  const pugi::xml_node salience = node.child("Salience");
  const auto positions = numbers(position, "dCoord", position_nodes);
  const auto saliences = numbers(salience, "dSal", salience_nodes);
  bool counts = true;
  if (positions.size() != d) {
    xml.error(position ? position : node, who + ".Position",
              fmt::format("{} <dCoord>; expected one per dimension, {}", positions.size(), d));
    counts = false;
  }
  if (saliences.size() != d) {
    xml.error(salience ? salience : node, who + ".Salience",
              fmt::format("{} <dSal>; expected one per dimension, {}", saliences.size(), d));
    counts = false;
  }
  if (!counts) return;
  check_actor_values(xml.report(), actor, positions, saliences, [&](std::size_t k, bool sal) {
    const auto [line, column] = xml.at(sal ? salience_nodes[k] : position_nodes[k]);
    return std::tuple(line, column,
                      who + (sal ? fmt::format(".Salience.dSal[{}]", k)
                                 : fmt::format(".Position.dCoord[{}]", k)));
  });
  out.model.actors.push_back(std::move(actor));
}

KtabScenario read_xml(std::string_view text, const std::string& name) {
  Report report(name);
  const Lines lines(text);
  XmlReport xml(report, lines);
  KtabScenario out;
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    const auto [line, column] = lines.locate(parsed.offset);
    report.error(line, column, "", std::string("malformed XML: ") + parsed.description());
    report.throw_if_any();
  }
  const pugi::xml_node scenario = doc.document_element();
  if (!scenario || std::string_view(scenario.name()) != "Scenario") {
    if (scenario)
      xml.error(scenario, scenario.name(),
                fmt::format("<{}>: expected KTAB's <Scenario>", scenario.name()));
    else
      report.error(0, 0, "", "no XML element in the file; expected KTAB's <Scenario>");
    report.throw_if_any();
  }
  out.model.name = text_of(scenario.child("name"));
  if (!scenario.child("name")) xml.error(scenario, "name", "missing <name>");
  out.description = text_of(scenario.child("desc"));
  if (const pugi::xml_node seed = scenario.child("prngSeed")) {
    const auto value = whole(seed.child_value());
    if (value)
      out.seed = *value;
    else
      xml.error(seed, "prngSeed",
                fmt::format("expected a whole number (a 64-bit seed), found '{}'", text_of(seed)));
  }
  if (const pugi::xml_node parameters = scenario.child("ModelParameters"))
    read_parameters(xml, parameters, out.options);

  const pugi::xml_node dimensions = scenario.child("Dimensions");
  if (!dimensions) xml.error(scenario, "Dimensions", "missing <Dimensions>");
  for (const pugi::xml_node dimension : dimensions.children("dName")) {
    const std::string dimension_name = text_of(dimension);
    if (dimension_name.empty())
      xml.error(dimension, "Dimensions.dName", "a dimension without a name");
    out.model.dimensions.push_back(dimension_named(dimension_name));
  }
  const std::size_t d = out.model.dimensions.size();
  if (dimensions && (d == 0 || d > kMaxDimensions))
    xml.error(dimensions, "Dimensions",
              fmt::format("{} <dName>: expected 1 to {} dimensions", d, kMaxDimensions));

  const pugi::xml_node actors = scenario.child("Actors");
  if (!actors) xml.error(scenario, "Actors", "missing <Actors>");
  std::size_t count = 0;
  for ([[maybe_unused]] const pugi::xml_node actor : actors.children("Actor")) ++count;
  if (actors && (count < kMinActors || count > kMaxActors))
    xml.error(actors, "Actors",
              fmt::format("{} <Actor>: expected {} to {} actors", count, kMinActors, kMaxActors));
  report.throw_if_any();
  std::size_t index = 0;
  for (const pugi::xml_node actor : actors.children("Actor"))
    read_actor(xml, actor, index++, d, out);

  if (const pugi::xml_node adjustment = scenario.child("IdealAdjustment"))
    if (adjustment.child("iaPair"))
      xml.warning(adjustment, "IdealAdjustment",
                  "parley's SMP keeps each actor's ideal at its position (KTAB's identity "
                  "accommodation); these adjustments are not applied");
  static const char* const kKnown[] = {"name",       "desc",   "prngSeed",       "ModelParameters",
                                       "Dimensions", "Actors", "IdealAdjustment"};
  for (const pugi::xml_node child : scenario.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) {
          return std::string_view(k) == child.name();
        }) == std::end(kKnown))
      xml.warning(child, child.name(),
                  fmt::format("<{}> is not part of KTAB's scenario; ignored", child.name()));
  }
  report.throw_if_any();
  out.warnings = report.take_warnings();
  std::stable_sort(out.warnings.begin(), out.warnings.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  return out;
}

}  // namespace ktab
}  // namespace

KtabScenario read_ktab_csv(std::string_view text, const std::string& name) {
  return ktab::read_csv(text, name);
}

KtabScenario read_ktab_csv(const std::string& path) {
  const std::string text = ktab::load_file(path);
  return ktab::read_csv(text, path);
}

KtabScenario read_ktab_xml(std::string_view text, const std::string& name) {
  return ktab::read_xml(text, name);
}

KtabScenario read_ktab_xml(const std::string& path) {
  const std::string text = ktab::load_file(path);
  return ktab::read_xml(text, path);
}

KtabScenario read_ktab(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".xml" ? read_ktab_xml(path) : read_ktab_csv(path);
}

}  // namespace parley::io
