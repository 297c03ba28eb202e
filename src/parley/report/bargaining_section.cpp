#include "parley/report/bargaining_section.hpp"

#include <fmt/format.h>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"
#include "parley/report/frontier_chart.hpp"
#include "parley/report/html_table.hpp"
#include "parley/report/parallel_chart.hpp"
#include "parley/report/xml.hpp"

namespace parley::report {

namespace {

std::string paragraph(const std::string& text) {
  return "<p>" + xml_escape(text) + "</p>";
}

std::string size_paragraph(const bargain::AdditiveSpace& space, const bargain::Frontier& f) {
  std::string parties;
  for (const auto& p : space.parties) parties += (parties.empty() ? "" : ", ") + p;
  return paragraph(fmt::format(
      "{} parties ({}) bargain over {} issues: {} packages, {} acceptable to every party. "
      "The Pareto frontier has {} points ({} packages).",
      space.party_count(), parties, space.issue_count(), format_count(f.space_packages),
      format_count(f.acceptable_packages), format_number(static_cast<double>(f.size()), 0),
      format_count(f.frontier_packages)));
}

std::string zopa_html(const bargain::AdditiveSpace& space, const bargain::Zopa& zopa) {
  std::string out = "<h3>Zone of possible agreement</h3>" +
                    paragraph(
                        "Packages acceptable to every party and better for each than its "
                        "reservation: " +
                        zopa_size_text(zopa) + ".");
  if (!zopa.empty()) return out + html_table(zopa_sample_table(space, zopa));
  if (zopa.relaxations.empty()) return out + paragraph("No single relaxation opens it.");
  out += paragraph("What would open it, smallest first:") + "<ul class=\"relaxations\">";
  for (const auto& r : zopa.relaxations)
    out += "<li>" + xml_escape(relaxation_text(space, r)) + "</li>";
  return out + "</ul>";
}

}  // namespace

Section bargaining_section(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                           const std::vector<bargain::Solution>& solutions,
                           const bargain::Zopa& zopa) {
  std::string html = size_paragraph(space, frontier);
  html += frontier_chart(space, frontier, solutions);
  html += solutions_parallel_chart(space, frontier, solutions);
  if (solutions.empty()) {
    html +=
        paragraph("No solution: no frontier point is better than walking away for every party.");
  } else {
    html += html_table(solutions_table(space, solutions));
    html += html_table(concessions_table(space, solutions));
    html += html_table(solution_packages_table(space, solutions));
  }
  html += zopa_html(space, zopa);
  return Section{"bargaining", "Where they could meet", html};
}

}  // namespace parley::report
