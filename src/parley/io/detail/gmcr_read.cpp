#include "parley/io/detail/gmcr_read.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>

#include "parley/core/diagnostic.hpp"
#include "parley/io/detail/scenario_suggest.hpp"
#include "parley/io/detail/scenario_text_check.hpp"

namespace parley::io::detail {

namespace gmcr_parse {

using gmcr::Statement;

enum class Token { option, not_, and_, or_, if_, open, close, end };

// The deepest nesting of '-' and parentheses a statement may have (the parser, and the functions
// that walk a statement, recurse once per level).
constexpr std::size_t kMaxStatementDepth = 100;

// A recursive-descent parser over the statement's text; the first error stops it.
class StatementParser {
 public:
  StatementParser(std::string_view text, const std::vector<std::string>& ids)
      : text_(text), ids_(ids) {
    next();
  }

  ParsedStatement parse() {
    ParsedStatement out;
    auto s = implication();
    if (s && token_ == Token::close) fail("a ')' without its '('");
    if (s && token_ == Token::if_) fail("a second IF: a statement has one IF, outside parentheses");
    if (s && token_ != Token::end && !error_) fail("expected '&', '|' or IF here");
    if (error_) {
      out.error = *error_;
    } else {
      out.statement = std::move(s);
    }
    return out;
  }

 private:
  std::optional<Statement> implication() {
    auto then = disjunction();
    if (!then || token_ != Token::if_) return then;
    next();
    auto condition = disjunction();
    if (!condition) return std::nullopt;
    return Statement::implication(std::move(*then), std::move(*condition));
  }

  std::optional<Statement> disjunction() {
    return joined(
        Token::or_, [this] { return conjunction(); }, Statement::Kind::disjunction);
  }

  std::optional<Statement> conjunction() {
    return joined(
        Token::and_, [this] { return unary(); }, Statement::Kind::conjunction);
  }

  template <typename Operand>
  std::optional<Statement> joined(Token op, Operand operand, Statement::Kind kind) {
    auto first = operand();
    if (!first || token_ != op) return first;
    std::vector<Statement> operands{std::move(*first)};
    while (token_ == op) {
      next();
      auto more = operand();
      if (!more) return std::nullopt;
      operands.push_back(std::move(*more));
    }
    return kind == Statement::Kind::conjunction ? Statement::conjunction(std::move(operands))
                                                : Statement::disjunction(std::move(operands));
  }

  std::optional<Statement> unary() {
    if ((token_ == Token::not_ || token_ == Token::open) && ++depth_ > kMaxStatementDepth) {
      fail(
          fmt::format("nested more than {} levels deep ('-' and parentheses)", kMaxStatementDepth));
      return std::nullopt;
    }
    if (token_ == Token::not_) {
      next();
      auto operand = unary();
      --depth_;
      if (!operand) return std::nullopt;
      return Statement::negation(std::move(*operand));
    }
    if (token_ == Token::open) {
      next();
      auto inner = implication();
      --depth_;
      if (!inner) return std::nullopt;
      if (token_ != Token::close) {
        fail(token_ == Token::end ? "a '(' without its ')'" : "expected ')' here");
        return std::nullopt;
      }
      next();
      return inner;
    }
    if (token_ == Token::option) {
      const std::size_t option = option_;
      next();
      return Statement::taken(option);
    }
    fail(token_ == Token::end ? "the statement ends where an option was expected"
                              : "expected an option, '-' or '(' here");
    return std::nullopt;
  }

  void fail(std::string message) {
    if (!error_) error_ = StatementError{std::move(message), start_ + 1};
  }

  // Reads the next token into token_ (and option_), its first character at start_.
  void next() {
    if (error_) {
      token_ = Token::end;
      return;
    }
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    start_ = pos_;
    if (pos_ >= text_.size()) {
      token_ = Token::end;
      return;
    }
    const char c = text_[pos_];
    const auto single = [&](Token t) {
      ++pos_;
      token_ = t;
    };
    switch (c) {
      case '-':
        return single(Token::not_);
      case '&':
        return single(Token::and_);
      case '|':
        return single(Token::or_);
      case '(':
        return single(Token::open);
      case ')':
        return single(Token::close);
      default:
        break;
    }
    const auto is_word = [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_';
    };
    if (!is_word(c)) {
      token_ = Token::end;
      fail(
          fmt::format("'{}' is not part of a statement (options, -, &, |, IF and parentheses)", c));
      return;
    }
    while (pos_ < text_.size() && is_word(text_[pos_])) ++pos_;
    const std::string word(text_.substr(start_, pos_ - start_));
    if (word == "IF" || word == "if") {
      token_ = Token::if_;
      return;
    }
    token_ = Token::option;
    if (std::isdigit(static_cast<unsigned char>(word.front()))) {
      std::size_t number = 0;
      const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), number);
      if (ec != std::errc() || end != word.data() + word.size() || number == 0 ||
          number > ids_.size()) {
        token_ = Token::end;
        fail(fmt::format("option {} does not exist ({} options, numbered from 1)", word,
                         ids_.size()));
        return;
      }
      option_ = number - 1;
      return;
    }
    const auto it = std::find(ids_.begin(), ids_.end(), word);
    if (it == ids_.end()) {
      token_ = Token::end;
      fail(fmt::format("unknown option '{}'{}", word, did_you_mean(word, ids_)));
      return;
    }
    option_ = static_cast<std::size_t>(it - ids_.begin());
  }

