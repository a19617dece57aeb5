/** The reading-time figure and the warning when a course's estimate is more than 20 % off it. */
import { describe, expect, it } from "vitest";
import {
  estimateWarning,
  readingTime,
  readingTimeLine,
  wordsIn,
} from "../../src/compiler/course/checks/reading-time.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Block, Course } from "../../src/course/model.js";

function course(blocks: Block[]): Course {
  return {
    id: "c",
    title: "C",
    version: "1.0.0",
    language: "en-GB",
    audience: "",
    estimatedMinutes: 10,
    publisher: "",
    source: { title: "" },
    supportHtml: "",
    contentWarningHtml: "",
    settings: {
      passMark: 80,
      completion: "all-questions",
      attemptsPerQuestion: 1,
      onFail: "failed",
      retake: "wrong-answers",
    },
    themes: [],
    modules: [{ id: "m", title: "", themes: [], contentWarning: false, blocks }],
  };
}
const words = (n: number) => `<p>${Array.from({ length: n }, () => "word").join(" ")}</p>`;

describe("the reading-time figure", () => {
  it("counts words, not tags or entities", () => {
    expect(wordsIn("<p>The <em>child’s</em> voice &amp; — words</p>")).toBe(4);
    expect(wordsIn(undefined)).toBe(0);
  });

  it("reads 200 words a minute and adds a minute per question and decision, three per reflection", () => {
    expect(readingTime(course([{ kind: "html", html: words(2000) }])).minutes).toBe(10);
    const withAll = readingTime(
      course([
        { kind: "html", html: words(400) },
        { kind: "reflection", prompts: [{ id: "r", text: "", maxLength: 10 }] },
        {
          kind: "question",
          question: {
            id: "q",
            kind: "single",
            theme: "t",
            scored: true,
            weighting: 1,
            stemHtml: "",
            stemText: "",
            options: [
              { id: "a", html: "", correct: true, feedbackHtml: words(200) },
              { id: "b", html: "", correct: false, feedbackHtml: words(999) },
            ],
          },
        },
      ]),
    );
    // 600 words (the right answer's feedback, not every option's) = 3, + 1 question + 3 reflection.
    expect(withAll).toMatchObject({ words: 600, questions: 1, reflections: 1, minutes: 7 });
  });

  it("walks a branching scenario along its best choices, a minute for each decision", () => {
    const t = readingTime(
      course([
        {
          kind: "branching",
          id: "b",
          title: "",
          theme: "t",
          start: "one",
          scenes: [
            {
              id: "one",
              html: words(100),
              options: [
                { id: "a", html: "", best: true, feedbackHtml: words(100), next: "two" },
                { id: "b", html: "", best: false, feedbackHtml: words(5000), next: "side" },
              ],
            },
            { id: "side", html: words(5000), options: [], next: "two" },
            { id: "two", html: words(200), options: [] },
          ],
        },
      ]),
    );
    expect(t).toMatchObject({ words: 400, decisions: 1, minutes: 3 });
  });

  it("warns only when the estimate is more than 20 % off, and says what range to set", () => {
    const t = { words: 0, questions: 0, decisions: 0, reflections: 0, minutes: 50 };
    expect(estimateWarning(40, t)).toBeUndefined();
    expect(estimateWarning(60, t)).toBeUndefined();
    expect(estimateWarning(39, t)).toMatch(/between 40 and 60/);
    expect(estimateWarning(61, t)).toMatch(/61, but the course takes about 50 minutes/);
  });

  it("says a one-minute course in the singular, and one value rather than a range of one", () => {
    const t = { words: 0, questions: 1, decisions: 0, reflections: 0, minutes: 1 };
    expect(estimateWarning(5, t)).toBe(
      "estimated_minutes is 5, but the course takes about 1 minute to read and answer (400 % off): set estimated_minutes to 1, or cut the text",
    );
    expect(readingTimeLine(t)).toMatch(/^Reading time: about 1 minute \(/);
  });

  it("finds Family M 1.0.0's 45 minutes too short for what it asks", () => {
    const t = readingTime(loadCourse("tests/fixtures/family-m-1.0.0").course);
    expect(t.minutes).toBeGreaterThan(55);
    expect(estimateWarning(45, t)).toBeDefined();
  });
});
