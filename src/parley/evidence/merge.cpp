#include "parley/evidence/merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace parley::evidence {

std::size_t MergedClaim::outlets() const {
  std::set<std::string> docs;
  for (const auto& r : reports) docs.insert(r.doc);
  return docs.size();
}

std::vector<MergedClaim> merge_claims(const std::vector<Claim>& claims) {
  using Key = std::tuple<std::string, std::string, int, bool, bool, double, std::string>;
  std::map<Key, std::size_t> index;
  std::vector<MergedClaim> out;
  for (const Claim& c : claims) {
    const Key key{c.actor,
                  c.issue,
                  static_cast<int>(c.stance),
                  c.favours,
                  c.value.has_value(),
                  c.value.value_or(0),
                  c.unit};
    auto [it, inserted] = index.emplace(key, out.size());
    if (inserted) {
      MergedClaim m;
      m.actor = c.actor;
      m.issue = c.issue;
      m.stance = c.stance;
      m.favours = c.favours;
      m.value = c.value;
      m.unit = c.unit;
      m.conditional = c.conditional;
      out.push_back(std::move(m));
    }
    MergedClaim& m = out[it->second];
    m.redline = m.redline || c.redline;
    m.conditional = m.conditional && c.conditional;
    m.reports.push_back({c.doc, c.line, c.source, c.sentence, c.date});
    if (!c.date.empty()) {
      if (m.first_date.empty() || c.date < m.first_date) m.first_date = c.date;
      if (m.latest_date.empty() || c.date > m.latest_date) m.latest_date = c.date;
    }
  }
  return out;
}

std::vector<Disagreement> disagreements(const std::vector<MergedClaim>& merged) {
  using Key = std::tuple<std::string, std::string, int, std::string>;
  std::map<Key, std::vector<std::size_t>> groups;
  std::vector<Key> order;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    const auto& m = merged[i];
    if (!m.value) continue;
    const Key key{m.actor, m.issue, static_cast<int>(m.stance), m.unit};
    auto& g = groups[key];
    if (g.empty()) order.push_back(key);
    g.push_back(i);
  }
  std::vector<Disagreement> out;
  for (const auto& key : order) {
    auto& g = groups[key];
    if (g.size() < 2) continue;
    std::sort(g.begin(), g.end(),
              [&](std::size_t a, std::size_t b) { return *merged[a].value < *merged[b].value; });
    out.push_back({std::get<0>(key), std::get<1>(key), static_cast<Stance>(std::get<2>(key)),
                   std::get<3>(key), g});
  }
  return out;
}

}  // namespace parley::evidence
