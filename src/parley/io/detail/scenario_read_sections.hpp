#pragma once
// The scenario reader, one function per top-level section of the document.

#include <vector>

#include "parley/io/detail/scenario_read_context.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::io::detail {

// `meta:` with its sources.
scenario::Metadata read_meta(ReadContext& ctx, const Field& field);
// `bargaining:`; the defaults of BargainingSettings when absent.
scenario::BargainingSettings read_bargaining(ReadContext& ctx, const Field& field);
// `actors:`, with unique well-formed ids.
std::vector<scenario::Actor> read_actors(ReadContext& ctx, const Field& field);

// Issues as read, and whether each one's scale is sound enough to check positions against.
struct ReadIssues {
  std::vector<scenario::Issue> issues;
  std::vector<bool> scale_ok;
};
// `issues:`; favoured_by must name `actors`.
ReadIssues read_issues(ReadContext& ctx, const Field& field,
                       const std::vector<scenario::Actor>& actors);
// `positions:`, checked against the actors, issues and sources read before.
std::vector<scenario::Position> read_positions(ReadContext& ctx, const Field& field,
                                               const scenario::Scenario& scenario,
                                               const std::vector<bool>& scale_ok);

// The ids of `things` (anything with an `id` member), in order.
template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& things) {
  std::vector<std::string> out;
  for (const auto& t : things) out.push_back(t.id);
  return out;
}

// An alias or term: a string, or {text, lang} with a BCP 47 tag.
scenario::Alias read_alias(ReadContext& ctx, const Field& f);

// Reports `id` when it was already used by an earlier item of the same kind.
void check_unique_id(ReadContext& ctx, const Field& field, const std::string& id,
                     const std::vector<std::string>& earlier, const std::string& what);

}  // namespace parley::io::detail
