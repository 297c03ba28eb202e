#include "parley/report/gmcr_view.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parley/report/format.hpp"
#include "parley/report/gmcr_words.hpp"
#include "parley/report/html/gmcr_chart.hpp"
#include "parley/report/text/render_text.hpp"
#include "parley/report/text_width.hpp"

namespace parley::report {

namespace gmcr_words {

using analysis::Gmcr;
using gmcr::SolutionConcept;

constexpr std::size_t kGap = 2;            // between table columns (table.cpp)
constexpr std::size_t kMaxHeadWidth = 14;  // a decision maker's or option's id as a column head

std::size_t digits(std::size_t n) {
  return std::to_string(n).size();
}

// Columns of `widths` fit in kTextWidth after `fixed` columns already there.
bool fits(std::size_t fixed, const std::vector<std::size_t>& widths) {
  std::size_t total = fixed;
  for (const std::size_t w : widths) total += kGap + w;
  return total <= kTextWidth;
}

// Consecutive groups of `widths` (their indices), each fitting after `fixed` columns.
std::vector<std::vector<std::size_t>> groups_fitting(std::size_t fixed,
                                                     const std::vector<std::size_t>& widths) {
  std::vector<std::vector<std::size_t>> groups(1);
  std::size_t total = fixed;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (!groups.back().empty() && total + kGap + widths[i] > kTextWidth) {
      groups.emplace_back();
      total = fixed;
    }
    groups.back().push_back(i);
    total += kGap + widths[i];
  }
  return groups;
}

std::string head(const std::string& id) {
  return truncate_to_width(id, kMaxHeadWidth);
}

// The ids cut to column heads, or the numbers 1, 2, … when two cut ids would be the same.
std::vector<std::string> heads(const std::vector<std::string>& ids, bool& numbered) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(head(id));
  std::vector<std::string> sorted = out;
  std::sort(sorted.begin(), sorted.end());
  numbered = std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
  if (numbered) {
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::to_string(i + 1);
  }
  return out;
}

// The most state numbers a list of equilibria spells out.
constexpr std::size_t kMaxListedStates = 100;

// "5, 6, 7 and 10" (1-based); past kMaxListedStates, "…, 120 and 41 more".
std::string numbers_text(const std::vector<std::size_t>& states) {
  const std::size_t shown = std::min(states.size(), kMaxListedStates);
  std::string out;
  for (std::size_t i = 0; i < shown; ++i) {
    const bool last = i + 1 == states.size();
    out += (i == 0 ? "" : (last ? " and " : ", ")) + std::to_string(states[i] + 1);
  }
  if (shown < states.size()) out += fmt::format(" and {} more", states.size() - shown);
  return out;
}

// `lead` then `text` wrapped at kTextWidth, the lines after the first indented as far as the text.
std::string hanging_item(const std::string& lead, const std::string& text) {
  return hanging_wrap(lead, text, kTextWidth);
}

const char* reversibility_text(gmcr::Reversibility r) {
  switch (r) {
    case gmcr::Reversibility::reversible:
      return "either way";
    case gmcr::Reversibility::only_take:
      return "only N → Y";
    case gmcr::Reversibility::only_withdraw:
      return "only Y → N";
  }
  return "";
}

// The widest display width of `texts`, at least `least` and at most `most`.
std::size_t widest(const std::vector<std::string>& texts, std::size_t least, std::size_t most) {
  std::size_t w = least;
  for (const auto& t : texts) w = std::max(w, display_width(t));
  return std::min(w, most);
}

// What is left of kTextWidth for a last column after columns of `widths` (at least 20).
std::size_t rest(std::initializer_list<std::size_t> widths) {
  std::size_t used = 0;
  for (const std::size_t w : widths) used += w + kGap;
  return used + 20 > kTextWidth ? 20 : kTextWidth - used;
}

