#pragma once
// The scenario: who negotiates, over what, where each party stands, and on what evidence.
// Plain values; the loader (parley/io/scenario_reader.hpp) guarantees the invariants noted here.

#include <optional>
#include <string>
#include <vector>

namespace parley::scenario {

// A closed interval [low, high] of plausible values.
struct Interval {
  double low = 0;
  double high = 0;
  bool operator==(const Interval&) const = default;
};

// A number with its uncertainty. `assumption` marks a judgment of the analyst rather than a
// reported fact; Monte Carlo runs draw assumed values from `range`.
struct Estimate {
  double value = 0;
  std::optional<Interval> range;  // contains value when present
  bool assumption = false;
  bool operator==(const Estimate&) const = default;
};

// A document the scenario cites (a news article, a transcript).
struct Source {
  std::string id;    // cited by Evidence::doc
  std::string file;  // file name, e.g. "001_de5fcd0c532bc2fc.txt"
  std::string title;
  std::string publisher;  // optional
  std::string date;       // optional, YYYY-MM-DD
  std::string url;        // optional
  bool operator==(const Source&) const = default;
};

struct Metadata {
  std::string title;
  std::string as_of;  // YYYY-MM-DD: the date the scenario describes
  std::string description;
  std::vector<Source> sources;
  bool operator==(const Metadata&) const = default;
};

// Another name an actor goes by: a spelling, a leader, an organ, a transliteration.
struct Alias {
  std::string text;
  std::string lang;  // BCP 47 tag ("en", "ru", "uk", "ru-Latn"); empty when unknown
  bool operator==(const Alias&) const = default;
};

enum class Role { party, mediator, guarantor, observer, supporter };

struct Actor {
  std::string id;  // short, unique: "RUS"
  std::string name;
  Role role = Role::party;
  std::vector<Alias> aliases;
  Estimate capability;                  // relative power, 0..1
  std::optional<Estimate> reservation;  // utility of no agreement, 0..1 (walk-away value)
  std::string note;
  bool operator==(const Actor&) const = default;
};

enum class IssueKind { numeric, options };

// One end of an issue's scale, with the actors known to favour it.
struct End {
  std::string label;
  std::vector<std::string> favoured_by;  // actor ids
  bool operator==(const End&) const = default;
};

struct Option {
  std::string id;
  std::string label;
  bool operator==(const Option&) const = default;
};

// An issue: a proposition and the scale on which it is settled. Points on the scale are numbers:
// the value itself for numeric issues, the option's 0-based index for option issues (options are
// ordered from the `low` end to the `high` end).
// How the news names an issue (docs/evidence.md): phrases that mention it (`topic`), words that
// push toward its proposition (`pro`: "limit" for a cap on an army) or away from it (`contra`:
// "sufficient"), and the words of its unit ("troops" for soldiers). Each phrase is an Alias
// (text and language); a word ending in '*' matches every word it begins ("neutral*").
struct IssueTerms {
  std::vector<Alias> topic;
  std::vector<Alias> pro;
  std::vector<Alias> contra;
  std::vector<Alias> units;
  bool empty() const { return topic.empty() && pro.empty() && contra.empty() && units.empty(); }
  bool operator==(const IssueTerms&) const = default;
};

struct Issue {
  std::string id;  // "army_size"
  std::string title;
  std::string proposition;  // what `+` favours, as in the corpus taxonomy
  IssueKind kind = IssueKind::options;
  std::string unit;  // numeric only
  double min = 0;    // numeric only: min < max
  double max = 0;
  std::vector<Option> options;  // options only: at least two, ordered low to high
  End low;
  End high;
  std::optional<int> levels;  // numeric only: settlement levels for the bargaining space (>= 2)
  IssueTerms terms;           // optional: how news reports name it
  std::string note;

  double scale_min() const { return kind == IssueKind::numeric ? min : 0.0; }
  double scale_max() const {
    return kind == IssueKind::numeric ? max : static_cast<double>(options.size()) - 1.0;
  }
  // Index of the option with this id, or -1.
  int option_index(const std::string& option_id) const;
  bool operator==(const Issue&) const = default;
};

// Who states a position: the actor itself on the record (a named leader, spokesman, negotiator,
// its government or its own document), or others relaying it (anonymous sources, other parties,
// analysts, the reporter). `unstated` when the scenario does not say.
enum class Attribution { unstated, direct, reported };

// Where a line of a cited document supports a position.
struct Evidence {
  std::string doc;   // a Source id
  int line = 0;      // 1-based line of the source file
  std::string note;  // in the project's own words
  Attribution attribution = Attribution::unstated;
  std::string by;     // who said it: "Dmitry Peskov", "three Russian sources"
  std::string date;   // when it was said: YYYY, YYYY-MM or YYYY-MM-DD; empty when not known
  bool weak = false;  // the line supports the position only in part (the note says how)
  std::optional<double> value;  // a figure the line states for the position
  std::string unit;             // the figure's unit ("km2", "soldiers"); only with `value`
  bool operator==(const Evidence&) const = default;
};

// How an actor's value for an issue falls off away from its ideal point (see docs/utility.md).
enum class Shape { linear, quadratic, piecewise };

// A point of a piecewise-linear value function: at `at` on the issue scale, value in 0..1.
struct ValuePoint {
  double at = 0;
  double value = 0;
  bool operator==(const ValuePoint&) const = default;
};

// An actor's position on an issue.
struct Position {
  std::string actor;  // Actor id
  std::string issue;  // Issue id
  Estimate ideal;     // on the issue scale; for options an option index (range in indices)
  Estimate salience;  // 0..1: how much the issue matters to the actor
  std::optional<Estimate> red_line;  // worst acceptable point; beyond it the actor walks away
  Shape shape = Shape::linear;
  std::vector<ValuePoint> points;     // piecewise only: sorted by `at`, at least two
  std::vector<double> option_values;  // options only, optional: a value 0..1 per option
  std::vector<Evidence> evidence;
  std::string note;
  bool assumption = false;  // the position itself is inferred, not reported
  bool operator==(const Position&) const = default;
};

// How the bargaining space is built from the scenario (see docs/utility.md).
struct BargainingSettings {
  bool normalize_weights = true;  // weights = salience / Σ salience per actor; false: as given
  int levels = 11;                // default settlement levels of numeric issues (2..1000)
  double tolerance = 1e-9;        // utility resolution of the bargaining space (0..0.1)
  bool operator==(const BargainingSettings&) const = default;
};

struct Scenario {
  Metadata meta;
  BargainingSettings bargaining;
  std::vector<Actor> actors;
  std::vector<Issue> issues;
  std::vector<Position> positions;

  const Actor* find_actor(const std::string& id) const;
  const Issue* find_issue(const std::string& id) const;
  const Position* find_position(const std::string& actor, const std::string& issue) const;
  bool operator==(const Scenario&) const = default;
};

const char* to_string(Role role);
const char* to_string(IssueKind kind);
const char* to_string(Shape shape);
const char* to_string(Attribution attribution);

}  // namespace parley::scenario
