// The claim extractor (evidence/extract.hpp) on sentences written for these tests about a wage
// negotiation at a bus company, with claims worked out by hand. The scenario's terms are the
// only lexicon of issues: nothing here is about the peace talks.

#include "parley/evidence/extract.hpp"

#include <gtest/gtest.h>

namespace parley::evidence {
namespace {

scenario::Scenario bus_company() {
  using scenario::Alias;
  scenario::Scenario s;
  scenario::Actor union_;
  union_.id = "UNION";
  union_.name = "Drivers' union";
  union_.aliases = {{"the union", ""}, {"union leaders", ""}, {"Maria Lopez", ""}};
  scenario::Actor board;
  board.id = "BOARD";
  board.name = "Board";
  board.aliases = {{"the board", ""}, {"management", ""}, {"the company", ""}};
  s.actors = {union_, board};
  scenario::Issue wage;
  wage.id = "wage_raise";
  wage.kind = scenario::IssueKind::numeric;
  wage.unit = "percent";
  wage.terms.topic = {{"pay rise", ""}, {"wage*", ""}, {"pay", ""}};
  wage.terms.pro = {{"increase*", ""}, {"raise", ""}};
  wage.terms.contra = {{"freeze", ""}, {"cut*", ""}};
  scenario::Issue shifts;
  shifts.id = "shift_length";
  shifts.terms.topic = {{"shift*", ""}};
  shifts.terms.pro = {{"longer", ""}};
  shifts.terms.contra = {{"shorter", ""}};
  scenario::Issue outsourcing;
  outsourcing.id = "outsourcing";
  outsourcing.terms.topic = {{"outsourc*", ""}};
  s.issues = {wage, shifts, outsourcing};
  return s;
}

const ExtractionModel& model() {
  static const ExtractionModel m(bus_company());
  return m;
}

struct Expected {
  const char* actor;
  const char* issue;
  Stance stance;
  bool favours;
};

void expect_claims(const char* sentence, const std::vector<Expected>& expected) {
  const auto claims = model().extract("news.txt", 7, sentence);
  ASSERT_EQ(claims.size(), expected.size()) << sentence;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(sentence);
    EXPECT_EQ(claims[i].doc, "news.txt");
    EXPECT_EQ(claims[i].line, 7);
    EXPECT_EQ(claims[i].actor, expected[i].actor);
    EXPECT_EQ(claims[i].issue, expected[i].issue);
    EXPECT_EQ(claims[i].stance, expected[i].stance);
    EXPECT_EQ(claims[i].favours, expected[i].favours);
    EXPECT_EQ(claims[i].sentence, sentence);
  }
}

TEST(Extract, ADemandWithItsFigure) {
  expect_claims("The union demanded a 6% pay rise, union leaders said.",
                {{"UNION", "wage_raise", Stance::demand, true}});
  const auto c = model().extract("news.txt", 7, "The union demanded a 6% pay rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, 6.0);
  EXPECT_EQ(c[0].unit, "percent");
}

// Rejecting an increase is being against the proposition; the figure stays.
TEST(Extract, ARejectionTurnsTheDirection) {
  const auto c =
      model().extract("news.txt", 7, "Management rejected any wage increase above 2 percent.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].actor, "BOARD");
  EXPECT_EQ(c[0].stance, Stance::reject);
  EXPECT_FALSE(c[0].favours);
  EXPECT_EQ(c[0].value, 2.0);
}

// "a pledge not to outsource": an offer against the proposition.
TEST(Extract, NegationInsideAnOffer) {
  expect_claims("The board offered a pledge not to outsource bus maintenance.",
                {{"BOARD", "outsourcing", Stance::offer, false}});
}

// A modal belongs to the speaker, not to the sentence's subject ("drivers").
TEST(Extract, ModalsBelongToTheSpeaker) {
  expect_claims("According to Maria Lopez, drivers must not work longer shifts.",
                {{"UNION", "shift_length", Stance::demand, false}});
  // Without a speaker nobody holds it: no claim, never a default.
  expect_claims("Drivers must not work longer shifts.", {});
}

// The issue's contra word ("freeze") turns the direction; the reporting source is kept.
TEST(Extract, ContraWordsAndReportingSources) {
  const auto c = model().extract("news.txt", 7,
                                 "The company could consider a wage freeze, two analysts said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].actor, "BOARD");
  EXPECT_EQ(c[0].stance, Stance::offer);
  EXPECT_FALSE(c[0].favours);
  EXPECT_EQ(c[0].source, "two analysts");
}

TEST(Extract, NoActNoClaim) {
  expect_claims("Drivers are tired of the talks with the union.", {});
  expect_claims("The union met the board on Monday to discuss wages.", {});
}

// "demand that … accept": the embedded verb belongs to the demand, and one sentence can carry
// several issues.
TEST(Extract, EmbeddedActsAndSeveralIssues) {
  expect_claims(
      "The union will demand that the board accept a pay rise and drop plans to outsource routes.",
      {{"UNION", "wage_raise", Stance::demand, true},
       {"UNION", "outsourcing", Stance::demand, false}});
}

// An aside in an editor's parenthesis is not the article's report.
TEST(Extract, EditorialAsidesAreLeftOut) {
  expect_claims("The union spoke to reporters (the board demanded a wage freeze – Ed.).", {});
}

// A negation just before an act turns it: acceptance, an offer or a demand becomes a rejection
// (against a pay rise it would not accept), and a rejection an offer (for outsourcing it does not
// rule out). The negation is the act's own word, so it does not also turn the topic.
TEST(Extract, NegatedActsTurnTheirStance) {
  expect_claims("The board would not agree to a pay rise.",
                {{"BOARD", "wage_raise", Stance::reject, false}});
  expect_claims("The union cannot accept longer shifts.",
                {{"UNION", "shift_length", Stance::reject, false}});
  expect_claims("Management won't accept a wage increase this year.",
                {{"BOARD", "wage_raise", Stance::reject, false}});
  expect_claims("The union is not ready to discuss longer shifts.",
                {{"UNION", "shift_length", Stance::reject, false}});
  expect_claims("The board has never demanded longer shifts.",
                {{"BOARD", "shift_length", Stance::reject, false}});
  expect_claims("The board did not rule out outsourcing.",
                {{"BOARD", "outsourcing", Stance::offer, true}});
  // Not a negation of the act: "not" before the topic turns the topic only.
  expect_claims("The union agreed not to outsource routes.",
                {{"UNION", "outsourcing", Stance::accept, false}});
}

// A negation before an issue's words with no act verb is a rejection by the subject; in a "that"
// clause with nobody reported as saying it, nobody's.
TEST(Extract, ANegationWithoutAnActVerbRejects) {
  expect_claims("The board will not raise wages this year.",
                {{"BOARD", "wage_raise", Stance::reject, false}});
  expect_claims("The union won't cut wages.", {{"UNION", "wage_raise", Stance::reject, true}});
  // Only a verb that is one of an issue's words: mentioning is no rejection.
  expect_claims("The union's statement does not mention wages.", {});
  expect_claims("The mayor assured reporters that the board would not cut wages.", {});
  // "will not be", "has not": no rejection of its own.
  expect_claims("The union will not be able to stop outsourcing, analysts said.", {});
}

// A proposal after a preposition is something the subject answers, not its own offer; a
// proposal with its holder in front stays that holder's.
TEST(Extract, AnActNounAfterAPrepositionIsNotTheSubjects) {
  expect_claims("The union has not yet responded to the proposal for longer shifts.", {});
  expect_claims("The union responded to the board's proposal for longer shifts.",
                {{"BOARD", "shift_length", Stance::offer, true}});
}

// An act in a "whether" clause is an open question, not a position.
TEST(Extract, WhetherLeavesItOpen) {
  expect_claims("The board did not say whether it would accept a pay rise.", {});
}

// "… would be unacceptable": a rejection of what comes before it, held by the speaker.
TEST(Extract, APredicativeRejectionLooksBack) {
  expect_claims("Longer shifts would be unacceptable, Maria Lopez said.",
                {{"UNION", "shift_length", Stance::reject, false}});
}

// Rejecting another party's demand rejects what it asks; the demand stays that party's.
TEST(Extract, RejectingADemandRejectsWhatItAsks) {
  expect_claims("The union rejected the board's demand for longer shifts.",
                {{"UNION", "shift_length", Stance::reject, false},
                 {"BOARD", "shift_length", Stance::demand, true}});
}

// An act word after a determiner is the object of the verb before it: turning down "the
// demand" is a rejection, not a demand.
TEST(Extract, AnActNounAfterAVerbIsItsObject) {
  expect_claims("The union turned down the demand for longer shifts.",
                {{"UNION", "shift_length", Stance::reject, false}});
  expect_claims("The board denounced the proposal to raise wages.",
                {{"BOARD", "wage_raise", Stance::reject, false}});
  expect_claims("The union said it was ready for a pay rise of 3 percent.",
                {{"UNION", "wage_raise", Stance::offer, true}});
  // A headline drops the article: right after the verb, the act word is its object as well.
  expect_claims("Union rejects demand for longer shifts",
                {{"UNION", "shift_length", Stance::reject, false}});
}

// "but" joins two acts of one subject too, unless the first sits in a "that" clause; and
// "continues to demand" is a demand of its own, not a purpose.
TEST(Extract, ContrastedActsAndOngoingDemands) {
  expect_claims("The union is willing to discuss longer shifts but insists on a pay rise.",
                {{"UNION", "shift_length", Stance::offer, true},
                 {"UNION", "wage_raise", Stance::demand, true}});
  // The warning is the speaker's (Maria Lopez, the union's), not the board's.
  expect_claims("Maria Lopez said that the board wants longer shifts, but warned of a wage freeze.",
                {{"BOARD", "shift_length", Stance::demand, true},
                 {"UNION", "wage_raise", Stance::threaten, false}});
  expect_claims("The board continues to demand longer shifts.",
                {{"BOARD", "shift_length", Stance::demand, true}});
}

// Actors joined by "and" hold the act together; a comma alone joins nobody ("In talks with …,
// the board …").
TEST(Extract, JoinedSubjectsEachHoldTheAct) {
  expect_claims("The union and the board agreed to longer shifts.",
                {{"UNION", "shift_length", Stance::accept, true},
                 {"BOARD", "shift_length", Stance::accept, true}});
  expect_claims("After meeting Maria Lopez, the board demanded a wage freeze.",
                {{"BOARD", "wage_raise", Stance::demand, false}});
}

// A verb joined by "and" to the act before it shares its subject: the board, not the union that
// stands nearer, demanded longer shifts.
TEST(Extract, CoordinatedVerbsShareTheirSubject) {
  expect_claims("The board wanted the union to accept a wage freeze and demanded longer shifts.",
                {{"BOARD", "wage_raise", Stance::demand, false},
                 {"BOARD", "shift_length", Stance::demand, true}});
}

}  // namespace
}  // namespace parley::evidence