  std::string_view text_;
  const std::vector<std::string>& ids_;
  std::size_t depth_ = 0;  // '-' and '(' open around the current token
  std::size_t pos_ = 0;
  std::size_t start_ = 0;
  Token token_ = Token::end;
  std::size_t option_ = 0;
  std::optional<StatementError> error_;
};

}  // namespace gmcr_parse

ParsedStatement parse_statement(std::string_view text, const std::vector<std::string>& ids) {
  return gmcr_parse::StatementParser(text, ids).parse();
}

std::optional<gmcr::Statement> read_statement(ReadContext& ctx, const Field& field,
                                              const std::vector<std::string>& ids) {
  if (!field.present()) return std::nullopt;
  if (!field.node.IsScalar()) {
    ctx.report(field, "expected a statement (text such as \"accept & -delay\"), got " +
                          describe(field.node));
    return std::nullopt;
  }
  const std::string& text = field.node.Scalar();
  ParsedStatement parsed = parse_statement(text, ids);
  if (!parsed.statement) {
    ctx.report(field, fmt::format("malformed statement \"{}\": {} (character {})", text,
                                  parsed.error.message, parsed.error.at));
  }
  return std::move(parsed.statement);
}

bool looks_like_pattern(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char c) { return c == 'Y' || c == 'N' || c == '-'; });
}

std::optional<PatternSpec> read_pattern(ReadContext& ctx, const Field& field,
                                        std::size_t option_count) {
  const std::string& text = field.node.Scalar();
  if (text.size() != option_count) {
    ctx.report(field, fmt::format("the pattern '{}' has {} letters; a pattern has one per option "
                                  "({}), in the order the options are listed",
                                  text, text.size(), option_count));
    return std::nullopt;
  }
  PatternSpec p;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '-') continue;
    p.fixed |= gmcr::Pattern{1} << k;
    if (text[k] == 'Y') p.taken |= gmcr::Pattern{1} << k;
  }
  return p;
}

std::optional<std::vector<gmcr::Pattern>> generate_states(
    ReadContext& ctx, const Field& where, std::size_t option_count,
    const std::vector<gmcr::FeasibilityRule>& rules, const std::vector<Field>& rule_fields) {
  try {
    std::vector<gmcr::Pattern> states = gmcr::feasible_states(option_count, rules, kMaxGmcrStates);
    if (!states.empty()) return states;
    std::optional<std::size_t> r;
    try {
      r = gmcr::first_emptying_rule(option_count, rules);
    } catch (const LimitError&) {
      ctx.report(where, "the feasibility rules leave no feasible state");
      return std::nullopt;
    }
    const Field& at = r && *r < rule_fields.size() ? rule_fields[*r] : where;
    ctx.report(at, r && *r > 0 ? "this rule leaves no feasible state (with the rules before it)"
                               : "this rule leaves no feasible state");
  } catch (const LimitError& e) {
    ctx.report(where, e.what());
  }
  return std::nullopt;
}

std::string states_text(const std::vector<std::size_t>& states,
                        const std::vector<gmcr::Pattern>& patterns, std::size_t option_count) {
  std::string numbers, letters;
  const std::size_t shown = std::min<std::size_t>(states.size(), 8);
  for (std::size_t i = 0; i < shown; ++i) {
    const char* sep = i == 0 ? "" : (i + 1 == states.size() ? " and " : ", ");
    numbers += fmt::format("{}{}", sep, states[i] + 1);
    letters += (i == 0 ? "" : ", ") + pattern_text(patterns[states[i]], option_count);
  }
  if (shown < states.size()) numbers += fmt::format(" and {} more", states.size() - shown);
  return numbers + " (" + letters + ")";
}

