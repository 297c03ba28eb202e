#include <fmt/format.h>

#include <algorithm>

#include "parley/io/detail/scenario_read_sections.hpp"

namespace parley::io::detail {

namespace {

scenario::Source read_source(ReadContext& ctx, const Field& f,
                             const std::vector<scenario::Source>& earlier) {
  scenario::Source s;
  if (!ctx.check_map(f, {"id", "file", "title", "publisher", "date", "url"},
                     {"id", "file", "title"})) {
    return s;
  }
  const Field id_field = ReadContext::child(f, "id");
  s.id = ctx.id(id_field).value_or("");
  if (!s.id.empty()) check_unique_id(ctx, id_field, s.id, ids_of(earlier), "source");
  s.file = ctx.text(ReadContext::child(f, "file")).value_or("");
  s.title = ctx.text(ReadContext::child(f, "title")).value_or("");
  s.publisher = ctx.text(ReadContext::child(f, "publisher")).value_or("");
  s.date = ctx.date(ReadContext::child(f, "date")).value_or("");
  s.url = ctx.text(ReadContext::child(f, "url")).value_or("");
  return s;
}

}  // namespace

void check_unique_id(ReadContext& ctx, const Field& field, const std::string& id,
                     const std::vector<std::string>& earlier, const std::string& what) {
  const auto it = std::find(earlier.begin(), earlier.end(), id);
  if (it != earlier.end()) {
    ctx.report(field, fmt::format("duplicate {} id '{}' (already used by {}[{}])", what, id,
                                  what == "option" ? "options" : what + "s", it - earlier.begin()));
  }
}

scenario::Metadata read_meta(ReadContext& ctx, const Field& field) {
  scenario::Metadata meta;
  if (!field.present() ||
      !ctx.check_map(field, {"title", "as_of", "description", "sources"}, {"title", "as_of"})) {
    return meta;
  }
  meta.title = ctx.text(ReadContext::child(field, "title")).value_or("");
  meta.as_of = ctx.date(ReadContext::child(field, "as_of")).value_or("");
  meta.description = ctx.text(ReadContext::child(field, "description")).value_or("");
  for (const Field& item : ctx.items(ReadContext::child(field, "sources"))) {
    meta.sources.push_back(read_source(ctx, item, meta.sources));
  }
  return meta;
}

scenario::BargainingSettings read_bargaining(ReadContext& ctx, const Field& field) {
  scenario::BargainingSettings b;
  if (!field.present() || !ctx.check_map(field, {"weights", "levels", "tolerance"}, {})) return b;
  if (auto w = ctx.choice(ReadContext::child(field, "weights"), {"normalized", "as_given"})) {
    b.normalize_weights = *w == "normalized";
  }
  b.levels = ctx.integer_in(ReadContext::child(field, "levels"), 2, 1000).value_or(b.levels);
  b.tolerance = ctx.number_in(ReadContext::child(field, "tolerance"), 0, 0.1).value_or(b.tolerance);
  return b;
}

}  // namespace parley::io::detail
