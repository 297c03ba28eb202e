#include "parley/report/html/html_report.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "parley/analysis/analysis.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/report/html/analysis_report.hpp"
#include "parley/report/html/render_html.hpp"
#include "parley/report/scenario_view.hpp"
#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system's temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("parley-report-test-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string page(const scenario::Scenario& s) {
  return render_html(render_report(analysis::analyse(s)));
}

TEST(HtmlReport, IsWellFormedXhtmlWithAMarkerAndContents) {
  const std::string html = page(test::sample_scenario());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<!-- parley report -->\n", 0), 0u);
  pugi::xml_document doc;
  const auto result = doc.load_string(html.c_str());
  ASSERT_TRUE(result) << result.description() << " at " << result.offset;
  const auto root = doc.child("html");
  ASSERT_TRUE(root);
  EXPECT_STREQ(root.attribute("xmlns").value(), "http://www.w3.org/1999/xhtml");
  EXPECT_STREQ(root.child("head").child_value("title"), "Wage talks at a bus company");
  EXPECT_TRUE(doc.select_node("//nav//a[@href='#scenario']"));
  EXPECT_TRUE(doc.select_node("//section[@id='scenario']"));
  EXPECT_TRUE(doc.select_node("//section[@id='red-lines']"));
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(HtmlReport, HasOneChartPerIssueInsideItsArticle) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(page(test::sample_scenario()).c_str()));
  EXPECT_EQ(doc.select_nodes("//article/svg").size(), 2u);  // the frontier plot is elsewhere
  EXPECT_TRUE(doc.select_node("//article[@id='issue-wage_raise']/svg"));
  EXPECT_TRUE(doc.select_node("//article[@id='issue-shifts']/svg"));
}

TEST(HtmlReport, ListsEvidenceUnderTheChart) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(page(test::sample_scenario()).c_str()));
  const auto item = doc.select_node("//article[@id='issue-wage_raise']//ul[@class='evidence']/li");
  ASSERT_TRUE(item);
  std::string text;
  for (const auto& n : item.node().select_nodes(".//text()")) text += n.node().value();
  EXPECT_EQ(text,
            "UNION: Union bargaining memo (union-memo.txt), line 4 (direct: the union's "
            "bargaining committee, 2025-03 · 6 percent) — the memo asks for six percent");
  EXPECT_STREQ(item.node().attribute("class").value(), "");
}

TEST(HtmlReport, ShowsTheRedLineCollision) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(page(test::sample_scenario()).c_str()));
  const auto cells = doc.select_nodes("//section[@id='red-lines']//tbody/tr/td");
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_STREQ(cells[1].node().child_value(), "BOARD ≤ 2");
  EXPECT_STREQ(cells[3].node().child_value(), "0.5 percent");
}

TEST(HtmlReport, EscapesEveryTextItShows) {
  auto s = test::sample_scenario();
  const std::string nasty = "A <b>&\"quoted\"</b> 'name'";
  s.meta.title = nasty;
  s.actors[0].name = nasty;
  s.issues[0].title = "<script>alert(1)</script>";
  s.issues[1].options[0].label = "<&\">";
  s.positions[0].evidence[0].note = "x < y & z";
  const std::string html = page(s);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  pugi::xml_document doc;
  const auto result = doc.load_string(html.c_str());
  ASSERT_TRUE(result) << result.description();
  EXPECT_STREQ(doc.child("html").child("head").child_value("title"), nasty.c_str());
  EXPECT_TRUE(doc.select_node("//h3[starts-with(., '<script>alert(1)</script>')]"));
  // The chart's lane label: the name, cut to 22 columns.
  EXPECT_TRUE(doc.select_node("//svg//text[starts-with(., 'A <b>&\"quoted')]"));
}

TEST(HtmlReport, SectionsComeInOrderAndLaterCapabilitiesCanAddTheirOwn) {
  const scenario::Scenario sample = test::sample_scenario();
  HtmlReport report{"T", "meta", {render_section(scenario_view(sample))}};
  report.sections.push_back({"later", "A later capability", "<p>more</p>"});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(render_html(report).c_str()));
  const auto sections = doc.select_nodes("//main/section");
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_STREQ(sections[1].node().attribute("id").value(), "later");
  EXPECT_STREQ(sections[1].node().child_value("h2"), "A later capability");
  EXPECT_STREQ(doc.select_node("//p[@class='meta']").node().child_value(), "meta");
}

TEST(WriteReport, CreatesFoldersAndOverwritesItsOwnReports) {
  TempDir dir;
  const fs::path path = dir.path() / "a" / "b" / "report.html";
  write_report(path, render_html({"First", "", {}}));
  EXPECT_TRUE(is_parley_report(path));
  write_report(path, render_html({"Second", "", {}}));
  EXPECT_NE(read(path).find("<title>Second</title>"), std::string::npos);
}

TEST(WriteReport, RefusesToOverwriteAForeignFileUnlessForced) {
  TempDir dir;
  const fs::path path = dir.path() / "notes.html";
  write(path, "<html>my own notes</html>");
  EXPECT_FALSE(is_parley_report(path));
  try {
    write_report(path, render_html({"R", "", {}}));
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].file, path.string());
    EXPECT_NE(e.diagnostics()[0].message.find("--force"), std::string::npos);
  }
  EXPECT_EQ(read(path), "<html>my own notes</html>");
  write_report(path, render_html({"R", "", {}}), /*force=*/true);
  EXPECT_TRUE(is_parley_report(path));
}

TEST(WriteReport, RefusesADirectory) {
  TempDir dir;
  EXPECT_THROW(write_report(dir.path(), "x", true), InputError);
}

}  // namespace
}  // namespace parley::report