std::optional<std::vector<std::size_t>> read_state_reference(
    ReadContext& ctx, const Field& field, const std::vector<gmcr::Pattern>& states,
    std::size_t option_count, bool patterns) {
  if (!field.node.IsScalar()) {
    ctx.report(field, "expected a state number" + std::string(patterns ? " or a pattern" : "") +
                          ", got " + describe(field.node));
    return std::nullopt;
  }
  const std::string& text = field.node.Scalar();
  if (patterns && looks_like_pattern(text)) {
    const auto p = read_pattern(ctx, field, option_count);
    if (!p) return std::nullopt;
    std::vector<std::size_t> matched;
    for (std::size_t s = 0; s < states.size(); ++s) {
      if (p->matches(states[s])) matched.push_back(s);
    }
    if (matched.empty()) {
      ctx.report(field, fmt::format("no feasible state has the pattern '{}'", text));
      return std::nullopt;
    }
    return matched;
  }
  const int max = static_cast<int>(std::min<std::size_t>(states.size(), 1'000'000'000));
  const auto number = ctx.integer_in(field, 1, max);
  if (!number) return std::nullopt;
  return std::vector<std::size_t>{static_cast<std::size_t>(*number - 1)};
}

std::optional<std::vector<std::vector<std::size_t>>> read_ranking(
    ReadContext& ctx, const Field& field, const std::vector<gmcr::Pattern>& states,
    std::size_t option_count, bool patterns) {
  if (!field.node.IsSequence()) {
    ctx.report(field,
               "expected a list of states, most preferred first, got " + describe(field.node));
    return std::nullopt;
  }
  const std::size_t before = ctx.diagnostics().size();
  std::vector<std::vector<std::size_t>> ranking;
  std::vector<std::string> ranked_by(states.size());  // the field that ranked each state
  for (const Field& item : ctx.items(field)) {
    std::vector<Field> refs;
    if (item.node.IsSequence()) {
      refs = ctx.items(item);
      if (refs.empty()) ctx.report(item, "an empty group of tied states");
    } else {
      refs.push_back(item);
    }
    std::vector<std::size_t> group;
    for (const Field& ref : refs) {
      const auto named = read_state_reference(ctx, ref, states, option_count, patterns);
      if (!named) continue;
      std::vector<std::size_t> twice;
      for (const std::size_t s : *named) {
        if (!ranked_by[s].empty()) {
          twice.push_back(s);
        } else {
          ranked_by[s] = ref.path;
          group.push_back(s);
        }
      }
      if (!twice.empty()) {
        ctx.report(
            ref,
            fmt::format("{} {} ranked twice (first by {})", twice.size() == 1 ? "state" : "states",
                        states_text(twice, states, option_count), ranked_by[twice.front()]));
      }
    }
    if (!group.empty()) ranking.push_back(std::move(group));
  }
  std::vector<std::size_t> missing;
  for (std::size_t s = 0; s < states.size(); ++s) {
    if (ranked_by[s].empty()) missing.push_back(s);
  }
  if (!missing.empty()) {
    ctx.report(field, fmt::format("the ranking leaves out {} {}: every feasible state is ranked "
                                  "once",
                                  missing.size() == 1 ? "state" : "states",
                                  states_text(missing, states, option_count)));
  }
  if (ctx.diagnostics().size() != before) return std::nullopt;
  return ranking;
}

std::string read_model_text(const std::string& path) {
  namespace fs = std::filesystem;
  const auto fail = [&path](const std::string& message) {
    throw InputError(Diagnostic{path, 0, 0, "", message});
  };
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) fail("no such file");
  if (fs::is_directory(status)) fail("is a directory, not a model file");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(std::string("cannot be read: ") + std::strerror(errno));
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxScenarioBytes) fail("the file is larger than the 16 MiB limit");
  }
  if (in.bad()) fail("cannot be read (an I/O error occurred)");
  return text;
}

void build_model(GmcrModelFile& file, std::vector<gmcr::Pattern> states) {
  gmcr::Model& m = file.model;
  m.name = file.name;
  m.options.clear();
  for (const GmcrOptionSpec& o : file.options) {
    m.options.push_back(gmcr::Option{o.id, o.decision_maker, o.reversibility});
  }
  m.decision_makers.clear();
  for (const GmcrDecisionMakerSpec& d : file.decision_makers) {
    gmcr::DecisionMaker dm{d.id, {}};
    switch (d.preference) {
      case GmcrPreferenceKind::priorities:
        dm.payoff = gmcr::priority_payoffs(d.priorities, states);
        break;
      case GmcrPreferenceKind::ranking:
        dm.payoff = gmcr::ranking_payoffs(d.ranking, states.size());
        break;
      case GmcrPreferenceKind::payoffs:
        dm.payoff = d.payoffs;
        break;
    }
    m.decision_makers.push_back(std::move(dm));
  }
  m.states = std::move(states);
}

}  // namespace parley::io::detail
