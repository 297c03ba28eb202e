#include "parley/report/news_view.hpp"

#include <fmt/format.h>

#include "parley/core/number_format.hpp"

namespace parley::report {

namespace {

std::string value_text(const std::optional<double>& value, const std::string& unit) {
  if (!value) return "";
  return format_number(*value, 6) + (unit.empty() ? "" : " " + unit);
}

std::string contradiction_text(analysis::NewsContradiction::Kind kind) {
  switch (kind) {
    case analysis::NewsContradiction::Kind::no_position:
      return "no position in the scenario";
    case analysis::NewsContradiction::Kind::direction:
      return "the scenario's ideal is on the other side";
    case analysis::NewsContradiction::Kind::value:
      return "the scenario's ideal is another value";
  }
  return "";
}

std::string ideal_text(const scenario::Scenario& s, const std::string& actor,
                       const std::string& issue_id) {
  const auto* p = s.find_position(actor, issue_id);
  const auto* issue = s.find_issue(issue_id);
  if (!p || !issue) return "—";
  if (issue->kind == scenario::IssueKind::options) {
    const auto i = static_cast<std::size_t>(p->ideal.value);
    return i < issue->options.size() ? issue->options[i].id : format_number(p->ideal.value);
  }
  return format_number(p->ideal.value, 6) + (issue->unit.empty() ? "" : " " + issue->unit);
}

}  // namespace

std::string direction_text(bool favours) {
  return favours ? "for" : "against";
}

Table claims_table(const analysis::News& news) {
  Table table({{"where"},
               {"actor"},
               {"act"},
               {"issue"},
               {"direction"},
               {"value", Align::right},
               {"source", Align::left, 24},
               {"cue", Align::left, 60}},
              fmt::format("Claims ({})", news.claims.size()));
  for (const auto& c : news.claims) {
    table.add_row({fmt::format("{}:{}", c.doc, c.line), c.actor, evidence::to_string(c.stance),
                   c.issue, direction_text(c.favours) + (c.redline ? " (red line)" : ""),
                   value_text(c.value, c.unit), c.source, c.cue});
  }
  return table;
}

// When a merged claim was reported: "2025-05-14", "2025-03-02 to 05-14" (the latest date without
// what it shares with the first), or "–" when no report is dated.
std::string reported_text(const std::string& first, const std::string& latest) {
  if (first.empty()) return "–";
  if (first == latest) return first;
  std::size_t shared = 0;
  if (first.compare(0, 5, latest, 0, 5) == 0) shared = 5;                 // the same year
  if (shared == 5 && first.compare(5, 3, latest, 5, 3) == 0) shared = 8;  // and month
  return first + " to " + latest.substr(shared);
}

Table documents_table(const analysis::News& news) {
  Table table({{"document"},
               {"format"},
               {"lines", Align::right},
               {"article lines", Align::right},
               {"sentences", Align::right},
               {"published"},
               {"claims", Align::right},
               {"repairs", Align::right}},
              fmt::format("Documents ({})", news.documents.size()));
  for (const auto& d : news.documents) {
    table.add_row({d.name, d.format == evidence::Format::html ? "HTML" : "text",
                   std::to_string(d.lines), std::to_string(d.article_lines),
                   std::to_string(d.sentences), d.published.empty() ? "–" : d.published,
                   std::to_string(d.claims.size()), std::to_string(d.problems.size())});
  }
  return table;
}

View news_view(const scenario::Scenario& s, const analysis::News& news) {
  View view{"news", "What the news says", {}};
  view.heading("What the news says", Media::text);  // the report heads the section with its title
  view.paragraph(fmt::format(
      "{} claims from {} documents: who demands, offers, accepts, rejects or threatens what, "
      "as the sentences report it. The same claim from several reports is counted once, with "
      "its outlets.",
      news.claims.size(), news.documents.size()));
  view.table(documents_table(news));
  Table merged({{"actor"},
                {"act"},
                {"issue"},
                {"direction"},
                {"value", Align::right},
                {"outlets", Align::right},
                {"reported"},
                {"first report", Align::left, 28}},
               fmt::format("Claims by actor and issue ({})", news.merged.size()));
  for (const auto& m : news.merged) {
    const auto& r = m.reports.front();
    merged.add_row({m.actor, evidence::to_string(m.stance), m.issue,
                    direction_text(m.favours) + (m.redline ? " (red line)" : ""),
                    value_text(m.value, m.unit), std::to_string(m.outlets()),
                    reported_text(m.first_date, m.latest_date),
                    fmt::format("{}:{} “{}”", r.doc, r.line, r.sentence)});
  }
  view.table(std::move(merged));
  if (!news.disagreements.empty()) {
    Table d({{"actor"}, {"act"}, {"issue"}, {"values stated"}}, "Sources disagree");
    for (const auto& x : news.disagreements) {
      std::string values;
      for (std::size_t k : x.claims) {
        const auto& m = news.merged[k];
        values += (values.empty() ? "" : " · ") + value_text(m.value, m.unit) +
                  fmt::format(" ({} outlet{})", m.outlets(), m.outlets() == 1 ? "" : "s");
      }
      d.add_row({x.actor, evidence::to_string(x.stance), x.issue, values});
    }
    view.table(std::move(d));
  }
  const auto parts = analysis::contradictions(s, news);
  if (parts.empty()) {
    view.paragraph("Every claim agrees with the scenario's positions.");
  } else {
    Table t({{"actor"},
             {"issue"},
             {"the news says", Align::left, 30},
             {"the scenario's ideal"},
             {"why it differs", Align::left, 28}},
            fmt::format("Where the scenario and the news part ways ({})", parts.size()));
    for (const auto& c : parts) {
      const auto& m = news.merged[c.merged];
      const auto& r = m.reports.front();
      t.add_row({m.actor, m.issue,
                 fmt::format("{} {} {} ({}:{})", evidence::to_string(m.stance),
                             direction_text(m.favours), value_text(m.value, m.unit), r.doc, r.line),
                 ideal_text(s, m.actor, m.issue), contradiction_text(c.kind)});
    }
    view.table(std::move(t));
  }
  return view;
}

Table evidence_summary_table(const analysis::EvidenceReport& r) {
  Table table({{"actor"},
               {"issue"},
               {"reports", Align::right},
               {"demand", Align::right},
               {"offer", Align::right},
               {"accept", Align::right},
               {"reject", Align::right},
               {"threaten", Align::right},
               {"values stated", Align::left, 44},
               {"latest", Align::left, 40}},
              fmt::format("Evidence by actor and issue ({} documents in {})", r.documents, r.db));
  for (const auto& s : r.summaries) {
    std::string values;
    for (const auto& v : s.values)
      values += (values.empty() ? "" : " · ") + format_number(v.value, 6) +
                (v.unit.empty() ? "" : " " + v.unit) + fmt::format(" ×{}", v.reports);
    if (s.values_disagree) values += " (disagree)";
    table.add_row(
        {s.actor, s.issue, std::to_string(s.reports),
         std::to_string(s.count(evidence::Stance::demand)),
         std::to_string(s.count(evidence::Stance::offer)),
         std::to_string(s.count(evidence::Stance::accept)),
         std::to_string(s.count(evidence::Stance::reject)),
         std::to_string(s.count(evidence::Stance::threaten)), values,
         fmt::format("{}:{} {} {}{}", s.latest.doc, s.latest.line,
                     evidence::to_string(s.latest.stance), direction_text(s.latest.favours),
                     s.latest.date.empty() ? "" : " (" + s.latest.date + ")")});
  }
  return table;
}

Table evidence_claims_table(const analysis::EvidenceReport& r) {
  Table table({{"where"},
               {"actor"},
               {"act"},
               {"issue"},
               {"direction"},
               {"value", Align::right},
               {"sentence", Align::left, 80}},
              fmt::format("Claims ({})", r.claims.size()));
  for (const auto& c : r.claims) {
    table.add_row({fmt::format("{}:{}", c.doc, c.line), c.actor, evidence::to_string(c.stance),
                   c.issue, direction_text(c.favours), value_text(c.value, c.unit), c.sentence});
  }
  return table;
}

}  // namespace parley::report
