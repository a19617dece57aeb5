/** The guessability warnings: each test-taking trick is caught, and a course without it passes. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/blocks/question/model.js";
import {
  guessabilityWarnings,
  isPassive,
  type LocatedQuestion,
  locateQuestions,
} from "../../src/compiler/course/checks/guessability.js";
import { loadCourse } from "../../src/compiler/course/loader.js";

let n = 0;
/** A question from option texts; a leading "*" marks a right option. */
function q(options: string[], extra: Partial<Question> = {}): LocatedQuestion {
  n++;
  const question: Question = {
    id: `q-${n}`,
    kind: "single",
    theme: "t",
    scored: true,
    weighting: 1,
    stemHtml: "<p>What do you do?</p>",
    stemText: "What do you do?",
    options: options.map((t, i) => ({
      id: "abcdefgh"[i],
      html: t.replace(/^\*/, ""),
      correct: t.startsWith("*"),
      feedbackHtml: "<p>Because.</p>",
    })),
    ...extra,
  };
  return { question, file: "modules/01.md", line: n * 10 };
}

const messages = (qs: LocatedQuestion[]) => guessabilityWarnings(qs).map((w) => w.message);

describe("guessability warnings", () => {
  it("warns, at each such question, when the longest option is right in more than a third of single-answer questions", () => {
    const qs = [
      q(["*Call the safeguarding lead and record it", "Ask", "Go", "Note"]),
      q(["Phone", "*Share the record with the social worker today", "Ask", "Go"]),
      q(["*Tell", "Phone the police about it now", "Ask", "Go"]),
      q(["Call", "Ask", "*Go", "Record what the child said"]),
      q(["Call", "Ask them what happened", "*Go", "Note"]),
    ];
    const w = guessabilityWarnings(qs).filter((x) => /longest/.test(x.message));
    expect(w.map((x) => x.line)).toEqual([qs[0].line, qs[1].line]);
    expect(w[0].message).toContain("2 of 5");
  });

  it("says nothing when the longest option is right in a third or fewer", () => {
    const qs = [
      q(["*Call the safeguarding lead and record it", "Ask", "Go"]),
      q(["Phone the police about it now", "*Share", "Ask"]),
      q(["*Tell", "Phone the police about it now", "Ask"]),
    ];
    expect(messages(qs).filter((m) => /longest/.test(m))).toEqual([]);
  });

  it("warns when right answers cluster in one position, unless the options are shuffled", () => {
    const clustered = [
      q(["*Aa", "Bb", "Cc"]),
      q(["*Aa", "Bb", "Cc"]),
      q(["*Aa", "Bb", "Cc"]),
      q(["Aa", "*Bb", "Cc"]),
    ];
    expect(messages(clustered).join("\n")).toMatch(/option 1 in 3 of 4/);
    const spread = [
      q(["*Aa", "Bb"]),
      q(["Aa", "*Bb"]),
      q(["*Aa", "Bb", "Cc"]),
      q(["Aa", "Bb", "*Cc"]),
    ];
    expect(messages(spread).join("\n")).not.toMatch(/position/);
    const shuffled = clustered.map((l) => ({ ...l, question: { ...l.question, shuffle: true } }));
    expect(messages(shuffled).join("\n")).not.toMatch(/position/);
  });

  it("warns when every select-all question has the same number of right options", () => {
    const multiple = { kind: "multiple" as const };
    const same = [q(["*A", "*B", "*C", "D"], multiple), q(["*A", "B", "*C", "*D"], multiple)];
    expect(messages(same).join("\n")).toMatch(
      /every "select all" question has exactly 3 right options/,
    );
    const varied = [q(["*A", "*B", "*C", "D"], multiple), q(["*A", "B", "C", "*D"], multiple)];
    expect(messages(varied).join("\n")).not.toMatch(/select all/);
  });

  it("warns at a question with an all or none of the above option", () => {
    const above = q(["Aa", "Bb", "*All of the above"]);
    const none = q(["*Aa", "Bb", "None of the above"]);
    const w = guessabilityWarnings([above, none, q(["*Aa", "Bb"])]).filter((x) =>
      /above/.test(x.message),
    );
    expect(w.map((x) => x.line)).toEqual([above.line, none.line]);
  });

  it("warns when the passive option is wrong in every question that has one", () => {
    const always = [
      q(["Wait for the police", "*Visit today"]),
      q(["*Call the lead", "Accept the mother's word"]),
      q(["Do nothing for now", "*Record it"]),
    ];
    expect(messages(always).join("\n")).toMatch(/in all 3 questions with a passive option/);
    const once = [
      ...always.slice(0, 2),
      q(["*Wait for the strategy discussion", "Visit the family today"]),
    ];
    expect(messages(once).join("\n")).not.toMatch(/passive/);
  });

  it("recognises passive options by their opening words only", () => {
    expect(isPassive("Wait and see")).toBe(true);
    expect(isPassive("<em>Accept</em> her account")).toBe(true);
    expect(isPassive("“Take no action yet”")).toBe(true);
    expect(isPassive("Leave it to the police")).toBe(true);
    expect(isPassive("Don't wait: call now")).toBe(false);
    expect(isPassive("Waiting list")).toBe(false);
    expect(isPassive("Acceptance of risk")).toBe(false);
  });

  it("finds Family M 1.0.0's guessable patterns, at the lines where the questions are written", () => {
    const { course } = loadCourse("tests/fixtures/family-m-1.0.0");
    const file = "tests/fixtures/family-m-1.0.0/modules/04-lesson-1-risk-from-images.md";
    const sources = [{ file, text: readFileSync(file, "utf8") }];
    const w = guessabilityWarnings(locateQuestions(course, sources));
    const selectAll = w.find((x) => /select all/.test(x.message));
    expect(selectAll?.file).toBe(file);
    expect(sources[0].text.split("\n")[(selectAll?.line ?? 0) - 1]).toMatch(/id: kc-finkelhor/);
    expect(w.some((x) => /passive option is wrong/.test(x.message))).toBe(true);
  });
});
