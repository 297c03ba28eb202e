// Label placement: worked cases (where a lone label goes, which side at an edge) and the
// guarantees on crowded marks (no overlaps, inside the plot, leader lines when pushed away).

#include "parley/report/label_placement.hpp"

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

}  // namespace
}  // namespace parley::report
