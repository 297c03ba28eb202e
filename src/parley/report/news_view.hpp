#pragma once
// What the news says, as tables and a view: the claims `parley extract` prints, and the section
// "What the news says" of `parley run --news` (claims per actor and issue with their sentences,
// and where the scenario's positions part ways with them).

#include <string>

#include "parley/analysis/news.hpp"
#include "parley/report/table.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// "+" or "−"-free words for a claim's direction: "for" / "against" the proposition.
std::string direction_text(bool favours);

// One row per claim: where (doc:line), actor, act, issue, direction, value, reporting source and
// the cue words.
Table claims_table(const analysis::News& news);

// One row per document: name, format, lines, article lines, sentences, claims, repairs.
Table documents_table(const analysis::News& news);

// Section "news": the documents, the merged claims per actor and issue (with outlets and
// sentences), disagreements between sources, and the contradictions with `scenario`.
View news_view(const scenario::Scenario& scenario, const analysis::News& news);

// `parley evidence`: per actor × issue, the reports by act, the latest report, the values stated
// (with "disagree" when sources differ), then the claims behind them with their sentences.
Table evidence_summary_table(const analysis::EvidenceReport& report);
Table evidence_claims_table(const analysis::EvidenceReport& report);

}  // namespace parley::report
