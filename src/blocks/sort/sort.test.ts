/**
 * The sort's own tests: what its loader accepts and refuses (file:line, in words an author can
 * act on), its rules (right only with every card in its group), and how its answer is kept, saved
 * in one character a card and reported as matching pairs; practice is recorded with weighting 0.
 */
import { describe, expect, it } from "vitest";
import {
  interactionOf,
  isRight,
  keptResponse,
  longestResponse,
  responseMisfit,
} from "../../kit/response.js";
import { blockContext, loadAtLine10 } from "../../loading/test-context.js";
import { sort } from "./build.js";
import { loadSort, MAX_CARDS } from "./load.js";
import type { SortBlock } from "./model.js";
import { rightlyPlaced } from "./placed.js";
import { sortAnswerable } from "./rules.js";

const context = () => blockContext("modules/01-sort.md", ["sharing"]);

const load = (yaml: string) => loadAtLine10(loadSort, yaml, context());

// Line 11 is `id:`; groups start on line 15, cards on line 20.
const GOOD = `id: sort-it
theme: sharing
scored: false
question: Sort each **note**.
groups:
  - id: t
    label: What the parent told you
  - id: c
    label: What was checked
cards:
  - id: a
    text: The parent says the child sleeps well
    group: t
    feedback: Her account.
  - id: b
    text: The school's register shows 9 days missed
    group: c
  - id: c
    text: The parent says the nursery has no worries
    group: t
feedback: One source is not a check.
`;

describe("the sort's loader", () => {
  it("reads the groups and the cards in the author's order, with Markdown rendered and plain text kept", () => {
    const { block, problems } = load(GOOD);
    expect(problems).toEqual([]);
    expect(block).toMatchObject({
      kind: "sort",
      id: "sort-it",
      theme: "sharing",
      scored: false,
      weighting: 1,
      stemHtml: "<p>Sort each <strong>note</strong>.</p>",
      stemText: "Sort each note.",
      feedbackHtml: "<p>One source is not a check.</p>",
    });
    expect(block?.groups).toEqual([
      { id: "t", html: "What the parent told you", text: "What the parent told you" },
      { id: "c", html: "What was checked", text: "What was checked" },
    ]);
    expect(block?.cards.map((c) => [c.id, c.group])).toEqual([
      ["a", "t"],
      ["b", "c"],
      ["c", "t"],
    ]);
    expect(block?.cards[0].feedbackHtml).toBe("<p>Her account.</p>");
    expect(block?.cards[1].feedbackHtml).toBeUndefined();
  });

  it("refuses a card whose group is not one of the sort's, at the card's line, naming the groups", () => {
    const { block, problems } = load(GOOD.replace("    group: c\n", "    group: x\n"));
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      "modules/01-sort.md:27: the card's group \"x\" is not one of this sort's groups (t, c)",
      'modules/01-sort.md:20: no card belongs in the group "c" (What was checked)',
    ]);
  });

  it("refuses one group, and too few cards, at the lines of their lists", () => {
    const one = GOOD.replace("  - id: c\n    label: What was checked\n", "").replace(
      "    group: c\n",
      "    group: t\n",
    );
    expect(load(one).problems).toEqual([
      "modules/01-sort.md:15: a sort has 2 or 3 groups; this one has 1",
    ]);
    const two = GOOD.replace(
      "  - id: c\n    text: The parent says the nursery has no worries\n    group: t\n",
      "",
    );
    expect(load(two).problems).toEqual([
      `modules/01-sort.md:20: a sort has 3 to ${MAX_CARDS} cards; this one has 2`,
    ]);
  });

  it("refuses a card id used twice and a group id that is not a single character", () => {
    const bad = GOOD.replace("  - id: b\n", "  - id: a\n").replace("  - id: t\n", "  - id: tt\n");
    const { block, problems } = load(bad);
    expect(block).toBeUndefined();
    expect(problems).toContain(
      'modules/01-sort.md:16: the group id "tt" should be one lowercase letter or digit, like a',
    );
    expect(problems).toContain('modules/01-sort.md:25: the card id "a" is used twice in this sort');
  });

  it("refuses a sort with no feedback, and an unknown key at its line", () => {
    const bad = GOOD.replace("feedback: One source is not a check.\n", "hint: sort them\n");
    const { block, problems } = load(bad);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'modules/01-sort.md:11: "feedback" is missing from this sort',
      'modules/01-sort.md:31: unknown setting "hint" in this sort: the settings allowed here are: id, theme, scored, weighting, question, groups, cards, feedback',
    ]);
  });
});

const block = load(GOOD).block as SortBlock;

describe("the sort's rules", () => {
  const item = sortAnswerable(block);

  it("is a matching: the cards are its sources, the groups its parts, each card's group its answer", () => {
    expect(item).toMatchObject({
      type: "matching",
      sources: ["a", "b", "c"],
      parts: ["t", "c"],
      correct: ["t", "c", "t"],
    });
  });

  it("is right only with every card in its right group", () => {
    expect(isRight(item, ["t", "c", "t"])).toBe(true);
    expect(isRight(item, ["t", "t", "t"])).toBe(false);
    expect(isRight(item, ["t", "c"])).toBe(false);
    expect(rightlyPlaced(block, ["t", "t", "t"])).toBe(2);
    expect(rightlyPlaced(block, ["c", "t", "c"])).toBe(0);
  });

  it("keeps one group a card, in card order, repeats and all, and nothing past the last card", () => {
    expect(keptResponse(item, ["c", "c", "t"])).toEqual(["c", "c", "t"]);
    expect(keptResponse(item, ["c", "c", "t", "t"])).toEqual(["c", "c", "t"]);
  });

  it("saves in one character a card: the longest response is as long as the cards", () => {
    expect(longestResponse(item)).toEqual(["t", "t", "t"]);
  });

  it("reports card.group pairs as a matching interaction, practice with weighting 0", () => {
    const i = interactionOf(item, ["c", "c", "t"], 2500.2, new Date(0));
    expect(i).toMatchObject({
      id: "sort-it",
      type: "matching",
      objective: "sharing",
      description: "Sort each note.",
      response: [
        ["a", "c"],
        ["b", "c"],
        ["c", "t"],
      ],
      correct: [
        ["a", "t"],
        ["b", "c"],
        ["c", "t"],
      ],
      result: "incorrect",
      weighting: 0,
      latencyMs: 2500,
    });
    const scored = interactionOf(
      { ...item, scored: true, weighting: 2 },
      ["t", "c", "t"],
      0,
      new Date(0),
    );
    expect(scored).toMatchObject({ result: "correct", weighting: 2 });
  });

  it("keeps a saved response that repeats a group, and drops one the republished sort no longer fits", () => {
    expect(responseMisfit(item, ["t", "t", "c"])).toBeUndefined();
    expect(responseMisfit(item, ["t", "c"])).toMatch(/every step or card/);
    expect(responseMisfit(item, ["t", "c", "x"])).toMatch(/no longer has/);
    expect(responseMisfit(item, [])).toMatch(/empty/);
  });

  it("gives the answer key each card with the group it belongs in", () => {
    const [text] = sort.itemTexts?.(block) ?? [];
    expect(text.options.map((o) => [o.id, o.group])).toEqual([
      ["a", "What the parent told you"],
      ["b", "What was checked"],
      ["c", "What the parent told you"],
    ]);
  });
});
