/**
 * The section break's own tests: what its loader accepts and refuses, and the rules module-page
 * shows a page by: how a page splits into sections, which blocks show for the sections opened,
 * and which section holds a question or heading a link or "Stay and answer" points to.
 */
import { describe, expect, it } from "vitest";
import type { Block } from "../../course/model.js";
import { type BlockContext, IdRegistry } from "../../loading/load-context.js";
import { formatProblem } from "../../loading/problems.js";
import type { QuestionBlock } from "../question/model.js";
import { continueBreak } from "./build.js";
import { loadContinue } from "./load.js";
import { isBreak, sectionHolding, sectionsOf, sectionsShown, shownBlocks } from "./rules.js";

function load(yaml: string) {
  const problems: BlockContext["problems"] = [];
  const ctx: BlockContext = {
    file: "modules/01-a.md",
    dir: "/course",
    problems,
    ids: new IdRegistry(problems),
    themeIds: new Set(),
    themesKnown: true,
    media: new Set(),
    termUses: [],
  };
  const block = loadContinue(yaml, 10, ctx);
  return { block, problems: problems.map(formatProblem) };
}

const prose = (html: string): Block => ({ kind: "html", html });
const brk = (label?: string): Block => (label ? { kind: "continue", label } : { kind: "continue" });
const question = (id: string): QuestionBlock => ({
  kind: "question",
  question: {
    id,
    kind: "single",
    theme: "t",
    scored: false,
    weighting: 1,
    stemHtml: "<p>Which?</p>",
    stemText: "Which?",
    options: [
      { id: "a", html: "A", correct: true, feedbackHtml: "" },
      { id: "b", html: "B", correct: false, feedbackHtml: "" },
    ],
  },
});

describe("the section break's loader", () => {
  it("reads an empty fence as a break whose button says Continue", () => {
    expect(load("")).toEqual({ block: { kind: "continue" }, problems: [] });
  });

  it("reads the button's label", () => {
    expect(load('label: "Continue: the escalation route"').block).toEqual({
      kind: "continue",
      label: "Continue: the escalation route",
    });
  });

  it("refuses another setting at its line, naming the one it knows", () => {
    const { block, problems } = load("title: Next part");
    expect(block).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^modules\/01-a\.md:11: .*"title"/);
    expect(problems[0]).toMatch(/label/);
  });

  it("counts its label as read and shows as a rule on the page without script", () => {
    expect(continueBreak.reading({ kind: "continue", label: "Continue: what comes" })).toEqual({
      words: 3,
    });
    expect(continueBreak.baselineHtml({ kind: "continue" })).toBe("<hr>");
  });
});

describe("a page's sections", () => {
  const a = prose("<p>A</p>");
  const b = prose("<p>B</p>");
  const c = prose("<p>C</p>");

  it("a page without breaks is one section", () => {
    expect(sectionsOf([a, b])).toEqual([{ blocks: [a, b] }]);
  });

  it("splits at each break, each later section opened by its break", () => {
    const one = brk();
    const two = brk("Continue: C");
    expect(sectionsOf([a, one, b, two, c])).toEqual([
      { blocks: [a] },
      { blocks: [b], opener: one },
      { blocks: [c], opener: two },
    ]);
  });

  it("leaves out a break that would open an empty section: at the start, at the end, twice in a row", () => {
    const first = brk("first");
    const second = brk("second");
    expect(sectionsOf([brk(), a, first, second, b, brk()])).toEqual([
      { blocks: [a] },
      { blocks: [b], opener: second },
    ]);
    expect(sectionsOf([])).toEqual([{ blocks: [] }]);
  });

  it("shows the first section to begin with, one more for each Continue, and never more than there are", () => {
    expect(sectionsShown(3, 1, false)).toBe(1);
    expect(sectionsShown(3, 0, false)).toBe(1);
    expect(sectionsShown(3, 2, false)).toBe(2);
    expect(sectionsShown(3, 9, false)).toBe(3);
  });

  it("shows every section of a page reached before (or printed), whatever was opened", () => {
    expect(sectionsShown(3, 1, true)).toBe(3);
    expect(sectionsShown(1, 1, true)).toBe(1);
  });

  it("the blocks a learner sees are those of the sections shown, breaks left out", () => {
    const sections = sectionsOf([a, brk(), b, brk(), c]);
    expect(shownBlocks(sections, 1)).toEqual([a]);
    expect(shownBlocks(sections, 2)).toEqual([a, b]);
    expect(shownBlocks(sections, 3)).toEqual([a, b, c]);
    expect(shownBlocks(sections, 0)).toEqual([a]);
  });

  it("finds the section that holds a question, or a heading by its anchor, and -1 for neither", () => {
    const heading = prose('<h2 id="in-this-case" tabindex="-1">In this case</h2>');
    const sections = sectionsOf([a, brk(), question("q-one"), brk(), heading, question("q-two")]);
    expect(sectionHolding(sections, "q-one")).toBe(1);
    expect(sectionHolding(sections, "q-two")).toBe(2);
    expect(sectionHolding(sections, "in-this-case")).toBe(2);
    expect(sectionHolding(sections, "q-none")).toBe(-1);
    // An id inside another id is not it.
    expect(sectionHolding(sections, "in-this")).toBe(-1);
  });

  it("section and page breaks both start a section for the checker; nothing else does", () => {
    expect(isBreak(brk())).toBe(true);
    expect(isBreak({ kind: "page" })).toBe(true);
    expect(isBreak(a)).toBe(false);
    expect(isBreak(question("q"))).toBe(false);
  });
});
