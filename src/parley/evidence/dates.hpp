#pragma once
// When a page was published: the date a claim's reports carry, so merged claims can say when they
// were first and last reported. From a page's metadata (HTML) or its dateline (docs/evidence.md,
// "Publication dates"). Never guessed from dates in the story's body ("on December 2 …").

#include <string>
#include <string_view>

#include "parley/evidence/document.hpp"

namespace parley::evidence {

// The first calendar date written in `text`, as ISO 8601 "YYYY-MM-DD": ISO dates (2025-05-14,
// 2025-05-14T09:30Z), day-month-year and month-day-year with English month names or their
// abbreviations ("14 May 2025", "May 14, 2025", "Sept. 3 2025"), the same with Russian and
// Ukrainian month names in the genitive ("14 мая 2025 г.", "14 травня 2025 року"), and dotted
// European dates ("14.05.2025"). Slashed dates are ambiguous (05/04/2025) and not read. Years
// 1900–2199; impossible days (31 April) are not dates. Empty when there is none.
std::string find_date(std::string_view text);

// The publication date of a document from its first lines: a line that starts with a marker
// ("Published", "Posted", "Updated", "Опубликовано", "Опубліковано", "Дата публікації", …)
// followed by a date, or a short line (at most 64 characters) that holds a date and hardly any
// other words (a dateline such as "14 May 2025, 10:32"). Only the first 12 non-blank lines are
// looked at, whatever their kind (sites print the date among their chrome); a "Published" date
// wins over an "Updated" one. Sets doc.published and doc.published_line; leaves a date already
// set (from HTML metadata) as it is.
void find_publication_date(Document& doc);

}  // namespace parley::evidence
