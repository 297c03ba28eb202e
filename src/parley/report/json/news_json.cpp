#include "parley/report/json/news_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/core/detail/swar.hpp"

namespace parley::report {

using nlohmann::ordered_json;

ordered_json claim_json(const evidence::Claim& c) {
  ordered_json j = {{"doc", c.doc},     {"line", c.line},
                    {"actor", c.actor}, {"stance", evidence::to_string(c.stance)},
                    {"issue", c.issue}, {"polarity", c.favours ? "+" : "-"}};
  if (c.value) {
    j["value"] = *c.value;
    j["unit"] = c.unit;
  }
  if (c.redline) j["redline"] = true;
  if (c.conditional) j["conditional"] = true;
  if (!c.source.empty()) j["source"] = c.source;
  if (!c.date.empty()) j["date"] = c.date;
  j["cameo"] = evidence::cameo_root(c.stance);
  j["plover"] = evidence::plover_category(c.stance);
  j["cue"] = c.cue;
  j["sentence"] = c.sentence;
  return j;
}

namespace {

// A JSON string: quotes, backslashes and control characters escaped; UTF-8 passed through.
void append_string(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t i = 0; i < s.size(); ++i) {
    // A run of characters written as they are, appended at once.
    std::size_t plain = i;
    for (; plain + 8 <= s.size(); plain += 8) {  // eight plain bytes at once
      const std::uint64_t x = parley::detail::swar::load(s.data() + plain);
      if (parley::detail::swar::has_less(x, 0x20) || parley::detail::swar::has_byte(x, '"') ||
          parley::detail::swar::has_byte(x, '\\'))
        break;
    }
    while (plain < s.size() && static_cast<unsigned char>(s[plain]) >= 0x20 && s[plain] != '"' &&
           s[plain] != '\\') {
      ++plain;
    }
    out.append(s.data() + i, plain - i);
    i = plain;
    if (i == s.size()) break;
    const char ch = s[i];
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

void append_field(const char* key, std::string_view value, std::string& out) {
  out += ",\"";
  out += key;
  out += "\":";
  append_string(value, out);
}

}  // namespace

void append_claim_line(const evidence::Claim& c, std::string& out) {
  out += "{\"doc\":";
  append_string(c.doc, out);
  out += ",\"line\":";
  out += std::to_string(c.line);
  append_field("actor", c.actor, out);
  append_field("stance", evidence::to_string(c.stance), out);
  append_field("issue", c.issue, out);
  append_field("polarity", c.favours ? "+" : "-", out);
  if (c.value) {
    out += ",\"value\":";
    out += nlohmann::json(*c.value).dump();
    append_field("unit", c.unit, out);
  }
  if (c.redline) out += ",\"redline\":true";
  if (c.conditional) out += ",\"conditional\":true";
  if (!c.source.empty()) append_field("source", c.source, out);
  if (!c.date.empty()) append_field("date", c.date, out);
  append_field("cameo", evidence::cameo_root(c.stance), out);
  append_field("plover", evidence::plover_category(c.stance), out);
  append_field("cue", c.cue, out);
  append_field("sentence", c.sentence, out);
  out += "}\n";
}

ordered_json to_json(const analysis::News& news, const scenario::Scenario* scenario) {
  ordered_json documents = ordered_json::array();
  for (const auto& d : news.documents) {
    ordered_json problems = ordered_json::array();
    for (const auto& p : d.problems)
      problems.push_back({{"line", p.line}, {"column", p.column}, {"message", p.message}});
    documents.push_back(
        {{"name", d.name},
         {"format", d.format == evidence::Format::html ? "html" : "text"},
         {"hash", d.hash},
         {"bytes", d.bytes},
         {"lines", d.lines},
         {"article_lines", d.article_lines},
         {"sentences", d.sentences},
         {"published", d.published.empty() ? ordered_json() : ordered_json(d.published)},
         {"claims", d.claims.size()},
         {"problems", problems}});
  }
  ordered_json claims = ordered_json::array();
  for (const auto& c : news.claims) claims.push_back(claim_json(c));
  ordered_json merged = ordered_json::array();
  for (const auto& m : news.merged) {
    ordered_json reports = ordered_json::array();
    for (const auto& r : m.reports) {
      ordered_json x = {{"doc", r.doc}, {"line", r.line}};
      if (!r.source.empty()) x["source"] = r.source;
      if (!r.date.empty()) x["date"] = r.date;
      x["sentence"] = r.sentence;
      reports.push_back(std::move(x));
    }
    ordered_json j = {{"actor", m.actor},
                      {"stance", evidence::to_string(m.stance)},
                      {"issue", m.issue},
                      {"polarity", m.favours ? "+" : "-"}};
    if (m.value) {
      j["value"] = *m.value;
      j["unit"] = m.unit;
    }
    if (m.redline) j["redline"] = true;
    j["outlets"] = m.outlets();
    if (!m.first_date.empty()) {
      j["first_date"] = m.first_date;
      j["latest_date"] = m.latest_date;
    }
    j["reports"] = std::move(reports);
    merged.push_back(std::move(j));
  }
  ordered_json disagreements = ordered_json::array();
  for (const auto& d : news.disagreements) {
    ordered_json values = ordered_json::array();
    for (std::size_t k : d.claims) values.push_back(*news.merged[k].value);
    disagreements.push_back({{"actor", d.actor},
                             {"stance", evidence::to_string(d.stance)},
                             {"issue", d.issue},
                             {"unit", d.unit},
                             {"values", values}});
  }
  ordered_json out = {{"documents", documents},
                      {"claims", claims},
                      {"merged", merged},
                      {"disagreements", disagreements}};
  if (scenario) {
    ordered_json parts = ordered_json::array();
    static const char* const kKinds[] = {"no_position", "direction", "value"};
    for (const auto& c : analysis::contradictions(*scenario, news)) {
      const auto& m = news.merged[c.merged];
      parts.push_back({{"kind", kKinds[static_cast<int>(c.kind)]},
                       {"actor", m.actor},
                       {"issue", m.issue},
                       {"merged", c.merged}});
    }
    out["contradictions"] = parts;
  }
  return out;
}

ordered_json to_json(const analysis::EvidenceReport& r) {
  ordered_json summaries = ordered_json::array();
  for (const auto& s : r.summaries) {
    ordered_json stances = ordered_json::object();
    for (std::size_t k = 0; k < io::kStanceCount; ++k)
      stances[evidence::to_string(static_cast<evidence::Stance>(k))] = s.stances[k];
    ordered_json values = ordered_json::array();
    for (const auto& v : s.values)
      values.push_back({{"value", v.value}, {"unit", v.unit}, {"reports", v.reports}});
    summaries.push_back({{"actor", s.actor},
                         {"issue", s.issue},
                         {"reports", s.reports},
                         {"stances", stances},
                         {"values", values},
                         {"values_disagree", s.values_disagree},
                         {"latest", claim_json(s.latest)}});
  }
  ordered_json claims = ordered_json::array();
  for (const auto& c : r.claims) claims.push_back(claim_json(c));
  return {{"db", r.db}, {"documents", r.documents}, {"summaries", summaries}, {"claims", claims}};
}

}  // namespace parley::report
