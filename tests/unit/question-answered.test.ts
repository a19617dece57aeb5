/** What a learner reads once a question is answered: its label, and the right answer's feedback. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/blocks/question/model.js";
import { feedbackForMissedOption, questionKindOf } from "../../src/blocks/question/rules.js";

describe("the right answer shown to a learner who missed it", () => {
  it("does not open with the affirmation written for a learner who chose it", () => {
    expect(feedbackForMissedOption("<p>Yes. The briefing calls it active.</p>")).toBe(
      "<p>The briefing calls it active.</p>",
    );
    expect(feedbackForMissedOption("<p>Correct! this is the third.</p>")).toBe(
      "<p>This is the third.</p>",
    );
    expect(feedbackForMissedOption("<p>Yes, it is one of the four.</p>")).toBe(
      "<p>It is one of the four.</p>",
    );
  });

  it("leaves feedback that does not open with an affirmation as written", () => {
    for (const html of [
      "<p>Yesterday's visit showed it.</p>",
      "<p>This is one of the four.</p>",
      "<p>Rightly, the school asked.</p>",
      "",
    ]) {
      expect(feedbackForMissedOption(html)).toBe(html);
    }
  });
});

describe("what a question is called", () => {
  const base = { id: "q", kind: "single", options: [], stemHtml: "", stemText: "" };
  const q = (over: Partial<Question>) => ({ ...base, ...over }) as unknown as Question;

  it("a scored question with a scenario is a scenario question", () => {
    expect(questionKindOf(q({ scored: true, scenarioHtml: "<p>At the visit…</p>" }))).toBe(
      "scenario",
    );
  });
  it("a scored question without one is a knowledge check, as the welcome page promises", () => {
    expect(questionKindOf(q({ scored: true }))).toBe("knowledge-check");
  });
  it("an unscored question is practice, whatever it holds", () => {
    expect(questionKindOf(q({ scored: false, scenarioHtml: "<p>…</p>" }))).toBe("practice");
  });
});
