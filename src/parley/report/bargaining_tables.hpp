#pragma once
// The bargaining space as tables and sentences, shared by `parley bargain`, the summary of
// `parley run` and the report's bargaining section.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/bargain/zopa.hpp"
#include "parley/report/table.hpp"

namespace parley::report {

// Solutions: one row per solution (its label states the convention), a column per party's
// utility, then their sum.
Table solutions_table(const bargain::AdditiveSpace& space,
                      const std::vector<bargain::Solution>& solutions);

// The solution packages in words: a row per issue, a column per distinct package (solutions
// with the same package share a column, headed by their short names).
Table solution_packages_table(const bargain::AdditiveSpace& space,
                              const std::vector<bargain::Solution>& solutions);

// Concessions: per solution, what each party gives up from its ideal package (utility units).
Table concessions_table(const bargain::AdditiveSpace& space,
                        const std::vector<bargain::Solution>& solutions);

// "wage_raise: 3.5 percent": an issue's settlement in words.
std::string settlement_text(const bargain::AdditiveSpace& space, std::size_t issue,
                            std::uint32_t level);

// The ZOPA's size in one line: "1,234 packages (exact: …)" or "about 3.4e+17 packages
// (estimate …, 95% interval …–…); 57 on the Pareto frontier", or that it is empty.
std::string zopa_size_text(const bargain::Zopa& zopa);
// The same from the size alone (0 on the frontier: empty).
std::string zopa_size_text_of(const bargain::ZopaSize& size);

// Up to `limit` ZOPA packages: a row per issue, a column per package, then a row per party's
// utility.
Table zopa_sample_table(const bargain::AdditiveSpace& space, const bargain::Zopa& zopa,
                        std::size_t limit = 3);

// The same for any packages: `title` above, e.g. "Sample of the zone once the gaps close".
Table packages_table(const bargain::AdditiveSpace& space,
                     const std::vector<bargain::Package>& packages, std::size_t limit,
                     const std::string& title);

// Where red lines collide: a row per colliding issue with what each party accepts ("at most
// 125,000 soldiers"), where they could meet with the least crossing, and that crossing as a
// share of the issue's scale.
Table red_line_gaps_table(const bargain::AdditiveSpace& space, const bargain::OpeningPlan& plan);

// A relaxation in words: "UKR would have to accept a reservation of 0.42 instead of 0.50", or
// "dropping RUS's red line on territory by 1 level (to 20 percent) opens the zone".
std::string relaxation_text(const bargain::AdditiveSpace& space, const bargain::Relaxation& r);

// The issues where `package` gives party `party` less than its ideal package `ideal` does, as
// issue ids in issue order.
std::vector<std::string> departures(const bargain::AdditiveSpace& space,
                                    const bargain::Package& package, std::size_t party,
                                    const bargain::Package& ideal);

}  // namespace parley::report
