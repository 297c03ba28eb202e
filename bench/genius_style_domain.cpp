#include "genius_style_domain.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "parley/bargain/random_space.hpp"
#include "parley/io/genius_reader.hpp"

namespace parley::bench {

namespace {

using parley::bargain::SplitMix64;

constexpr std::size_t kParties = 5;

std::vector<GeniusStyleIssue> issues() {
  std::vector<GeniusStyleIssue> out(6);
  out[0] = {"Location", false, {"Old town", "Harbour", "Park"}};
  out[1] = {"Catering", false, {"Finger food", "Buffet", "Barbecue", "Three courses"}};
  out[2] = {"Duration", true, {}, 1, 10};
  out[3] = {"Music", false, {"None", "DJ", "Jazz band", "Rock band", "Orchestra"}};
  out[4] = {"Decoration",
            false,
            {"None", "Balloons", "Flowers", "Candles", "Lights", "Banners", "Art", "Theme"}};
  out[5] = {"Price", true, {}, 100, 149};
  return out;
}

// Hundredths summing to 100, each at least 1, drawn with uneven sizes (raw 1..20 per issue).
std::vector<int> weights(SplitMix64& rng, std::size_t issues) {
  std::vector<int> raw(issues), w(issues);
  int total = 0;
  for (auto& r : raw) total += r = 1 + static_cast<int>(rng.below(20));
  const int spare = 100 - static_cast<int>(issues);
  int used = 0;
  for (std::size_t i = 0; i < issues; ++i) used += w[i] = 1 + spare * raw[i] / total;
  for (; used < 100; ++used) ++w[rng.below(issues)];
  return w;
}

// Value of a weight or evaluator parameter as written: shortest text that reads back exactly.
std::string number(double x) {
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

std::string hundredths(int w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d.%02d", w / 100, w % 100);
  return buf;
}

// The attributes every GENIUS issue element carries, as in the ANAC files.
std::string issue_open(const GeniusStyleIssue& issue, std::size_t index) {
  std::ostringstream out;
  const char* type = issue.integer ? "integer" : "discrete";
  out << "<issue index=\"" << index + 1 << "\" name=\"" << issue.name << "\" vtype=\"" << type
      << "\" type=\"" << type << "\" etype=\"" << type << "\"";
  if (issue.integer)
    out << " lowerbound=\"" << issue.lowerbound << "\" upperbound=\"" << issue.upperbound << "\"";
  out << ">\n";
  return out.str();
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

GeniusStyleDomain genius_style_domain(std::uint64_t seed) {
  SplitMix64 rng{seed * 0x2545F4914F6CDD1Dull + 2015};
  GeniusStyleDomain d;
  d.name = "AnacStyle";
  d.issues = issues();
  const std::size_t I = d.issues.size();
  d.profiles.resize(kParties);
  for (std::size_t p = 0; p < kParties; ++p) {
    auto& profile = d.profiles[p];
    profile.file_stem = d.name + "_util" + std::to_string(p + 1);
    profile.weight_hundredths = weights(rng, I);
    profile.evaluation.assign(I, {});
    profile.slope.assign(I, 0.0);
    profile.offset.assign(I, 0.0);
    profile.reservation = static_cast<double>(rng.below(4)) / 10.0;
    for (std::size_t i = 0; i < I; ++i)
      if (!d.issues[i].integer)
        for (std::size_t v = 0; v < d.issues[i].size(); ++v)
          profile.evaluation[i].push_back(1 + static_cast<int>(rng.below(10)));
  }
  // Integer issues: a direction per party, both directions present; floor 0, 0.1, 0.2 or 0.3.
  for (std::size_t i = 0; i < I; ++i) {
    if (!d.issues[i].integer) continue;
    std::vector<bool> increasing(kParties);
    for (std::size_t p = 0; p < kParties; ++p) increasing[p] = rng.below(2) == 1;
    if (std::all_of(increasing.begin(), increasing.end(),
                    [&](bool b) { return b == increasing[0]; }))
      increasing[rng.below(kParties)] = !increasing[0];
    const double steps = static_cast<double>(d.issues[i].size() - 1);
    for (std::size_t p = 0; p < kParties; ++p) {
      const double floor = static_cast<double>(rng.below(4)) / 10.0;
      const double slope = (1.0 - floor) / steps;
      d.profiles[p].slope[i] = increasing[p] ? slope : -slope;
      d.profiles[p].offset[i] = increasing[p] ? floor : 1.0;
    }
  }
  return d;
}

bargain::AdditiveSpace genius_style_space(const GeniusStyleDomain& d) {
  // Mirrors genius_reader.cpp: the same ids, labels, points and arithmetic (the numbers written
  // by write_genius_style read back as the very doubles used here).
  bargain::AdditiveSpace space;
  const std::size_t P = d.profiles.size();
  for (const auto& profile : d.profiles) {
    space.parties.push_back(io::genius_safe_id(profile.file_stem, "p"));
    space.reservation.push_back(profile.reservation);
  }
  for (std::size_t i = 0; i < d.issues.size(); ++i) {
    const GeniusStyleIssue& issue = d.issues[i];
    bargain::IssueAxis axis;
    axis.id = io::genius_safe_id(issue.name, "i");
    axis.title = issue.name;
    const std::size_t L = issue.size();
    for (std::size_t l = 0; l < L; ++l) {
      if (issue.integer) {
        const long long v = issue.lowerbound + static_cast<long long>(l);
        axis.level_labels.push_back(std::to_string(v));
        axis.level_points.push_back(static_cast<double>(v));
      } else {
        axis.level_labels.push_back(issue.values[l]);
        axis.level_points.push_back(static_cast<double>(l));
      }
    }
    std::vector<double> table(L * P);
    for (std::size_t p = 0; p < P; ++p) {
      const auto& profile = d.profiles[p];
      const double weight = static_cast<double>(profile.weight_hundredths[i]) / 100.0;
      std::vector<double> eval(L);
      if (issue.integer) {
        const double a = profile.slope[i];
        const double b = profile.offset[i] - a * axis.level_points.front();
        for (std::size_t l = 0; l < L; ++l)
          eval[l] = std::clamp(a * axis.level_points[l] + b, 0.0, 1.0);
      } else {
        const int max =
            *std::max_element(profile.evaluation[i].begin(), profile.evaluation[i].end());
        for (std::size_t l = 0; l < L; ++l)
          eval[l] = static_cast<double>(profile.evaluation[i][l]) / static_cast<double>(max);
      }
      for (std::size_t l = 0; l < L; ++l) table[l * P + p] = weight * eval[l];
    }
    space.issues.push_back(std::move(axis));
    space.contribution.push_back(std::move(table));
    space.acceptable.emplace_back(L * P, std::uint8_t{1});
  }
  return space;
}

void write_genius_style(const GeniusStyleDomain& d, const std::string& dir) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  const std::string objective = "<objective index=\"0\" description=\"\" name=\"" + d.name +
                                "\" type=\"objective\" etype=\"objective\">\n";

  std::ostringstream domain;
  domain << "<negotiation_template>\n<utility_space number_of_issues=\"" << d.issues.size()
         << "\">\n"
         << objective;
  for (std::size_t i = 0; i < d.issues.size(); ++i) {
    const auto& issue = d.issues[i];
    domain << issue_open(issue, i);
    if (!issue.integer)
      for (std::size_t v = 0; v < issue.values.size(); ++v)
        domain << "<item index=\"" << v + 1 << "\" value=\"" << issue.values[v] << "\">\n</item>\n";
    domain << "</issue>\n";
  }
  domain << "</objective>\n</utility_space>\n</negotiation_template>\n";
  write_file(fs::path(dir) / (d.name + ".xml"), domain.str());

  for (const auto& profile : d.profiles) {
    std::ostringstream out;
    out << "<utility_space>\n" << objective;
    for (std::size_t i = 0; i < d.issues.size(); ++i) {
      const auto& issue = d.issues[i];
      out << issue_open(issue, i);
      if (issue.integer)
        out << "<evaluator ftype=\"linear\" slope=\"" << number(profile.slope[i]) << "\" offset=\""
            << number(profile.offset[i]) << "\">\n</evaluator>\n";
      else
        for (std::size_t v = 0; v < issue.values.size(); ++v)
          out << "<item index=\"" << v + 1 << "\" value=\"" << issue.values[v] << "\" evaluation=\""
              << profile.evaluation[i][v] << "\">\n</item>\n";
      out << "</issue>\n";
    }
    for (std::size_t i = 0; i < d.issues.size(); ++i)
      out << "<weight index=\"" << i + 1 << "\" value=\""
          << hundredths(profile.weight_hundredths[i]) << "\">\n</weight>\n";
    out << "</objective>\n<discount_factor value=\"1.0\">\n</discount_factor>\n"
        << "<reservation value=\"" << number(profile.reservation) << "\">\n</reservation>\n"
        << "</utility_space>\n";
    write_file(fs::path(dir) / (profile.file_stem + ".xml"), out.str());
  }
}

}  // namespace parley::bench