Table decision_makers_table(const Gmcr& g) {
  const std::size_t dms = g.model.decision_makers.size();
  std::vector<std::string> ids, names, options(dms);
  for (std::size_t i = 0; i < dms; ++i) {
    ids.push_back(g.model.decision_makers[i].name);
    names.push_back(g.decision_maker_names[i] == ids.back() ? "" : g.decision_maker_names[i]);
  }
  for (const gmcr::Option& o : g.model.options) {
    auto& list = options[o.decision_maker];
    list += (list.empty() ? "" : ", ") + o.name;
  }
  const std::size_t number_width = digits(dms), id_width = widest(ids, 2, 28),
                    name_width = widest(names, 14, 34);
  Table table({{"#", Align::right},
               {"id", Align::left, id_width},
               {"decision maker", Align::left, name_width},
               {"options", Align::left, rest({number_width, id_width, name_width})}},
              fmt::format("Decision makers ({})", dms));
  for (std::size_t i = 0; i < dms; ++i) {
    table.add_row({std::to_string(i + 1), ids[i], names[i], options[i]});
  }
  return table;
}

Table options_table(const Gmcr& g) {
  const std::size_t n = g.model.options.size();
  std::vector<std::string> ids, by;
  for (const gmcr::Option& o : g.model.options) {
    ids.push_back(o.name);
    by.push_back(g.model.decision_makers[o.decision_maker].name);
  }
  const std::size_t number_width = digits(n), id_width = widest(ids, 6, 24),
                    by_width = widest(by, 2, 20), changes_width = 10;
  Table table({{"#", Align::right},
               {"option", Align::left, id_width},
               {"by", Align::left, by_width},
               {"meaning", Align::left, rest({number_width, id_width, by_width, changes_width})},
               {"changes", Align::left}},
              fmt::format("Options ({})", n));
  for (std::size_t k = 0; k < n; ++k) {
    const gmcr::Option& o = g.model.options[k];
    const std::string& meaning = g.option_names[k];
    table.add_row({std::to_string(k + 1), o.name, by[k], meaning == o.name ? "" : meaning,
                   reversibility_text(o.reversibility)});
  }
  return table;
}

// The states as patterns: a column per option headed by its id when they fit, by its number when
// those fit, else the pattern as one column.
Table states_table(const Gmcr& g, const std::vector<std::size_t>& rows) {
  const std::size_t n = g.model.options.size();
  const std::size_t state_width = std::max<std::size_t>(5, digits(g.state_count()));
  std::vector<std::string> option_ids;
  for (const gmcr::Option& o : g.model.options) option_ids.push_back(o.name);
  bool numbered = false;
  const std::vector<std::string> id_heads = heads(option_ids, numbered);
  std::vector<std::size_t> by_id, by_number;
  for (std::size_t k = 0; k < n; ++k) {
    by_id.push_back(display_width(id_heads[k]));
    by_number.push_back(digits(k + 1));
  }
  const std::string title =
      fmt::format("States ({}): Y the option is taken, N it is not", g.state_count());
  std::vector<Column> columns{{"state", Align::right}};
  const bool ids = !numbered && fits(state_width, by_id);
  if (ids || fits(state_width, by_number)) {
    for (std::size_t k = 0; k < n; ++k) {
      columns.push_back({ids ? id_heads[k] : std::to_string(k + 1), Align::left});
    }
  } else {
    columns.push_back({"pattern (options 1 to " + std::to_string(n) + ")", Align::left});
  }
  const bool one_column = columns.size() == 2 && n > 1;
  Table table(std::move(columns), ids || one_column ? title : title + " (columns: option numbers)");
  for (const std::size_t s : rows) {
    const std::string pattern = state_pattern(g, s);
    std::vector<std::string> row{std::to_string(s + 1)};
    if (one_column) {
      row.push_back(pattern);
    } else {
      for (const char c : pattern) row.emplace_back(1, c);
    }
    table.add_row(std::move(row));
  }
  return table;
}

// A cell of the stability table: the state's rank for the decision maker, then a mark per concept
// where the state is stable for it ('·' where not).
std::string marks(const Gmcr& g, const std::vector<const gmcr::StateSet*>& sets,
                  std::size_t state) {
  std::string out;
  for (std::size_t c = 0; c < g.concepts.size(); ++c) {
    out += sets[c]->contains(state) ? std::string(1, concept_mark(g.concepts[c])) : "·";
  }
  return out;
}

