#include "parley/io/scenario_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "parley/core/diagnostic.hpp"
#include "parley/io/detail/scenario_read_sections.hpp"
#include "parley/io/detail/scenario_text_check.hpp"
#include "parley/io/detail/scenario_tree_check.hpp"
#include "parley/io/detail/scenario_yaml_document.hpp"

namespace parley::io {

namespace {

using detail::Field;
using detail::ReadContext;

void read_version(ReadContext& ctx, const Field& root) {
  const Field version = ReadContext::child(root, "parley");
  if (!version.present()) return;
  if (version.node.IsScalar() && version.node.Scalar() != "1" &&
      ctx.integer_in(version, 0, 1000000)) {
    ctx.report(version, "unsupported format version " + version.node.Scalar() +
                            "; this parley reads version 1");
  } else if (!version.node.IsScalar() || version.node.Scalar() != "1") {
    ctx.integer_in(version, 1, 1);
  }
}

scenario::Scenario read_document(ReadContext& ctx, const YAML::Node& node) {
  scenario::Scenario s;
  const Field root = ReadContext::root(node);
  if (node.IsNull()) {
    ctx.report(root,
               "the document is empty; expected a map with keys parley, meta, actors, issues");
    return s;
  }
  if (!ctx.check_map(root, {"parley", "meta", "bargaining", "actors", "issues", "positions"},
                     {"parley", "meta", "actors", "issues"})) {
    return s;
  }
  read_version(ctx, root);
  s.meta = detail::read_meta(ctx, ReadContext::child(root, "meta"));
  s.bargaining = detail::read_bargaining(ctx, ReadContext::child(root, "bargaining"));
  s.actors = detail::read_actors(ctx, ReadContext::child(root, "actors"));
  auto issues = detail::read_issues(ctx, ReadContext::child(root, "issues"), s.actors);
  s.issues = std::move(issues.issues);
  s.positions =
      detail::read_positions(ctx, ReadContext::child(root, "positions"), s, issues.scale_ok);
  return s;
}

[[noreturn]] void file_error(const std::string& path, const std::string& message) {
  throw InputError(Diagnostic{path, 0, 0, "", message});
}

}  // namespace

scenario::Scenario read_scenario(std::string_view text, const std::string& name) {
  return detail::read_yaml_document(text, name, [](ReadContext& ctx, const YAML::Node& root) {
    return read_document(ctx, root);
  });
}

scenario::Scenario read_scenario_file(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) file_error(path, "no such file");
  if (fs::is_directory(status)) file_error(path, "is a directory, not a scenario file");
  std::ifstream in(path, std::ios::binary);
  if (!in) file_error(path, std::string("cannot be read: ") + std::strerror(errno));
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > detail::kMaxScenarioBytes) {
      file_error(path, "the file is larger than the 16 MiB limit");
    }
  }
  if (in.bad()) file_error(path, "cannot be read (an I/O error occurred)");
  return read_scenario(text, path);
}

}  // namespace parley::io
