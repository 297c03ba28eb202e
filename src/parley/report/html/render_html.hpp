#pragma once
// A view (report/view.hpp) as a section of the HTML report.

#include "parley/report/html/html_report.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// The blocks of `view` that appear in HTML: headings as <h3>, paragraphs as <p>, tables as
// <table> (html_table), lists as <ul> under their lead-in, figures drawn now. Text is escaped.
Section render_section(const View& view);

}  // namespace parley::report