std::vector<Table> stability_tables(const Gmcr& g, const std::vector<std::size_t>& rows) {
  const std::size_t dms = g.model.decision_makers.size();
  const std::size_t k = g.concepts.size();
  const auto ranks = analysis::preference_ranks(g.model);
  std::vector<std::string> dm_ids;
  for (const gmcr::DecisionMaker& dm : g.model.decision_makers) dm_ids.push_back(dm.name);
  bool numbered = false;
  const std::vector<std::string> dm_heads = heads(dm_ids, numbered);
  std::vector<std::size_t> rank_width(dms), widths(dms);
  for (std::size_t i = 0; i < dms; ++i) {
    const std::size_t worst = *std::max_element(ranks[i].begin(), ranks[i].end());
    rank_width[i] = digits(worst);
    widths[i] = std::max(display_width(dm_heads[i]), rank_width[i] + 1 + k);
  }
  const std::size_t state_width = std::max<std::size_t>(5, digits(g.state_count()));
  const std::size_t n = g.model.options.size();
  const std::size_t equilibrium_width = std::max<std::size_t>(11, k);
  // The pattern beside the state number when everything still fits on one table.
  const bool with_pattern =
      fits(state_width + kGap + std::max<std::size_t>(n, 7) + kGap + equilibrium_width, widths);
  const std::size_t fixed = state_width + kGap + equilibrium_width +
                            (with_pattern ? kGap + std::max<std::size_t>(n, 7) : 0);
  const auto groups = groups_fitting(fixed, widths);
  std::vector<Table> tables;
  for (std::size_t gi = 0; gi < groups.size(); ++gi) {
    std::vector<Column> columns{{"state", Align::right}};
    if (with_pattern) columns.push_back({"pattern", Align::left});
    for (const std::size_t i : groups[gi]) {
      columns.push_back({dm_heads[i], Align::left});
    }
    columns.push_back({"equilibrium", Align::left});
    std::string title = fmt::format("Stability ({} states)", g.state_count());
    if (groups.size() > 1) {
      title += fmt::format(", decision makers {} to {} of {}", groups[gi].front() + 1,
                           groups[gi].back() + 1, dms);
    }
    if (numbered) title += " (columns: decision maker numbers)";
    Table table(std::move(columns), title);
    std::vector<std::vector<const gmcr::StateSet*>> sets(dms);
    std::vector<const gmcr::StateSet*> equilibria;
    for (const SolutionConcept c : g.concepts) {
      for (std::size_t i = 0; i < dms; ++i) sets[i].push_back(&g.stability.stable_for(c, i));
      equilibria.push_back(&g.stability.equilibria_under(c));
    }
    for (const std::size_t s : rows) {
      std::vector<std::string> row{std::to_string(s + 1)};
      if (with_pattern) row.push_back(state_pattern(g, s));
      for (const std::size_t i : groups[gi]) {
        const std::string rank = std::to_string(ranks[i][s]);
        row.push_back(std::string(rank_width[i] - rank.size(), ' ') + rank + " " +
                      marks(g, sets[i], s));
      }
      row.push_back(marks(g, equilibria, s));
      table.add_row(std::move(row));
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

std::string legend(const Gmcr& g) {
  std::string concepts;
  for (const SolutionConcept c : g.concepts) {
    concepts +=
        fmt::format("{}{} {}", concepts.empty() ? "" : ", ", concept_mark(c), concept_label(c));
  }
  return wrap_to_width(
      "cell: the state's rank for the decision maker (1 = most preferred, ties share a rank), "
      "then a mark for each concept under which the state is stable for it (" +
          concepts +
          "; · not stable). equilibrium: stable for every decision maker under that concept.",
      kTextWidth);
}

std::vector<std::size_t> equilibrium_states(const Gmcr& g) {
  std::vector<std::size_t> out;
  for (std::size_t s = 0; s < g.state_count(); ++s) {
    for (const SolutionConcept c : g.concepts) {
      if (g.stability.equilibria_under(c).contains(s)) {
        out.push_back(s);
        break;
      }
    }
  }
  return out;
}

std::string equilibria_lines(const Gmcr& g) {
  std::size_t label_width = 0;
  for (const SolutionConcept c : g.concepts) {
    label_width = std::max(label_width, std::string(concept_label(c)).size());
  }
  std::string out;
  for (const SolutionConcept c : g.concepts) {
    const auto states = g.stability.equilibria_under(c).states();
    const std::string label = concept_label(c);
    const std::string lead = label + std::string(label_width - label.size() + 2, ' ');
    const std::string list = states.empty()
                                 ? "none"
                                 : fmt::format("{} ({} state{})", numbers_text(states),
                                               states.size(), states.size() == 1 ? "" : "s");
    out += (out.empty() ? "" : "\n") + hanging_item(lead, list);
  }
  return out;
}

std::string described_equilibria(const Gmcr& g, const std::vector<std::size_t>& states) {
  std::string out;
  const std::size_t shown = std::min(states.size(), kMaxGmcrDescribedStates);
  for (std::size_t i = 0; i < shown; ++i) {
    const std::size_t s = states[i];
    std::string under;
    for (const SolutionConcept c : g.concepts) {
      if (!g.stability.equilibria_under(c).contains(s)) continue;
      under += (under.empty() ? "" : ", ") + std::string(concept_label(c));
    }
    const std::string text = fmt::format("state {} {} ({}): {}", s + 1, state_pattern(g, s), under,
                                         state_in_words(g, s));
    out += (out.empty() ? "" : "\n") + hanging_item("  · ", text);
  }
  if (shown < states.size()) {
    out +=
        fmt::format("\n  … and {} more (parley gmcr --json lists them all)", states.size() - shown);
  }
  return out;
}

// Each decision maker's priorities, most important first, with the lines they cite.
void priorities_lists(View& view, const Gmcr& g) {
  for (std::size_t i = 0; i < g.priorities.size() && i < g.decision_maker_names.size(); ++i) {
    if (g.priorities[i].empty()) continue;
    std::string out =
        "Priorities of " + in_sentence(g.decision_maker_names[i]) + ", most important first";
    for (std::size_t k = 0; k < g.priorities[i].size(); ++k) {
      const analysis::GmcrPriority& p = g.priorities[i][k];
      std::string item = p.statement;
      if (!p.sources.empty()) {
        std::string lines;
        for (const auto& source : p.sources) lines += (lines.empty() ? "" : ", ") + source;
        item += " [" + lines + "]";
      }
      if (p.assumption) item += " (assumption)";
      if (!p.note.empty()) item += ": " + p.note;
      const std::string lead = fmt::format("  {}. ", k + 1);
      out += "\n" + hanging_item(lead, item);
    }
    view.lines(out);
  }
}

std::string state_label(const Gmcr& g, std::size_t s) {
  return fmt::format("state {} {}", s + 1, state_pattern(g, s));
}

std::string reachable_text(const gmcr::StateSet& set) {
  const auto states = set.states();
  if (states.size() == 1) return "only the status quo";
  if (states.size() == set.state_count()) return fmt::format("all {} states", states.size());
  if (states.size() > 20) return fmt::format("{} states (--json lists them)", states.size());
  return fmt::format("{} states: {}", states.size(), numbers_text(states));
}

// "Nash, GMR" — the concepts (reported) under which s is an equilibrium.
std::string concepts_of(const Gmcr& g, std::size_t s) {
  std::string under;
  for (const SolutionConcept c : g.concepts) {
    if (!g.stability.equilibria_under(c).contains(s)) continue;
    under += (under.empty() ? "" : ", ") + std::string(concept_label(c));
  }
  if (g.coalitions) {
    for (const SolutionConcept c : g.concepts) {
      if (!g.coalitions->equilibria_under(c).contains(s)) continue;
      under += (under.empty() ? "C" : ", C") + std::string(concept_label(c));
    }
  }
  return under;
}

// The pairs a new ranking puts the other way round: "now ranks 1 above 5, 3 above 4".
std::string swapped_pairs(const std::vector<std::int64_t>& payoff,
                          const std::vector<gmcr::StateIndex>& ranking) {
  constexpr std::size_t kMaxPairs = 6;
  std::vector<std::size_t> place(ranking.size());
  for (std::size_t r = 0; r < ranking.size(); ++r) place[ranking[r]] = r;
  std::vector<std::string> pairs;
  std::size_t count = 0;
  for (std::size_t a = 0; a < payoff.size(); ++a) {
    for (std::size_t b = 0; b < payoff.size(); ++b) {
      if (payoff[a] > payoff[b] && place[b] < place[a]) {
        if (++count <= kMaxPairs) pairs.push_back(fmt::format("{} above {}", b + 1, a + 1));
      }
    }
  }
  std::string out = "now ranks ";
  for (std::size_t i = 0; i < pairs.size(); ++i) out += (i == 0 ? "" : ", ") + pairs[i];
  if (count > pairs.size()) out += fmt::format(" and {} more pairs", count - pairs.size());
  return out;
}

std::string stabilize_text(const Gmcr& g) {
  std::string out;
  for (const analysis::GmcrStabilize& st : g.stabilize) {
    const gmcr::Inverse& inv = st.inverse;
    std::string line = fmt::format("{} as a {} equilibrium: ", state_label(g, st.state),
                                   concept_label(st.concept_));
    switch (inv.status) {
      case gmcr::InverseStatus::too_large:
        line += fmt::format(
            "not searched: the inverse search handles models of up to {} states "
            "(this one has {})",
            gmcr::kInverseMaxStates, g.state_count());
        break;
      case gmcr::InverseStatus::least:
        line += inv.swaps == 0 ? "it already is one (0 swaps)"
                               : fmt::format(
                                     "{} swap{} of adjacent states in the rankings, the "
                                     "fewest there are",
                                     inv.swaps, inv.swaps == 1 ? "" : "s");
        break;
      case gmcr::InverseStatus::best_found:
        line += fmt::format(
            "{} swaps found; the search stopped at its budget ({} nodes), and at "
            "least {} are needed",
            inv.swaps, group_thousands(std::to_string(inv.nodes)), inv.lower_bound);
        break;
    }
    out += (out.empty() ? "" : "\n") + hanging_item("", line);
    for (std::size_t i = 0; i < inv.preferences.size(); ++i) {
      const gmcr::PreferenceChange& p = inv.preferences[i];
      if (p.swaps == 0) continue;
      out += "\n" +
             hanging_item("  · ",
                          fmt::format("{} ({} swap{}): {}", g.decision_maker_names[i], p.swaps,
                                      p.swaps == 1 ? "" : "s",
                                      swapped_pairs(g.model.decision_makers[i].payoff, p.ranking)));
    }
  }
  return out;
}

std::string coalition_lines(const Gmcr& g) {
  std::string out;
  for (const SolutionConcept c : g.concepts) {
    const auto states = g.coalitions->equilibria_under(c).states();
    const std::string label = "C" + std::string(concept_label(c));
    const std::string list = states.empty()
                                 ? "none"
                                 : fmt::format("{} ({} state{})", numbers_text(states),
                                               states.size(), states.size() == 1 ? "" : "s");
    out +=
        (out.empty() ? "" : "\n") + hanging_item(label + std::string(7 - label.size(), ' '), list);
  }
  return out;
}

}  // namespace gmcr_words

std::vector<std::size_t> gmcr_listed_states(const analysis::Gmcr& g,
                                            const GmcrViewOptions& options) {
  std::vector<std::size_t> rows;
  if (options.all_states || g.state_count() <= kMaxGmcrStatesListedByDefault) {
    for (std::size_t s = 0; s < std::min(g.state_count(), kMaxGmcrStateRows); ++s) {
      rows.push_back(s);
    }
    return rows;
  }
  rows = analysis::gmcr_targets(g);
  if (g.status_quo) rows.push_back(g.status_quo->status_quo);
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  if (rows.size() > kMaxGmcrStateRows) rows.resize(kMaxGmcrStateRows);
  return rows;
}

std::string gmcr_status_quo_text(const analysis::Gmcr& g) {
  using namespace gmcr_words;
  if (!g.status_quo) return "";
  const gmcr::StatusQuo& sq = *g.status_quo;
  const bool coalitions = g.coalitions.has_value();
  std::string out = hanging_item(
      "Status quo: ",
      fmt::format("{}: {}", state_label(g, sq.status_quo), state_in_words(g, sq.status_quo)));
  out += "\n" +
         hanging_item("Reachable by unilateral improvements: ",
                      reachable_text(sq.reachable_by(gmcr::Transition::unilateral_improvements)));
  if (coalitions) {
    out += "\n" +
           hanging_item("Reachable by coalition improvements: ",
                        reachable_text(sq.reachable_by(gmcr::Transition::coalition_improvements)));
  }
  out += "\n" + hanging_item("Reachable by any moves: ",
                             reachable_text(sq.reachable_by(gmcr::Transition::unilateral_moves)));
  if (sq.targets.empty()) return out;
  out += "\nFrom the status quo to each equilibrium, in the fewest steps of improvements";
  const std::size_t shown = std::min(sq.targets.size(), kMaxGmcrDescribedStates);
  for (std::size_t t = 0; t < shown; ++t) {
    const std::size_t s = sq.targets[t];
    const auto& ui = sq.path_to(gmcr::Transition::unilateral_improvements, t);
    std::string text = fmt::format(
        "{} ({}): {}", state_label(g, s), concepts_of(g, s),
        ui ? path_in_words(g, *ui) : std::string("not reachable by unilateral improvements"));
    if (coalitions && !ui) {
      const auto& ci = sq.path_to(gmcr::Transition::coalition_improvements, t);
      text += "; by coalition improvements: " +
              (ci ? path_in_words(g, *ci) : std::string("not reachable either"));
    }
    out += "\n" + hanging_item("  · ", text);
  }
  if (shown < sq.targets.size()) {
    out += fmt::format("\n  … and {} more (parley gmcr --json lists them all)",
                       sq.targets.size() - shown);
  }
  return out;
}

const char* concept_label(gmcr::SolutionConcept concept_) {
  switch (concept_) {
    case gmcr::SolutionConcept::nash:
      return "Nash";
    case gmcr::SolutionConcept::gmr:
      return "GMR";
    case gmcr::SolutionConcept::smr:
      return "SMR";
    case gmcr::SolutionConcept::seq:
      return "SEQ";
  }
  return "";
}

char concept_mark(gmcr::SolutionConcept concept_) {
  switch (concept_) {
    case gmcr::SolutionConcept::nash:
      return 'N';
    case gmcr::SolutionConcept::gmr:
      return 'G';
    case gmcr::SolutionConcept::smr:
      return 'S';
    case gmcr::SolutionConcept::seq:
      return 'Q';
  }
  return '?';
}

std::string state_pattern(const analysis::Gmcr& g, std::size_t state) {
  const std::size_t n = g.model.options.size();
  std::string out(n, 'N');
  for (std::size_t k = 0; k < n && k < gmcr::kMaxOptions; ++k) {
    if ((g.model.states[state] >> k) & 1U) out[k] = 'Y';
  }
  return out;
}

std::string state_in_words(const analysis::Gmcr& g, std::size_t state) {
  std::vector<std::string> parts, idle;
  for (std::size_t i = 0; i < g.model.decision_makers.size(); ++i) {
    std::string taken;
    for (std::size_t k = 0; k < g.model.options.size(); ++k) {
      if (g.model.options[k].decision_maker != i || ((g.model.states[state] >> k) & 1U) == 0) {
        continue;
      }
      taken += (taken.empty() ? "" : ", ") + g.option_names[k];
    }
    if (taken.empty()) {
      idle.push_back(g.decision_maker_names[i]);
    } else {
      parts.push_back(g.decision_maker_names[i] + ": " + taken);
    }
  }
  if (parts.empty()) return "no option taken by anyone";
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " · ") + p;
  if (!idle.empty()) {
    std::string names;
    for (const auto& name : idle) names += (names.empty() ? "" : ", ") + name;
    out += " · no option taken: " + names;
  }
  return out;
}

View gmcr_view(const analysis::Gmcr& g, const GmcrViewOptions& options) {
  using namespace gmcr_words;
  View view{"gmcr", "Which outcomes would hold", {}};
  view.heading(g.name.empty() ? "GMCR model" : g.name);
  const std::size_t n = g.model.options.size();
  const std::string combinations =
      n < 63 ? group_thousands(std::to_string(std::uint64_t{1} << n)) : fmt::format("2^{}", n);
  view.paragraph(fmt::format(
      "{} decision makers · {} options · {} feasible states of {} combinations · {} unilateral "
      "moves",
      g.model.decision_makers.size(), n, group_thousands(std::to_string(g.state_count())),
      combinations, group_thousands(std::to_string(g.moves))));
  if (!g.description.empty()) view.paragraph(g.description);
  view.table(decision_makers_table(g));
  view.table(options_table(g));
  priorities_lists(view, g);
  const std::vector<std::size_t> rows = gmcr_listed_states(g, options);
  view.table(states_table(g, rows));
  if (rows.size() < g.state_count()) {
    const bool all = options.all_states || g.state_count() <= kMaxGmcrStatesListedByDefault;
    view.paragraph(
        all ? fmt::format("The tables show the first {} states of {}; parley gmcr --json "
                          "lists them all.",
                          rows.size(), group_thousands(std::to_string(g.state_count())))
            : fmt::format("The tables show {} of the {} states: {}equilibria. parley gmcr "
                          "--all-states lists every state (up to {}), --json all of them.",
                          rows.size(), group_thousands(std::to_string(g.state_count())),
                          g.status_quo ? "the status quo and the " : "the ", kMaxGmcrStateRows));
  }
  for (Table& t : stability_tables(g, rows)) view.table(std::move(t));
  view.lines(legend(g));
  view.lines("Equilibria: the states stable for every decision maker\n" + equilibria_lines(g));
  const std::vector<std::size_t> states = equilibrium_states(g);
  if (!states.empty()) {
    view.lines("What is done in each equilibrium\n" + described_equilibria(g, states));
  }
  if (g.coalitions) {
    view.lines("Coalition equilibria: the states stable for every coalition of decision makers\n" +
               coalition_lines(g));
  }
  if (g.status_quo) view.lines(gmcr_status_quo_text(g));
  if (!g.stabilize.empty()) {
    view.lines("What would make it stable (fewest swaps of adjacent states in the rankings)\n" +
               stabilize_text(g));
  }
  return view;
}

}  // namespace parley::report

