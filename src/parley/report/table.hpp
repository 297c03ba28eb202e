#pragma once
// An aligned text table for the terminal: a title, a header, rows, columns sized to their
// widest cell in display columns (UTF-8 aware), numbers right-aligned.

#include <cstddef>
#include <string>
#include <vector>

namespace parley::report {

// How a column's cells sit in it. `automatic`: right when every non-empty body cell looks like
// a number ("85,000", "-0.4", "12%", "0.40 ± 0.10"), left otherwise.
enum class Align { automatic, left, right };

// Unicode draws rules with '─' and cuts long cells with '…'; ascii uses '-' and "...".
enum class TableStyle { unicode, ascii };

// A column: its header, alignment, and the widest its cells may be (0: no limit; longer cells
// are cut and end in an ellipsis).
struct Column {
  std::string header;
  Align align = Align::automatic;
  std::size_t max_width = 0;
};

// A table as a value: build it, then render it.
//
//   Actors
//   id   name     capability
//   ───  ───────  ──────────
//   RUS  Russia         0.40
class Table {
 public:
  Table() = default;
  explicit Table(std::vector<Column> columns, std::string title = {});

  // Appends a row; missing cells are empty, extra cells are an error (std::invalid_argument).
  Table& add_row(std::vector<std::string> cells);
  // Sets the style the table renders in.
  Table& style(TableStyle style);

  const std::string& title() const { return title_; }
  const std::vector<Column>& columns() const { return columns_; }
  const std::vector<std::vector<std::string>>& rows() const { return rows_; }
  // The alignment column `index` renders with (`automatic` resolved).
  Align resolved_align(std::size_t index) const;

  // Whether any column has a header; a table without one renders no header row and no rule.
  bool has_header() const;

  // The table as lines of text, each ending in '\n'; no trailing spaces.
  std::string render() const;

 private:
  std::vector<std::size_t> widths() const;
  std::string cell(const std::string& text, std::size_t column, std::size_t width) const;
  std::string line(const std::vector<std::string>& cells,
                   const std::vector<std::size_t>& widths) const;

  std::string title_;
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
  TableStyle style_ = TableStyle::unicode;
};

// Whether `text` reads as a number: digits with optional sign, separators, decimals, a unit
// suffix such as '%', and an optional "± x" or "(a–b)" tail.
bool looks_numeric(const std::string& text);

}  // namespace parley::report
