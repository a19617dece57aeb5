/**
 * What the LMS connection tests (SCORM 1.2, 2004, faults, the local store) build a session from:
 * a clock moved by hand, a report part-way through a course, and an answered question.
 */
import { answerableOf } from "../../src/blocks/question/rules.js";
import type { SortBlock } from "../../src/blocks/sort/model.js";
import { answer, emptyProgress, visit } from "../../src/progress/progress.js";
import { type Interaction, type Report, reportOf } from "../../src/progress/report.js";
import { question, sampleCourse } from "./course.js";

/** A clock the test moves by hand, so session times are known. */
export function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** A report half-way through: on module m2, one theme passed and one not yet judged. */
export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    location: "m2",
    suspendData: "1|m2|m1,m2|q-signs=ac.1|",
    completion: "incomplete",
    success: "unknown",
    score: { raw: 50, min: 0, max: 100, scaled: 0.5 },
    progressMeasure: 0.5,
    objectives: [
      {
        id: "recognise",
        description: "Recognising concerns",
        scaled: 1,
        raw: 100,
        completion: "completed",
        success: "passed",
      },
      {
        id: "respond",
        description: "Responding to a disclosure",
        completion: "incomplete",
        success: "unknown",
      },
    ],
    exit: "suspend",
    ...over,
  };
}

/** What every interaction has, whatever its type. */
export const ANSWERED = {
  objective: "recognise",
  description: "Which of these are signs of neglect?",
  weighting: 1,
  latencyMs: 5_200,
  timestamp: new Date(2024, 4, 6, 9, 30, 15),
} as const;

/** A multiple-answer question answered rightly, a and c. */
export function choiceAnswer(
  over: Partial<Extract<Interaction, { type: "choice" }>> = {},
): Interaction {
  return {
    ...ANSWERED,
    id: "q-signs",
    type: "choice",
    response: ["a", "c"],
    correct: ["a", "c"],
    result: "correct",
    ...over,
  };
}

/** What the course reports part-way through: one of four scored questions answered. */
export function partWayReport(): Report {
  const course = sampleCourse();
  const progress = answer(visit(emptyProgress(), "lesson"), answerableOf(question("q1", "alpha")), [
    "b",
  ]);
  return reportOf(course, progress, { completion: "unknown", success: "unknown" }, 80);
}

/** A sort as its loader gives it: three cards, two groups; the cards' words do not matter here. */
export const SORT: SortBlock = {
  kind: "sort",
  id: "sort-told",
  theme: "recognise",
  scored: false,
  weighting: 1,
  stemHtml: "",
  stemText: "Sort each note.",
  groups: [
    { id: "t", html: "", text: "What the parent told you" },
    { id: "c", html: "", text: "What was checked" },
  ],
  cards: [
    { id: "a", html: "", text: "", group: "t" },
    { id: "b", html: "", text: "", group: "c" },
    { id: "c", html: "", text: "", group: "t" },
  ],
  feedbackHtml: "",
};
