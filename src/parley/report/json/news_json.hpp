#pragma once
// What the news says, for machines: claims in the gold format of the reference corpus (doc, line,
// actor, stance, issue, polarity, value, unit) with the sentence and the reporting source, and the
// whole reading (documents, merged claims, disagreements, contradictions with a scenario).

#include <nlohmann/json_fwd.hpp>

#include "parley/analysis/news.hpp"

namespace parley::report {

// {"doc", "line", "actor", "stance", "issue", "polarity": "+"|"-", "value"?, "unit"?,
//  "redline"?: true, "conditional"?: true, "source"?, "date"? (its document's publication date,
//  "YYYY-MM-DD"), "cameo", "plover", "cue", "sentence"}.
nlohmann::ordered_json claim_json(const evidence::Claim& claim);

// The same object written on one line (as `claim_json(claim).dump()`), appended to `out`
// without building a JSON value: what `parley extract --jsonl` streams. O(length).
void append_claim_line(const evidence::Claim& claim, std::string& out);

// {"documents": [{"name", "format", "hash", "bytes", "lines", "article_lines", "sentences",
//  "published": "YYYY-MM-DD"|null, "claims", "problems": [{"line", "column", "message"}]}],
//  "claims": [claim_json…], "merged": [{"actor", "stance", "issue", "polarity", "value"?, "unit"?,
//  "redline"?, "outlets", "first_date"?, "latest_date"? (when a report is dated), "reports":
//  [{"doc", "line", "source"?, "date"?, "sentence"}]}], "disagreements": [{"actor", "stance",
//  "issue", "unit", "values"}], "contradictions": [{"kind", "actor", "issue", "merged"}]} —
//  contradictions only with a scenario.
nlohmann::ordered_json to_json(const analysis::News& news, const scenario::Scenario* scenario);

// `parley evidence --json`: {"db", "documents", "summaries": [{"actor", "issue", "reports",
// "stances": {"demand": n, …}, "values": [{"value", "unit", "reports"}], "values_disagree",
// "latest": claim_json}], "claims": [claim_json…]}.
nlohmann::ordered_json to_json(const analysis::EvidenceReport& report);

}  // namespace parley::report
