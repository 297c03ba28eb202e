#pragma once
// A Table rendered as an XHTML <table>, so the terminal and the report show the same values.

#include <string>

#include "parley/report/table.hpp"

namespace parley::report {

// `table` as <table> with a <caption> (its title, when it has one), a header row and a row per
// table row; numeric columns carry class="num". Cells are never cut; all text is escaped.
std::string html_table(const Table& table);

}  // namespace parley::report
