#include <fmt/format.h>

#include <algorithm>

#include "parley/io/detail/scenario_read_estimate.hpp"
#include "parley/io/detail/scenario_read_sections.hpp"

namespace parley::io::detail {

namespace {

using scenario::Issue;

scenario::End read_end(ReadContext& ctx, const Field& f, const std::vector<std::string>& actors) {
  scenario::End end;
  if (!f.present() || !ctx.check_map(f, {"label", "favoured_by"}, {})) return end;
  end.label = ctx.text(ReadContext::child(f, "label")).value_or("");
  for (const Field& item : ctx.items(ReadContext::child(f, "favoured_by"))) {
    const auto id = ctx.text(item);
    if (!id) continue;
    if (std::find(actors.begin(), actors.end(), *id) == actors.end()) {
      report_unknown(ctx, item, "actor", *id, actors);
    }
    end.favoured_by.push_back(*id);
  }
  return end;
}

void check_ends(ReadContext& ctx, const Field& f, const Issue& issue) {
  const Field list = ReadContext::child(ReadContext::child(f, "high"), "favoured_by");
  if (!list.node.IsSequence()) return;
  const auto& low = issue.low.favoured_by;
  for (std::size_t k = 0; k < list.node.size(); ++k) {
    const YAML::Node item = list.node[k];
    if (!item.IsScalar() || std::find(low.begin(), low.end(), item.Scalar()) == low.end()) {
      continue;
    }
    ctx.report(item.Mark(), fmt::format("{}[{}]", list.path, k),
               "actor '" + item.Scalar() + "' cannot favour both ends of issue '" + issue.id +
                   "' (it is also in low.favoured_by)");
  }
}

void read_options(ReadContext& ctx, const Field& f, Issue& issue) {
  const Field list = ReadContext::child(f, "options");
  for (const Field& item : ctx.items(list)) {
    scenario::Option o;
    if (ctx.check_map(item, {"id", "label"}, {"id"})) {
      const Field id_field = ReadContext::child(item, "id");
      o.id = ctx.id(id_field).value_or("");
      if (!o.id.empty()) check_unique_id(ctx, id_field, o.id, ids_of(issue.options), "option");
      o.label = ctx.text(ReadContext::child(item, "label")).value_or("");
    }
    issue.options.push_back(o);
  }
  if (list.node.IsSequence() && issue.options.size() < 2) {
    ctx.report(list, fmt::format("expected at least two options, got {}", issue.options.size()));
  }
}

// Keys that belong to the other kind of issue.
void reject_keys(ReadContext& ctx, const Field& f, std::initializer_list<std::string_view> keys,
                 const std::string& kind) {
  for (auto key : keys) {
    const Field k = ReadContext::child(f, key);
    if (k.present()) {
      ctx.report(k, "'" + std::string(key) + "' is only allowed on " + kind + " issues");
    }
  }
}

// Reads the kind-specific part; true when the scale can be used to check positions.
bool read_scale(ReadContext& ctx, const Field& f, Issue& issue, const std::string& kind) {
  if (kind == "options") {
    issue.kind = scenario::IssueKind::options;
    reject_keys(ctx, f, {"unit", "min", "max", "levels"}, "numeric");
    const Field list = ReadContext::child(f, "options");
    if (!list.present()) ctx.report(f, "missing required key 'options' (kind is options)");
    read_options(ctx, f, issue);
    return issue.options.size() >= 2;
  }
  issue.kind = scenario::IssueKind::numeric;
  reject_keys(ctx, f, {"options"}, "option");
  for (auto key : {"min", "max"}) {
    if (!ReadContext::child(f, key).present()) {
      ctx.report(f, std::string("missing required key '") + key + "' (kind is numeric)");
    }
  }
  issue.unit = ctx.text(ReadContext::child(f, "unit")).value_or("");
  issue.levels = ctx.integer_in(ReadContext::child(f, "levels"), 2, 1000);
  const auto min = ctx.number(ReadContext::child(f, "min"));
  const Field max_field = ReadContext::child(f, "max");
  const auto max = ctx.number(max_field);
  if (!min || !max) return false;
  issue.min = *min;
  issue.max = *max;
  if (*min >= *max) {
    ctx.report(max_field,
               fmt::format("min must be below max, got min {} and max {}",
                           ReadContext::child(f, "min").node.Scalar(), max_field.node.Scalar()));
    return false;
  }
  return true;
}

// `terms: {topic: [...], pro: [...], contra: [...], units: [...]}`, each a list of aliases.
scenario::IssueTerms read_terms(ReadContext& ctx, const Field& f) {
  scenario::IssueTerms terms;
  if (!f.present() || !ctx.check_map(f, {"topic", "pro", "contra", "units"}, {})) return terms;
  const auto list = [&](const char* key, std::vector<scenario::Alias>& out) {
    for (const Field& item : ctx.items(ReadContext::child(f, key)))
      out.push_back(read_alias(ctx, item));
  };
  list("topic", terms.topic);
  list("pro", terms.pro);
  list("contra", terms.contra);
  list("units", terms.units);
  return terms;
}

}  // namespace

ReadIssues read_issues(ReadContext& ctx, const Field& field,
                       const std::vector<scenario::Actor>& actors) {
  ReadIssues out;
  const auto actor_ids = ids_of(actors);
  for (const Field& f : ctx.items(field)) {
    Issue issue;
    bool ok = false;
    if (ctx.check_map(f,
                      {"id", "title", "proposition", "kind", "unit", "min", "max", "levels",
                       "options", "low", "high", "terms", "note"},
                      {"id", "title", "kind"})) {
      const Field id_field = ReadContext::child(f, "id");
      issue.id = ctx.id(id_field).value_or("");
      if (!issue.id.empty()) check_unique_id(ctx, id_field, issue.id, ids_of(out.issues), "issue");
      issue.title = ctx.text(ReadContext::child(f, "title")).value_or("");
      issue.proposition = ctx.text(ReadContext::child(f, "proposition")).value_or("");
      const auto kind = ctx.choice(ReadContext::child(f, "kind"), {"numeric", "options"});
      if (kind) ok = read_scale(ctx, f, issue, *kind);
      issue.low = read_end(ctx, ReadContext::child(f, "low"), actor_ids);
      issue.high = read_end(ctx, ReadContext::child(f, "high"), actor_ids);
      check_ends(ctx, f, issue);
      issue.terms = read_terms(ctx, ReadContext::child(f, "terms"));
      issue.note = ctx.text(ReadContext::child(f, "note")).value_or("");
    }
    out.issues.push_back(std::move(issue));
    out.scale_ok.push_back(ok);
  }
  return out;
}

}  // namespace parley::io::detail
