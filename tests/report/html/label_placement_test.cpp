// Label placement: worked cases (where a lone label goes, which side at an edge, around
// obstacles, leaders that avoid other marks) and the guarantees on crowded marks (no overlaps,
// inside the plot, leader lines when pushed away); the text width estimate the charts use.

#include "parley/report/html/label_placement.hpp"

#include <gtest/gtest.h>

namespace parley::report {
namespace {

const Box kArea{0, 0, 300, 200};

TEST(LabelPlacement, LoneLabelGoesRightOfItsMark) {
  const auto placed = place_labels({{100, 100, 40, 14}}, kArea, 5, 3);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_TRUE(placed[0].clear);
  EXPECT_FALSE(placed[0].leader);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 108);  // 100 + radius 5 + gap 3
  EXPECT_DOUBLE_EQ(placed[0].box.top, 93);    // centred: 100 − 14/2
  EXPECT_DOUBLE_EQ(placed[0].box.right, 148);
}

TEST(LabelPlacement, FirstChoiceAboveRight) {
  LabelRequest r{100, 100, 40, 14};
  r.first_choice = 2;  // above-right
  const auto placed = place_labels({r}, kArea, 5, 3);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 108);
  EXPECT_DOUBLE_EQ(placed[0].box.bottom, 92);  // 100 − 5 − 3
}

TEST(LabelPlacement, AtTheRightEdgeItGoesLeft) {
  const auto placed = place_labels({{290, 100, 40, 14}}, kArea, 5, 3);
  EXPECT_DOUBLE_EQ(placed[0].box.right, 282);  // 290 − 5 − 3
  EXPECT_DOUBLE_EQ(placed[0].box.left, 242);
}

TEST(LabelPlacement, ClosePairPartsToBothSides) {
  // Marks 4 px apart: right of the first would cover the second mark (99..109), so the first
  // label goes left (52..92) and the second takes its right (112..152).
  const auto placed = place_labels({{100, 100, 40, 14}, {104, 100, 40, 14}}, kArea, 5, 3);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 52);
  EXPECT_DOUBLE_EQ(placed[0].box.right, 92);
  EXPECT_DOUBLE_EQ(placed[1].box.left, 112);
  EXPECT_TRUE(placed[0].clear && placed[1].clear);
  EXPECT_FALSE(placed[0].leader || placed[1].leader);
}

TEST(LabelPlacement, CrowdedMarksGetDisjointBoxesInsideTheArea) {
  std::vector<LabelRequest> requests;
  for (int k = 0; k < 12; ++k) requests.push_back({150.0 + k % 3, 100.0 + k % 2, 60, 14});
  const auto placed = place_labels(requests, kArea, 5, 3);
  ASSERT_EQ(placed.size(), requests.size());
  bool some_leader = false;
  for (std::size_t a = 0; a < placed.size(); ++a) {
    ASSERT_TRUE(placed[a].clear) << a;
    EXPECT_TRUE(placed[a].box.inside(kArea)) << a;
    some_leader = some_leader || placed[a].leader;
    for (std::size_t b = 0; b < a; ++b)
      EXPECT_FALSE(placed[a].box.overlaps(placed[b].box)) << a << " vs " << b;
    for (const auto& r : requests)
      EXPECT_FALSE(placed[a].box.overlaps({r.x - 5, r.y - 5, r.x + 5, r.y + 5})) << a;
  }
  EXPECT_TRUE(some_leader);  // eight positions around a point cannot hold twelve labels
}

TEST(LabelPlacement, NoRoomAtAllIsReportedNotHidden) {
  const Box tiny{0, 0, 20, 20};
  const auto placed = place_labels({{10, 10, 60, 14}}, tiny, 5, 3);
  EXPECT_FALSE(placed[0].clear);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 18);  // the first choice, right of the mark
}

TEST(LabelPlacement, ObstaclesPushALabelToAFreeSide) {
  // A dot right of the mark (where the label would go) and one above-right: the label takes the
  // next free side, left: 100 − 5 − 3 − 40 = 52.
  const std::vector<Box> dots{{120, 98, 124, 102}, {110, 80, 114, 84}};
  const auto placed = place_labels({{100, 100, 40, 14}}, kArea, 5, 3, dots);
  EXPECT_TRUE(placed[0].clear);
  EXPECT_FALSE(placed[0].leader);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 52);
  EXPECT_DOUBLE_EQ(placed[0].box.top, 93);
}

