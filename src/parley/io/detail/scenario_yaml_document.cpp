#include "parley/io/detail/scenario_yaml_document.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <optional>
#include <sstream>

#include "parley/core/diagnostic.hpp"
#include "parley/io/detail/scenario_json_check.hpp"

namespace parley::io::detail {

namespace {

// Remembers where the first node of a document is; builds nothing.
class FirstMark : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> mark;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t) override { note(m); }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { note(m); }
  void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                const std::string&) override {
    note(m);
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    note(m);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    note(m);
  }
  void OnMapEnd() override {}

 private:
  void note(const YAML::Mark& m) {
    if (!mark) mark = m;
  }
};

Diagnostic located(const std::string& name, const YAML::Mark& m, std::string message) {
  const bool known = m.line >= 0;
  return Diagnostic{name, known ? m.line + 1 : 0, known ? m.column + 1 : 0, "", std::move(message)};
}

// Throws when something follows the first document.
void check_single_document(const std::string& text, const std::string& name) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  FirstMark ignored, second;
  parser.HandleNextDocument(ignored);
  if (!parser.HandleNextDocument(second)) return;
  throw InputError(located(name, second.mark.value_or(YAML::Mark::null_mark()),
                           "unexpected content after the end of the document (a second YAML "
                           "document or stray characters); a scenario is one document"));
}

}  // namespace

YAML::Node parse_one_document(std::string_view text, const std::string& name) {
  if (looks_like_json(text)) check_json_syntax(text, name);
  const std::string copy(text);
  try {
    YAML::Node root = YAML::Load(copy);
    check_single_document(copy, name);
    return root;
  } catch (const YAML::DeepRecursion& e) {
    throw InputError(located(name, e.mark, "lists and maps are nested too deeply"));
  } catch (const YAML::Exception& e) {
    throw InputError(located(name, e.mark, "YAML syntax error: " + e.msg));
  }
}

}  // namespace parley::io::detail
