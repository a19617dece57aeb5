/**
 * The ordering question's own tests: what its loader accepts and refuses (file:line, in words an
 * author can act on), its rules (never starting in the right order, moves at the ends, right only
 * in the right order), and how its answer is saved and reported as a sequence.
 */
import { describe, expect, it } from "vitest";
import { interactionOf, isRight, responseMisfit } from "../../kit/response.js";
import { blockContext, loadAtLine10 } from "../../loading/test-context.js";
import { loadOrdering, MAX_STEPS } from "./load.js";
import type { OrderingBlock } from "./model.js";
import { inPlace, moved, orderingAnswerable, startOrder } from "./rules.js";

const context = () => blockContext("modules/01-order.md", ["sharing"]);

const STEPS = `steps:
  - id: a
    text: Listen to the child
    feedback: The child is heard first.
  - id: b
    text: Say what happens next
  - id: c
    text: Tell the safeguarding lead
`;

const load = (yaml: string) => loadAtLine10(loadOrdering, yaml, context());

const GOOD = `id: order-it
theme: sharing
question: Put these in **order**.
${STEPS}feedback: Hear the child first.
`;

describe("the ordering question's loader", () => {
  it("reads the steps in the author's (right) order, with Markdown rendered and plain text kept", () => {
    const { block, problems } = load(GOOD);
    expect(problems).toEqual([]);
    expect(block).toMatchObject({
      kind: "ordering",
      id: "order-it",
      theme: "sharing",
      scored: true,
      weighting: 1,
      stemHtml: "<p>Put these in <strong>order</strong>.</p>",
      stemText: "Put these in order.",
      feedbackHtml: "<p>Hear the child first.</p>",
    });
    expect(block?.steps.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(block?.steps[0]).toEqual({
      id: "a",
      html: "Listen to the child",
      text: "Listen to the child",
      feedbackHtml: "<p>The child is heard first.</p>",
    });
    expect(block?.steps[1].feedbackHtml).toBeUndefined();
  });

  it("refuses too few steps, naming the line of the list and the limits", () => {
    const two = GOOD.replace("  - id: c\n    text: Tell the safeguarding lead\n", "");
    const { block, problems } = load(two);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      `modules/01-order.md:14: an ordering question has 3 to ${MAX_STEPS} steps, written in the right order; this one has 2`,
    ]);
  });

  it("refuses a step id used twice and one that is not a single character", () => {
    const bad = GOOD.replace("  - id: b\n", "  - id: a\n").replace("  - id: c\n", "  - id: cc\n");
    const { block, problems } = load(bad);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'modules/01-order.md:18: the step id "a" is used twice in this question',
      'modules/01-order.md:20: the step id "cc" should be one lowercase letter or digit, like a',
    ]);
  });

  it("refuses a question with no feedback, and an undeclared theme", () => {
    const bad = GOOD.replace("feedback: Hear the child first.\n", "").replace(
      "theme: sharing",
      "theme: voice",
    );
    const { block, problems } = load(bad);
    expect(block).toBeUndefined();
    expect(problems.join("\n")).toMatch(/01-order\.md:12: the theme "voice" is not declared/);
    expect(problems.join("\n")).toMatch(/feedback/);
  });
});

const block = load(GOOD).block as OrderingBlock;

describe("the ordering question's rules", () => {
  it("never starts in the right order, for any id, and always holds every step once", () => {
    for (let n = 0; n < 300; n++) {
      const b = { ...block, id: `order-${n}` };
      const start = startOrder(b);
      expect([...start].sort()).toEqual(["a", "b", "c"]);
      expect(start).not.toEqual(["a", "b", "c"]);
      expect(startOrder(b)).toEqual(start);
    }
  });

  it("moves a step one place, and leaves the order as it is at either end", () => {
    expect(moved(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], "c", 1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], "z", 1)).toEqual(["a", "b", "c"]);
  });

  it("is right only with every step in the right order", () => {
    const item = orderingAnswerable(block);
    expect(item.type).toBe("sequencing");
    expect(isRight(item, ["a", "b", "c"])).toBe(true);
    expect(isRight(item, ["a", "c", "b"])).toBe(false);
    expect(isRight(item, ["a", "b"])).toBe(false);
    expect(isRight(item, ["a", "b", "c", "c"])).toBe(false);
    expect(inPlace(block, ["a", "c", "b"])).toBe(1);
    expect(inPlace(block, ["c", "a", "b"])).toBe(0);
  });

  it("reports the learner's order as a sequencing interaction, with the right order as its pattern", () => {
    const i = interactionOf(orderingAnswerable(block), ["b", "a", "c"], 1234.4, new Date(0));
    expect(i).toMatchObject({
      id: "order-it",
      type: "sequencing",
      objective: "sharing",
      description: "Put these in order.",
      response: ["b", "a", "c"],
      correct: ["a", "b", "c"],
      result: "incorrect",
      weighting: 1,
      latencyMs: 1234,
    });
  });

  it("drops a saved order the republished question no longer fits", () => {
    const item = orderingAnswerable(block);
    expect(responseMisfit(item, ["c", "b", "a"])).toBeUndefined();
    expect(responseMisfit(item, ["a", "b"])).toMatch(/every step/);
    expect(responseMisfit(item, ["a", "b", "d"])).toMatch(/no longer has/);
    expect(responseMisfit(item, ["a", "a", "b"])).toMatch(/twice/);
  });
});
