/**
 * Option order: a shuffled question shows its options in an order of the learner's own, the same
 * every time they come back, and never changes an option's id; an unshuffled one keeps the
 * author's order.
 */

import { describe, expect, it } from "vitest";
import type { Question } from "../../src/blocks/question/model.js";
import { optionOrder } from "../../src/blocks/question/order.js";
import { answerableOf, isCorrect } from "../../src/blocks/question/rules.js";
import { answer, emptyProgress } from "../../src/progress/progress.js";
import { interactionOf } from "../../src/progress/report.js";
import { question } from "../helpers/course.js";

const shuffled: Question = question("q-order", "alpha", {
  shuffle: true,
  options: "abcdefgh".split("").map((id) => ({
    id,
    html: id.toUpperCase(),
    correct: id === "a",
    feedbackHtml: "",
  })),
});
const ids = (options: { id: string }[]) => options.map((o) => o.id).join("");
const learners = Array.from({ length: 30 }, (_, i) => `Learner ${i}, Sample`);

describe("option order", () => {
  it("keeps the author's order when the question is not shuffled", () => {
    const plain = question("q1", "alpha");
    for (const learner of learners) expect(ids(optionOrder(plain, learner))).toBe("abc");
  });

  it("gives a learner the same order every time (it survives a resume)", () => {
    for (const learner of learners) {
      expect(ids(optionOrder(shuffled, learner))).toBe(ids(optionOrder({ ...shuffled }, learner)));
    }
  });

  it("shows every option exactly once, ids unchanged", () => {
    for (const learner of learners) {
      const order = optionOrder(shuffled, learner);
      expect([...ids(order)].sort().join("")).toBe("abcdefgh");
      for (const o of order) expect(o).toBe(shuffled.options.find((x) => x.id === o.id));
    }
  });

  it("differs between learners and between questions", () => {
    const byLearner = new Set(learners.map((l) => ids(optionOrder(shuffled, l))));
    expect(byLearner.size).toBeGreaterThan(20);
    const other = { ...shuffled, id: "q-other" };
    const differs = learners.filter(
      (l) => ids(optionOrder(shuffled, l)) !== ids(optionOrder(other, l)),
    );
    expect(differs.length).toBeGreaterThan(20);
  });

  it("does not move the first option to the front more often than chance would", () => {
    const many = Array.from({ length: 800 }, (_, i) => `learner-${i}`);
    const first = many.filter((l) => optionOrder(shuffled, l)[0].id === "a").length;
    // 1 in 8 expected (100 of 800); a biased shuffle leaves it far from that.
    expect(first).toBeGreaterThan(60);
    expect(first).toBeLessThan(140);
  });

  it("saves and reports the answer by id whatever order it was shown in", () => {
    const shown = optionOrder(shuffled, "Learner, Sample");
    const p = answer(emptyProgress(), answerableOf(shuffled), [shown[shown.length - 1].id, "a"]);
    expect(p.answers["q-order"].choice[0]).toBe("a");
    expect(isCorrect(shuffled, ["a"])).toBe(true);
    expect(interactionOf(answerableOf(shuffled), ["a"], 0, new Date()).correct).toEqual(["a"]);
  });
});
