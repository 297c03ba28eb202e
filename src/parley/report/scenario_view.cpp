#include "parley/report/scenario_view.hpp"

#include <fmt/format.h>

#include "parley/report/format.hpp"
#include "parley/report/html/html_table.hpp"
#include "parley/report/html/svg_chart.hpp"
#include "parley/report/html/xml.hpp"
#include "parley/report/scenario_tables.hpp"

namespace parley::report {

namespace {

using scenario::Issue;
using scenario::Position;
using scenario::Scenario;

std::string paragraph(const std::string& cls, const std::string& text) {
  return "<p class=\"" + cls + "\">" + xml_escape(text) + "</p>";
}

std::string actor_legend(const Scenario& s) {
  std::string out = "<ul class=\"legend\">";
  for (std::size_t i = 0; i < s.actors.size(); ++i) {
    out += fmt::format("<li><span class=\"swatch\" style=\"background:{}\"></span>{} ({})</li>",
                       actor_colour(i), xml_escape(s.actors[i].name), xml_escape(s.actors[i].id));
  }
  return out + "</ul>";
}

std::string estimate_text(const Issue& issue, const scenario::Estimate& e) {
  std::string out = format_point_with_unit(issue, e.value);
  if (e.range && (e.range->low != e.value || e.range->high != e.value)) {
    out +=
        " (" + format_point(issue, e.range->low) + "–" + format_point(issue, e.range->high) + ")";
  }
  return out + (e.assumption ? "*" : "");
}

Table positions_of(const Scenario& s, const Issue& issue) {
  Table table({{"actor"}, {"ideal"}, {"salience"}, {"red line"}, {"shape"}, {"note"}});
  for (const auto& actor : s.actors) {
    const Position* p = s.find_position(actor.id, issue.id);
    if (!p) continue;
    table.add_row({actor.name + (p->assumption ? " *" : ""), estimate_text(issue, p->ideal),
                   format_estimate(p->salience) + (p->salience.assumption ? "*" : ""),
                   p->red_line ? estimate_text(issue, *p->red_line) : "—",
                   scenario::to_string(p->shape), p->note});
  }
  return table;
}

std::string evidence_item(const Scenario& s, const std::string& actor,
                          const scenario::Evidence& e) {
  std::string source = e.doc;
  for (const auto& src : s.meta.sources) {
    if (src.id != e.doc) continue;
    source = src.title.empty() ? src.file : src.title;
    if (!src.file.empty() && !src.title.empty()) source += " (" + src.file + ")";
  }
  const std::string attribution = evidence_attribution(e);
  return fmt::format("<li{}>{}: <cite>{}</cite>, line {}{}{}</li>", e.weak ? " class=\"weak\"" : "",
                     xml_escape(actor), xml_escape(source), e.line,
                     attribution.empty()
                         ? std::string()
                         : " <span class=\"attribution\">(" + xml_escape(attribution) + ")</span>",
                     e.note.empty() ? std::string() : " — " + xml_escape(e.note));
}

std::string evidence_list(const Scenario& s, const Issue& issue) {
  std::string items;
  for (const auto& actor : s.actors) {
    const Position* p = s.find_position(actor.id, issue.id);
    if (!p) continue;
    for (const auto& e : p->evidence) items += evidence_item(s, actor.id, e);
  }
  if (items.empty()) return paragraph("note", "No evidence cited for this issue.");
  return "<ul class=\"evidence\">" + items + "</ul>";
}

std::string issue_article(const Scenario& s, const Issue& issue) {
  std::string out = "<article class=\"issue\" id=\"issue-" + xml_escape(issue.id) + "\">";
  out += "<h3>" + xml_escape(issue.title) + "<code>" + xml_escape(issue.id) + "</code></h3>";
  if (!issue.proposition.empty()) {
    out += paragraph("proposition",
                     "High end: " + issue.proposition + " · scale " + format_scale(issue));
  }
  out += issue_chart(s, issue);
  out += html_table(positions_of(s, issue));
  out += evidence_list(s, issue);
  if (!issue.note.empty()) out += paragraph("note", issue.note);
  return out + "</article>";
}

}  // namespace

View scenario_view(const Scenario& s) {
  View view{"scenario", "Scenario", {}};
  if (!s.meta.description.empty()) view.paragraph(s.meta.description);
  view.table(actors_table(s));
  view.table(issues_table(s));
  view.table(positions_table(s), Media::text);
  view.lines(positions_legend() + "\n" +
                 "* on a capability or reservation: the analyst's judgment, not a reported "
                 "fact",
             Media::text);
  view.heading("Positions by issue", Media::html);
  view.paragraph(
      "Dot: ideal point, larger when the issue matters more (salience, shown on the right). Thin "
      "bar: plausible range of the ideal. Red bar: red line; the hatched part of the scale beyond "
      "it is unacceptable to that actor. * marks the analyst's assumptions.",
      Media::html, "key");
  view.figure([&s] { return actor_legend(s); });
  for (const Issue& issue : s.issues) view.figure([&s, &issue] { return issue_article(s, issue); });
  return view;
}

}  // namespace parley::report