TEST(LabelPlacement, AnObstacleEverywhereNextToTheMarkIsCoveredRatherThanLeft) {
  // A wide band of dots through the mark: every position next to it covers one of them (cost 1),
  // one ring out with a leader costs 8. So the label stays next to the mark, on the right.
  std::vector<Box> band;
  for (int x = 40; x < 170; x += 6)
    for (int y = 70; y < 130; y += 6) band.push_back({x - 1.0, y - 1.0, x + 1.0, y + 1.0});
  const auto placed = place_labels({{100, 100, 40, 14}}, kArea, 5, 3, band);
  EXPECT_TRUE(placed[0].clear);
  EXPECT_FALSE(placed[0].leader);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 108);
}

TEST(LabelPlacement, MarksAndLabelsStayHardLimitsWithObstacles) {
  std::vector<LabelRequest> requests;
  for (int k = 0; k < 12; ++k) requests.push_back({150.0 + k % 3, 100.0 + k % 2, 60, 14});
  std::vector<Box> dots;
  for (int x = 0; x < 300; x += 10) dots.push_back({x - 1.0, 99.0, x + 1.0, 101.0});
  const auto placed = place_labels(requests, kArea, 5, 3, dots);
  for (std::size_t a = 0; a < placed.size(); ++a) {
    ASSERT_TRUE(placed[a].clear) << a;
    EXPECT_TRUE(placed[a].box.inside(kArea)) << a;
    for (std::size_t b = 0; b < a; ++b) EXPECT_FALSE(placed[a].box.overlaps(placed[b].box));
    for (const auto& r : requests)
      EXPECT_FALSE(placed[a].box.overlaps({r.x - 5, r.y - 5, r.x + 5, r.y + 5})) << a;
  }
}

TEST(LabelPlacement, ALeaderGoesRoundAnotherMark) {
  // Mark A at (100, 100), its label 20 × 10; the area starts at x = 96 and y = 90, so nothing
  // fits left of A, above it or centred on it. Next to A, right is blocked by mark B at
  // (116, 100) (box 111..121) and below-right by mark C at (130, 113) (box 125..135 × 108..118).
  // One ring out (distance 5 + 3 + 13 = 21), right (121..141 × 95..105) is free but its leader
  // runs through B; below-right (121..141 × 121..131) is free and its leader clear: it wins,
  // though right comes first in the preference order.
  const std::vector<LabelRequest> requests{{100, 100, 20, 10}, {116, 100, 0, 0}, {130, 113, 0, 0}};
  const auto placed = place_labels(requests, {96, 90, 300, 200}, 5, 3);
  ASSERT_TRUE(placed[0].clear);
  EXPECT_TRUE(placed[0].leader);
  EXPECT_DOUBLE_EQ(placed[0].box.left, 121);
  EXPECT_DOUBLE_EQ(placed[0].box.top, 121);
}

TEST(TextWidth, EstimatesPerCharacterClass) {
  EXPECT_DOUBLE_EQ(text_box_width("Ab", 10), 13.6);       // 0.74 + 0.62 em
  EXPECT_DOUBLE_EQ(text_box_width("il 1", 10), 17.6);     // 0.4 + 0.4 + 0.32 + 0.64
  EXPECT_NEAR(text_box_width("N = M", 10), 31.7, 1e-12);  // 0.74 + 0.32 + 0.84 + 0.32 + 0.95
  EXPECT_DOUBLE_EQ(text_box_width("–…", 10), 18.4);       // 0.84 per column; "…" 1 em
  EXPECT_DOUBLE_EQ(text_box_width("\u6c34", 10), 16.8);   // wide: two columns
}

TEST(TextWidth, FitTextCutsWithAnEllipsis) {
  EXPECT_EQ(fit_text("Hello", 100, 10), "Hello");
  // "Hel…" = 7.4 + 6.2 + 4 + 10 = 27.6 fits 30; "Hell…" = 31.6 does not.
  EXPECT_EQ(fit_text("Hello world", 30, 10), "Hel…");
  EXPECT_EQ(fit_text("Hello world", 5, 10), "");
  EXPECT_EQ(fit_text("ab cd", 6.2 + 6.2 + 3.2 + 10, 10), "ab…");  // no space before the ellipsis
}

TEST(TextWidth, TextBoxFollowsTheAnchor) {
  const Box start = text_box("Ab", 50, 100, 10, -1);
  EXPECT_DOUBLE_EQ(start.left, 50);
  EXPECT_DOUBLE_EQ(start.right, 63.6);
  EXPECT_DOUBLE_EQ(start.top, 92);        // ascent 0.8 em
  EXPECT_DOUBLE_EQ(start.bottom, 102.5);  // descent 0.25 em
  EXPECT_DOUBLE_EQ(text_box("Ab", 50, 100, 10, 0).left, 43.2);
  EXPECT_DOUBLE_EQ(text_box("Ab", 50, 100, 10, 1).left, 36.4);
}

}  // namespace
}  // namespace parley::report
