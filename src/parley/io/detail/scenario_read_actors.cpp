#include <cctype>

#include "parley/io/detail/scenario_read_estimate.hpp"
#include "parley/io/detail/scenario_read_sections.hpp"

namespace parley::io::detail {

namespace {

// A plausible BCP 47 tag: a 2-8 letter language, then '-'-separated 1-8 alphanumeric subtags.
bool is_language_tag(const std::string& tag) {
  std::size_t start = 0;
  for (bool first = true;; first = false) {
    const std::size_t end = std::min(tag.find('-', start), tag.size());
    const std::size_t len = end - start;
    if (len < (first ? 2u : 1u) || len > 8) return false;
    for (std::size_t i = start; i < end; ++i) {
      const auto c = static_cast<unsigned char>(tag[i]);
      if (first ? !std::isalpha(c) : !std::isalnum(c)) return false;
    }
    if (end == tag.size()) return true;
    start = end + 1;
  }
}

scenario::Role role_of(const std::string& s) {
  using scenario::Role;
  if (s == "mediator") return Role::mediator;
  if (s == "guarantor") return Role::guarantor;
  if (s == "observer") return Role::observer;
  if (s == "supporter") return Role::supporter;
  return Role::party;
}

scenario::Actor read_actor(ReadContext& ctx, const Field& f,
                           const std::vector<scenario::Actor>& earlier) {
  scenario::Actor a;
  if (!ctx.check_map(f, {"id", "name", "role", "aliases", "capability", "reservation", "note"},
                     {"id", "name"})) {
    return a;
  }
  const Field id_field = ReadContext::child(f, "id");
  a.id = ctx.id(id_field).value_or("");
  if (!a.id.empty()) check_unique_id(ctx, id_field, a.id, ids_of(earlier), "actor");
  a.name = ctx.text(ReadContext::child(f, "name")).value_or("");
  const auto role = ctx.choice(ReadContext::child(f, "role"),
                               {"party", "mediator", "guarantor", "observer", "supporter"});
  a.role = role_of(role.value_or("party"));
  for (const Field& item : ctx.items(ReadContext::child(f, "aliases"))) {
    a.aliases.push_back(read_alias(ctx, item));
  }
  const PointReader unit = [&ctx](const Field& x) { return ctx.number_in(x, 0, 1); };
  if (auto c = read_estimate(ctx, ReadContext::child(f, "capability"), unit)) a.capability = *c;
  a.reservation = read_estimate(ctx, ReadContext::child(f, "reservation"), unit);
  a.note = ctx.text(ReadContext::child(f, "note")).value_or("");
  return a;
}

}  // namespace

scenario::Alias read_alias(ReadContext& ctx, const Field& f) {
  scenario::Alias a;
  if (!f.node.IsMap()) {
    a.text = ctx.text(f).value_or("");
    return a;
  }
  if (!ctx.check_map(f, {"text", "lang"}, {"text"})) return a;
  a.text = ctx.text(ReadContext::child(f, "text")).value_or("");
  const Field lang = ReadContext::child(f, "lang");
  a.lang = ctx.text(lang).value_or("");
  if (!a.lang.empty() && !is_language_tag(a.lang)) {
    ctx.report(lang,
               "expected a BCP 47 language tag such as en, ru or ru-Latn, got '" + a.lang + "'");
  }
  return a;
}

std::vector<scenario::Actor> read_actors(ReadContext& ctx, const Field& field) {
  std::vector<scenario::Actor> actors;
  for (const Field& item : ctx.items(field)) actors.push_back(read_actor(ctx, item, actors));
  return actors;
}

}  // namespace parley::io::detail
