#pragma once
// The fuzz targets' entry functions, shared by the libFuzzer targets (fuzz/*_fuzzer.cpp) and by
// the replay of fuzz/seeds/ and fuzz/regressions/ in the normal test run
// (tests/io/fuzz_regressions_test.cpp), so that both exercise exactly the same code.
//
// Each entry feeds bytes to a reader and returns what came of it: accepted, or rejected with an
// InputError. A rejection is checked: at least one diagnostic, each naming a file the reader was
// given and a message, with a line inside that file. Anything else (another exception, or a
// malformed InputError, reported as std::logic_error) escapes: libFuzzer records it as a crash,
// the test as a failure.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/evidence/dates.hpp"
#include "parley/evidence/extract.hpp"
#include "parley/evidence/reading.hpp"
#include "parley/evidence/sentences.hpp"
#include "parley/forecast/smp.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/stability.hpp"
#include "parley/io/default_scenario.hpp"
#include "parley/io/genius_reader.hpp"
#include "parley/io/gmcr_py_reader.hpp"
#include "parley/io/gmcr_reader.hpp"
#include "parley/io/gmcr_writer.hpp"
#include "parley/io/ktab_reader.hpp"
#include "parley/io/scenario_reader.hpp"

namespace parley::fuzz {

enum class Outcome { accepted, rejected };

// Checks an InputError against the files that were read (path → content; a path with no content
// given, such as a directory, may only be named without a line). Throws std::logic_error when a
// diagnostic is malformed.
inline void check_input_error(const InputError& error,
                              const std::map<std::string, std::string_view>& files,
                              const std::vector<std::string>& other_paths = {}) {
  if (error.diagnostics().empty()) throw std::logic_error("an InputError without diagnostics");
  for (const Diagnostic& d : error.diagnostics()) {
    const std::string where = d.to_string();
    if (d.message.empty()) throw std::logic_error("a diagnostic without a message: " + where);
    if (d.line < 0 || d.column < 0 || (d.line == 0 && d.column != 0))
      throw std::logic_error("a diagnostic with an impossible location: " + where);
    const auto file = files.find(d.file);
    if (file == files.end()) {
      bool known = false;
      for (const auto& path : other_paths) known = known || path == d.file;
      if (!known || d.line != 0)
        throw std::logic_error("a diagnostic naming a file that was not read: " + where);
      continue;
    }
    std::size_t lines = 1;
    for (const char c : file->second) lines += c == '\n' ? 1 : 0;
    if (static_cast<std::size_t>(d.line) > lines)
      throw std::logic_error("a diagnostic past the end of its file: " + where);
  }
}

// Reads `bytes` as a scenario document named `name` (its extension, .yaml or .json, only names
// it: the reader recognizes JSON by its first character).
inline Outcome read_scenario_bytes(std::string_view bytes, const std::string& name) {
  try {
    io::read_scenario(bytes, name);
    return Outcome::accepted;
  } catch (const InputError& error) {
    check_input_error(error, {{name, bytes}});
    return Outcome::rejected;
  }
}

// The GENIUS target's input: a domain file and up to three profiles, separated by lines holding
// only "%%" (the separator below). A fourth separator and what follows it stay in the third
// profile.
inline constexpr std::string_view kGeniusSeparator = "\n%%\n";

inline std::vector<std::string_view> split_genius_input(std::string_view bytes) {
  std::vector<std::string_view> parts;
  while (parts.size() < 3) {
    const auto at = bytes.find(kGeniusSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(bytes.substr(0, at));
    bytes.remove_prefix(at + kGeniusSeparator.size());
  }
  parts.push_back(bytes);
  return parts;
}

// Writes the parts of `bytes` to `dir` (an existing directory that only this caller uses) as
// domain.xml, p1.xml, p2.xml and p3.xml, then reads them with read_genius (the domain and the
// profiles given) and read_genius_dir (the domain found by the reader). Rejected when either
// rejects; an accepted domain must have one party per profile and a consistent space.
inline Outcome read_genius_bytes(std::string_view bytes, const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  const std::vector<std::string_view> parts = split_genius_input(bytes);
  std::map<std::string, std::string_view> files;
  std::vector<std::string> profiles;
  for (std::size_t k = 0; k < 4; ++k) {
    const fs::path path =
        dir / (k == 0 ? std::string("domain.xml") : "p" + std::to_string(k) + ".xml");
    if (k >= parts.size()) {
      std::error_code ignored;
      fs::remove(path, ignored);
      continue;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(parts[k].data(), static_cast<std::streamsize>(parts[k].size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string());
    files[path.string()] = parts[k];
    if (k > 0) profiles.push_back(path.string());
  }
  const std::string domain = (dir / "domain.xml").string();
  Outcome outcome = Outcome::accepted;
  const auto check = [&](const io::GeniusDomain& read, std::size_t profile_count) {
    if (read.profiles.size() != profile_count || read.space.party_count() != profile_count)
      throw std::logic_error("a GENIUS domain read with the wrong number of parties");
    bargain::check_consistent(read.space);
  };
  try {
    check(io::read_genius(domain, profiles), profiles.size());
  } catch (const InputError& error) {
    check_input_error(error, files);
    outcome = Outcome::rejected;
  }
  try {
    check(io::read_genius_dir(dir.string()), profiles.size());
  } catch (const InputError& error) {
    check_input_error(error, files, {dir.string()});
    outcome = Outcome::rejected;
  }
  return outcome;
}

// The news reader on any bytes: read_document (as detected, and forced to each format), the
// sentences of its article lines and the claims the default scenario's extractor finds in them.
// Never rejected (no input is an error: broken bytes are repaired); what comes out is checked:
// lines numbered upwards from 1 and holding valid UTF-8 without forbidden controls, sentences on
// article lines, claims naming the document, a line of it and a scenario actor and issue, and a
// publication date of the form YYYY-MM-DD. A violation throws std::logic_error.
inline Outcome read_news_bytes(std::string_view bytes, const evidence::ExtractionModel& model) {
  for (const auto format :
       {std::optional<evidence::Format>(), std::optional(evidence::Format::text),
        std::optional(evidence::Format::html)}) {
    const evidence::Document doc = evidence::read_document("fuzz.txt", bytes, format);
    int previous = 0;
    for (const auto& line : doc.lines) {
      if (line.number < 1 || line.number < previous)
        throw std::logic_error("document lines out of order: " + std::to_string(line.number));
      previous = line.number;
      for (std::size_t i = 0; i < line.text.size();) {
        const auto c = static_cast<unsigned char>(line.text[i]);
        if (c < 0x80) {
          if ((c < 0x20 && c != '\t') || c == 0x7F)
            throw std::logic_error(
                "control character " + std::to_string(c) + " in line " +
                std::to_string(line.number) + " (" +
                (format ? (*format == evidence::Format::html ? "html" : "text") : "detected") +
                ")");
          ++i;
          continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (length == 0 || i + static_cast<std::size_t>(length) > line.text.size())
          throw std::logic_error("invalid UTF-8 in line " + std::to_string(line.number));
        for (int k = 1; k < length; ++k) {
          if ((static_cast<unsigned char>(line.text[i + static_cast<std::size_t>(k)]) & 0xC0) !=
              0x80)
            throw std::logic_error("invalid UTF-8 in line " + std::to_string(line.number));
        }
        i += static_cast<std::size_t>(length);
      }
    }
    if (!doc.published.empty() && evidence::find_date(doc.published) != doc.published)
      throw std::logic_error("a publication date not of the form YYYY-MM-DD: " + doc.published);
    for (const auto& sentence : evidence::split_sentences(doc)) {
      const bool on_article_line =
          std::any_of(doc.lines.begin(), doc.lines.end(), [&](const evidence::DocumentLine& l) {
            return l.number == sentence.line && l.kind == evidence::LineKind::article;
          });
      if (!on_article_line)
        throw std::logic_error("a sentence on no article line: " + std::to_string(sentence.line));
      for (const auto& claim : model.extract(doc.name, sentence.line, sentence.text)) {
        if (claim.doc != doc.name || claim.line != sentence.line || claim.actor.empty() ||
            claim.issue.empty())
          throw std::logic_error("a malformed claim at line " + std::to_string(claim.line));
      }
    }
  }
  return Outcome::accepted;
}

// Reads `bytes` as KTAB's CSV named `name`. An accepted scenario must be one the SMP runs: 3 to
// 250 actors, each with a position (0–100) and a salience per dimension, the saliences summing to
// more than 0 and at most 1, capability above 0. Small ones (up to 12 actors and 4 dimensions) are
// run for two turns, which must stay on the scale.
inline Outcome read_ktab_csv_bytes(std::string_view bytes, const std::string& name) {
  io::KtabScenario scenario;
  try {
    scenario = io::read_ktab_csv(bytes, name);
  } catch (const InputError& error) {
    check_input_error(error, {{name, bytes}});
    return Outcome::rejected;
  }
  const auto& model = scenario.model;
  if (model.actors.size() < 3 || model.actors.size() > 250 || model.dimensions.empty())
    throw std::logic_error("a KTAB scenario accepted with a count out of KTAB's limits");
  for (const auto& actor : model.actors) {
    if (actor.position.size() != model.dimensions.size() ||
        actor.salience.size() != model.dimensions.size() || !(actor.capability > 0))
      throw std::logic_error("a KTAB actor accepted with wrong values: " + actor.name);
    double sum = 0;
    for (std::size_t k = 0; k < actor.position.size(); ++k) {
      if (!(actor.position[k] >= 0 && actor.position[k] <= 100) ||
          !(actor.salience[k] >= 0 && actor.salience[k] <= 1))
        throw std::logic_error("a KTAB value accepted off its scale: " + actor.name);
      sum += actor.salience[k];
    }
    if (!(sum > 0) || sum > 1 + 1e-12)
      throw std::logic_error("KTAB saliences accepted with a sum outside (0, 1]: " + actor.name);
  }
  if (model.actors.size() <= 12 && model.dimensions.size() <= 4) {
    forecast::SmpOptions options;
    options.max_turns = 2;
    options.threads = 1;
    const forecast::SmpForecast run = forecast::run_smp(model, options);
    for (const auto& round : run.trajectory.rounds)
      for (const double x : round.positions)
        if (!(x >= 0 && x <= 100)) throw std::logic_error("an SMP position off the 0–100 scale");
  }
  return Outcome::accepted;
}

// An accepted GMCR model: a payoff per state for every decision maker; small ones (up to 256
// states) analysed, with Nash ⊆ SMR ⊆ GMR and Nash ⊆ SEQ ⊆ GMR for every decision maker; and the
// model file written from it read back to the same states and payoffs.
inline void check_gmcr_model(const io::GmcrModelFile& file) {
  const gmcr::Model& m = file.model;
  for (const auto& dm : m.decision_makers) {
    if (dm.payoff.size() != m.states.size())
      throw std::logic_error("a GMCR model accepted without a payoff per state: " + dm.name);
  }
  if (m.states.size() <= 256) {
    const gmcr::Stability st = gmcr::analyse_stability(gmcr::graph_of(m));
    using C = gmcr::SolutionConcept;
    for (std::size_t i = 0; i < m.decision_makers.size(); ++i) {
      const auto& nash = st.stable_for(C::nash, i);
      const auto& gmr = st.stable_for(C::gmr, i);
      if (!nash.is_subset_of(st.stable_for(C::smr, i)) ||
          !st.stable_for(C::smr, i).is_subset_of(gmr) ||
          !nash.is_subset_of(st.stable_for(C::seq, i)) ||
          !st.stable_for(C::seq, i).is_subset_of(gmr))
        throw std::logic_error("GMCR concepts not nested for " + m.decision_makers[i].name);
    }
  }
  const io::GmcrModelFile again = io::read_gmcr_model(io::write_gmcr_model(file), "written.yaml");
  if (again.model.states != m.states)
    throw std::logic_error("a GMCR model file written and read back has other states");
  for (std::size_t i = 0; i < m.decision_makers.size(); ++i) {
    if (again.model.decision_makers.at(i).payoff != m.decision_makers[i].payoff)
      throw std::logic_error("a GMCR model file written and read back has other payoffs");
  }
}

// Reads `bytes` as a GMCR model file (YAML) named `name`, and checks an accepted model.
inline Outcome read_gmcr_model_bytes(std::string_view bytes, const std::string& name) {
  io::GmcrModelFile file;
  try {
    file = io::read_gmcr_model(bytes, name);
  } catch (const InputError& error) {
    check_input_error(error, {{name, bytes}});
    return Outcome::rejected;
  }
  check_gmcr_model(file);
  return Outcome::accepted;
}

// Reads `bytes` as a gmcr-py conflict file named `name`, and checks an accepted model.
inline Outcome read_gmcr_py_bytes(std::string_view bytes, const std::string& name) {
  io::GmcrModelFile file;
  try {
    file = io::read_gmcr_py(bytes, name);
  } catch (const InputError& error) {
    check_input_error(error, {{name, bytes}});
    return Outcome::rejected;
  }
  check_gmcr_model(file);
  return Outcome::accepted;
}

}  // namespace parley::fuzz