namespace parley::report {

View gmcr_outcomes_view(const analysis::Gmcr& g) {
  using namespace gmcr_words;
  View view{"outcomes", "Which outcomes would hold", {}};
  view.heading("Which outcomes would hold", Media::text);
  view.paragraph(fmt::format(
      "The talks as a graph model ({}, parley gmcr shows it all): {} decision makers with {} "
      "yes/no options, {} states. An equilibrium is an outcome no decision maker would leave on "
      "its own: under Nash it has no better move; under GMR any better move can be punished; "
      "under SMR punished with no escape; under SEQ punished by moves the punishers gain by.",
      g.name, g.model.decision_makers.size(), g.model.options.size(),
      group_thousands(std::to_string(g.state_count()))));
  if (g.status_quo) {
    const std::size_t sq = g.status_quo->status_quo;
    view.paragraph(fmt::format("Status quo, state {}: {}.", sq + 1, state_in_words(g, sq)));
  }
  std::size_t unreachable = 0;  // equilibria listed that no unilateral improvements reach
  const gmcr::StateSet* previous = nullptr;
  std::string previous_label;
  for (const SolutionConcept c : g.concepts) {
    const gmcr::StateSet& set = g.stability.equilibria_under(c);
    const auto states = set.states();
    // A concept with the same equilibria as the one before (SMR and GMR often) says so.
    if (previous && *previous == set && states.size() > 1) {
      const std::string same = fmt::format("{}: the same {} equilibria as {}.", concept_label(c),
                                           states.size(), previous_label);
      view.paragraph(same);
      continue;
    }
    previous = &set;
    previous_label = concept_label(c);
    std::vector<std::string> items;
    for (std::size_t i = 0; i < states.size() && i < kMaxOutcomesPerConcept; ++i) {
      const std::size_t s = states[i];
      std::string item = fmt::format("state {}: {}", s + 1, state_in_words(g, s));
      if (g.status_quo) {
        const auto& targets = g.status_quo->targets;
        const auto at = std::find(targets.begin(), targets.end(), s);
        if (at != targets.end()) {
          const auto& path = g.status_quo->path_to(gmcr::Transition::unilateral_improvements,
                                                   static_cast<std::size_t>(at - targets.begin()));
          if (path) {
            item += path->empty() ? " (the status quo)"
                                  : ". From the status quo: " + path_in_words(g, *path);
          } else {
            ++unreachable;
          }
        }
      }
      items.push_back(std::move(item));
    }
    if (states.size() > kMaxOutcomesPerConcept) {
      items.push_back(
          fmt::format("and {} more (parley gmcr)", states.size() - kMaxOutcomesPerConcept));
    }
    const std::string lead = states.empty()
                                 ? fmt::format("{}: no equilibrium.", concept_label(c))
                                 : fmt::format("{}: {} equilibri{}", concept_label(c),
                                               states.size(), states.size() == 1 ? "um" : "a");
    view.list(lead, std::move(items));
  }
  if (g.status_quo && unreachable > 0) {
    view.paragraph(
        "The equilibria listed without a path cannot be reached from the status quo by "
        "unilateral improvements: no decision maker gains by starting the way there on its own "
        "(parley gmcr --coalitions shows where joint moves lead).");
  }
  if (g.status_quo) view.figure([&g] { return gmcr_transition_chart(g); });
  return view;
}

}  // namespace parley::report
