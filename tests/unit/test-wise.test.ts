/**
 * The test-wise learner: each strategy on hand-made items (exact probabilities, ties, select-all,
 * ordering, weighting), and what the checker says of it on courses: the printed figure, the
 * warning at half the pass mark with the items that give themselves away, the refusal at the pass
 * mark, and the published version that still builds.
 */
import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { ScoredItem } from "../../src/compiler/answer-key/scored-items.js";
import { checkReport, warningsFor } from "../../src/compiler/authoring/check-report.js";
import { PASSIVE_OPENINGS } from "../../src/compiler/course/checks/guessability.js";
import {
  active,
  expectedPercent,
  hedged,
  keptOf,
  longest,
  mix,
  mixScoreOf,
  reject,
  rejectionsOf,
  STRATEGIES,
  testWiseOf,
  type WiseItem,
  wiseItemsOf,
} from "../../src/compiler/course/checks/test-wise.js";
import {
  GIVEAWAY,
  locateItem,
  MIN_SCORED_ITEMS,
  testWiseLine,
} from "../../src/compiler/course/checks/test-wise-check.js";
import { countOf, TEST_WISE_WORDS } from "../../src/compiler/course/checks/test-wise-words.js";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import { recordOf, writeRecord } from "../../src/compiler/course/record.js";
import { formatProblem } from "../../src/loading/problems.js";
import { courseCopy, problemsIn, TINY_COURSE } from "../helpers/course-folder.js";

const WARNED = "tests/fixtures/test-wise/warned";
const REFUSED = "tests/fixtures/test-wise/refused";

let n = 0;
/** A single-answer item from option texts; a leading "*" marks the right option. */
function item(texts: string[], extra: Partial<WiseItem> = {}): WiseItem {
  n++;
  const options = texts.map((t, i) => ({ id: "abcdefgh"[i], text: t.replace(/^\*/, "") }));
  return {
    id: `q-${n}`,
    type: "choice",
    multiple: false,
    correct: texts.flatMap((t, i) => (t.startsWith("*") ? ["abcdefgh"[i]] : [])),
    weighting: 1,
    options,
    ...extra,
  };
}
const multiple = (texts: string[]) => item(texts, { multiple: true });
const p = (s: { answer: (i: WiseItem) => { p: number } }, i: WiseItem) => s.answer(i).p;

describe("the word lists", () => {
  it("are one table, whose passive openings are the guessability check's own list", () => {
    expect(TEST_WISE_WORDS.passiveOpenings).toBe(PASSIVE_OPENINGS);
    expect(Object.keys(TEST_WISE_WORDS)).toEqual([
      "hedges",
      "active",
      "passiveOpenings",
      "minimising",
      "absolute",
      "selfJustifying",
    ]);
    for (const list of Object.values(TEST_WISE_WORDS)) expect(list.length).toBeGreaterThan(5);
  });

  it("counts whole words and phrases, and word beginnings for the active list", () => {
    expect(countOf("hedges", "You may consider it, where appropriate")).toBe(3);
    expect(countOf("hedges", "Mayhem in the consideration")).toBe(0);
    expect(countOf("active", "Refer the children, after a referral")).toBe(3);
    expect(countOf("absolute", "Always call; tell them all")).toBe(2);
    expect(countOf("absolute", "Allow a small tally")).toBe(0);
  });

  it("says why reject-and-guess discards an option", () => {
    expect(rejectionsOf("Monitor the situation")).toEqual(["passive"]);
    expect(rejectionsOf("Treat the referral as closed")).toEqual(["passive"]);
    expect(rejectionsOf("Note her view and move on")).toEqual(["passive"]);
    expect(rejectionsOf("It is mainly a matter for the police")).toEqual(["passive"]);
    expect(rejectionsOf("Never share it")).toEqual(["absolute"]);
    expect(rejectionsOf("Share it, because she asked")).toEqual(["self-justifying"]);
    expect(rejectionsOf("Share it, as she asked")).toEqual(["self-justifying"]);
    expect(rejectionsOf("As she asked, share it")).toEqual(["self-justifying"]);
    expect(rejectionsOf("Share it as soon as you can")).toEqual([]);
    expect(rejectionsOf("Wait, since the police must act first")).toEqual([
      "passive",
      "absolute",
      "self-justifying",
    ]);
  });
});

describe("each strategy on one item", () => {
  it("longest: picks the longest option, a tie shared uniformly", () => {
    expect(p(longest, item(["*Call the social worker today", "Wait", "Go"]))).toBe(1);
    expect(p(longest, item(["*Call them", "Tell them", "Go"]))).toBe(0.5);
    expect(p(longest, item(["*Go", "Ask them", "Call them"]))).toBe(0);
  });

  it("hedged: picks the option with the most hedges; none hedged is a blind guess", () => {
    expect(p(hedged, item(["Call", "*You may consider a call", "You might call"]))).toBe(1);
    expect(p(hedged, item(["*You may call", "You might call", "Call"]))).toBe(0.5);
    expect(p(hedged, item(["*Call", "Ask", "Go", "Tell"]))).toBe(0.25);
  });

  it("active: picks the option with the most active, child-centred words", () => {
    expect(p(active, item(["*Speak to the child and refer", "Ask the mother", "Wait"]))).toBe(1);
    expect(p(active, item(["Speak to the child and refer", "*Wait", "Note it"]))).toBe(0);
  });

  it("reject and guess: discards passive, absolute and self-justifying options, then guesses", () => {
    const i = item([
      "Wait for the police",
      "*Share what you know with the social worker",
      "Never share it",
      "Share it, because the mother asked",
    ]);
    expect(keptOf(i)).toEqual({ kept: ["b"], reasons: ["passive", "absolute", "self-justifying"] });
    expect(reject.answer(i)).toEqual({
      id: i.id,
      p: 1,
      weighting: 1,
      cue: "rejects passive, absolute and self-justifying options: its right answer is the only option left",
    });
    expect(p(reject, item(["Wait", "*Share it", "Tell the school"]))).toBe(0.5);
    // The right answer discarded: the learner never picks it.
    expect(p(reject, item(["*Accept her word", "Share it", "Tell the school"]))).toBe(0);
    // Every option discarded: a guess among all.
    expect(p(reject, item(["*Always share", "Never share", "Wait"]))).toBeCloseTo(1 / 3, 12);
  });

  it("mix: every cue in one score, a discarded option far below", () => {
    const i = item([
      "*Speak to the child",
      "Wait and see whether the child settles at home",
      "Ask",
    ]);
    // Active words (speak, child), the longest (+1), a passive opening (-3).
    expect(i.options.map((o) => mixScoreOf(o, i))).toEqual([2, -1, 1]);
    expect(p(mix, i)).toBe(1);
    // Two options as long and as active: a tie.
    const tie = item(["*Share it", "Check it", "Wait"]);
    expect(tie.options.map((o) => mixScoreOf(o, tie))).toEqual([2, 2, -3]);
    expect(p(mix, tie)).toBe(0.5);
    expect(
      p(mix, item(["*Refer and record it", "Accept the account, because it fits", "Go"])),
    ).toBe(1);
  });

  it("select all: reject-and-guess ticks every option it keeps; right only if that is the answer", () => {
    expect(p(reject, multiple(["*Share it", "*Record it", "Wait for the police"]))).toBe(1);
    expect(p(reject, multiple(["*Share it", "Record it", "Wait for the police"]))).toBe(0);
    // Longest ticks the options longer than the average.
    expect(p(longest, multiple(["*Share it with the school", "*Record it in full", "Go"]))).toBe(1);
    // A cue that ticks nothing: a non-empty set at random, 1 in 2³ − 1.
    expect(p(hedged, multiple(["*Share it", "*Record it", "Go"]))).toBeCloseTo(1 / 7, 12);
  });

  it("ordering: every strategy has 1 in n! (no surface cue orders steps)", () => {
    const steps = item(["*Listen", "*Record", "*Tell the lead", "*Refer"], {
      type: "sequencing",
    });
    for (const s of STRATEGIES) expect(p(s, steps)).toBeCloseTo(1 / 24, 12);
  });
});

describe("the expected course score", () => {
  it("weighs each item as the course scores it", () => {
    const answers = [
      { id: "a", p: 1, weighting: 2, cue: "" },
      { id: "b", p: 0, weighting: 1, cue: "" },
      { id: "c", p: 0.5, weighting: 1, cue: "" },
    ];
    expect(expectedPercent(answers)).toBe(62.5);
    expect(expectedPercent([])).toBeUndefined();
  });

  it("counts only scored items", () => {
    const scored = (id: string, isScored: boolean, weighting: number) =>
      ({
        id: { authored: id, fallback: id },
        type: "choice",
        recordKind: "single",
        correct: ["a"],
        scored: isScored,
        weighting,
        options: [
          { id: "a", html: "Yes", text: "Yes", correct: true },
          { id: "b", html: "No", text: "No", correct: false },
        ],
      }) as unknown as ScoredItem;
    const items = wiseItemsOf([scored("q-1", true, 3), scored("kc-1", false, 0)]);
    expect(items.map((i) => [i.id, i.weighting])).toEqual([["q-1", 3]]);
  });

  it("takes the best strategy, the first of those tied", () => {
    const items = [
      item(["*Speak to the child", "Wait", "Go"]),
      item(["*Record what you saw, in full", "Wait for news", "Ask"]),
    ];
    const t = testWiseOf(items);
    expect(t?.strategies.map((s) => [s.strategy.id, Number(s.percent.toFixed(9))])).toEqual([
      ["longest", 100],
      ["hedged", 33.333333333],
      ["active", 75],
      ["reject", 50],
      ["mix", 100],
    ]);
    // Longest and mix both reach 100 %: the first is named.
    expect(t?.best.strategy.id).toBe("longest");
    const tied = testWiseOf([item(["*Go", "Ask"])]);
    expect(tied?.best.strategy.id).toBe("hedged");
    expect(testWiseOf([])).toBeUndefined();
  });

  it("prints one line with the best strategy and every strategy", () => {
    const t = testWiseOf([item(["*Speak to the child", "Wait", "Go"])]);
    if (!t) throw new Error("no figure");
    expect(testWiseLine(t, 80, 1)).toBe(
      'Test-wise learner (no reading, surface cues only): about 100 % by "longest" (pass mark 80 %); strategies: longest 100 %, hedged 33 %, active 100 %, reject and guess 50 %, mix 100 % (1 scored item: fewer than 4, so the checker does not judge it).',
    );
    expect(MIN_SCORED_ITEMS).toBe(4);
    expect(GIVEAWAY).toBe(0.99);
  });
});

describe("the checker on courses", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("warns at pass_mark and at each item that gives itself away, from half the pass mark", () => {
    const { course, problems } = checkCourse(WARNED);
    expect(problems).toEqual([]);
    if (!course) throw new Error("not built");
    const lines = warningsFor(course)
      .map(formatProblem)
      .filter((w) => /surface cues|gives itself away/.test(w));
    expect(lines).toEqual([
      `${WARNED}/course.yaml:9: a learner who has not read the course and answers by surface cues alone would score about 67 % (by "reject and guess"; longest 0 %, hedged 25 %, active 50 %, reject and guess 67 %, mix 50 %), at least half the pass mark of 80 %: the score says less than it should about what learners know; rewrite the items listed as giving themselves away, and any whose wrong options are easy to reject: the same voice, length and hedging in every option, no option arguing for itself, and wrong options that real professionals chose`,
      `${WARNED}/modules/01-quiz.md:9: "q-frightened" gives itself away to a learner who rejects passive, absolute and self-justifying options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
      `${WARNED}/modules/01-quiz.md:30: "q-bruise" gives itself away to a learner who rejects passive and absolute options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
    ]);
    expect(lines).toHaveLength(3);
  });

  it("prints the figure beside the pass mark, with the warnings, in npm run check", () => {
    const report = checkReport(WARNED);
    expect(report.ok).toBe(true);
    expect(report.out.filter((l) => l.startsWith("Test-wise learner"))).toEqual([
      'Test-wise learner (no reading, surface cues only): about 67 % by "reject and guess" (pass mark 80 %); strategies: longest 0 %, hedged 25 %, active 50 %, reject and guess 67 %, mix 50 %.',
    ]);
    expect(report.out).toContain(
      `${WARNED}/modules/01-quiz.md:9: warning: "q-frightened" gives itself away to a learner who rejects passive, absolute and self-justifying options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
    );
    expect(report.out).toContain("3 warnings (they do not stop the build).\n");
  });

  it("refuses a course whose test-wise score reaches the pass mark", () => {
    expect(problemsIn(REFUSED)).toEqual([
      `course.yaml:10: a learner who has not read the course and answers by surface cues alone would score about 100 % (by "reject and guess"; longest 25 %, hedged 25 %, active 83 %, reject and guess 100 %, mix 100 %), which reaches the pass mark of 70 %: a learner could pass without reading it, so the score would mean nothing; rewrite the items listed as giving themselves away, and any whose wrong options are easy to reject: the same voice, length and hedging in every option, no option arguing for itself, and wrong options that real professionals chose`,
      `modules/01-quiz.md:9: "q-frightened" gives itself away to a learner who rejects passive, absolute and self-justifying options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
      `modules/01-quiz.md:30: "q-bruise" gives itself away to a learner who rejects passive and absolute options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
      `modules/01-quiz.md:48: "q-disagree" gives itself away to a learner who rejects passive and self-justifying options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
      `modules/01-quiz.md:66: "q-parent-says" gives itself away to a learner who rejects passive, absolute and self-justifying options: its right answer is the only option left; write every option in the same voice, length and hedging, so that none stands out`,
    ]);
    expect(() => loadCourse(REFUSED)).toThrow(/which reaches the pass mark of 70 %/);
    const report = checkReport(REFUSED);
    expect(report.ok).toBe(false);
    expect(report.err.at(-1)).toContain("5 problems found");
  });

  it("still builds a published version, warning that a new version will be refused", () => {
    // Publish the refused course as it is (recorded with the check off: pass mark 0), then put
    // its pass mark back.
    const dir = courseCopy(REFUSED, {
      "course.yaml": (t) => t.replace("pass_mark: 70", "pass_mark: 0"),
    });
    dirs.push(dir);
    writeRecord(dir, recordOf(loadCourse(dir).course));
    const published = courseCopy(dir, {
      "course.yaml": (t) => t.replace("pass_mark: 0", "pass_mark: 70"),
    });
    dirs.push(published);
    const { course, problems } = checkCourse(published);
    expect(problems).toEqual([]);
    if (!course) throw new Error("not built");
    const [atPassMark] = warningsFor(course)
      .map((w) => formatProblem({ ...w, file: w.file.replace(`${published}/`, "") }))
      .filter((w) => w.startsWith("course.yaml:"));
    expect(atPassMark).toBe(
      `course.yaml:10: a learner who has not read the course and answers by surface cues alone would score about 100 % (by "reject and guess"; longest 25 %, hedged 25 %, active 83 %, reject and guess 100 %, mix 100 %), which reaches the pass mark of 70 %: a learner could pass without reading it. Version 1.0.0 is published, so it still builds, but a new version will be refused until its items are rewritten: rewrite the items listed as giving themselves away, and any whose wrong options are easy to reject: the same voice, length and hedging in every option, no option arguing for itself, and wrong options that real professionals chose`,
    );
    expect(warningsFor(course).filter((w) => /gives itself away/.test(w.message))).toHaveLength(4);
    // The next version, unpublished, is refused.
    const next = courseCopy(published, {
      "course.yaml": (t) => t.replace("version: 1.0.0", "version: 1.1.0"),
      "CHANGELOG.md": (t) => t.replace("## 1.0.0", "## 1.1.0\n\nNothing yet.\n\n## 1.0.0"),
    });
    dirs.push(next);
    expect(problemsIn(next)[0]).toMatch(/^course\.yaml:10: .*which reaches the pass mark of 70 %/);
  });

  it("says nothing below half the pass mark, and does not judge fewer than 4 scored items", () => {
    // The two giveaways made absolute too: reject-and-guess is left to chance on them.
    const calm = courseCopy(WARNED, {
      "modules/01-quiz.md": (t) =>
        t
          .replace("Listen to her, and tell your", "Listen to her, and always tell your")
          .replace(
            "Refer to children's social care and record what you saw",
            "Refer only to social care, in writing",
          ),
    });
    dirs.push(calm);
    const { course } = checkCourse(calm);
    if (!course) throw new Error("not built");
    expect(course.testWise?.warnings).toEqual([]);
    // (¼ + ⅓ + ⅓ + ⅓) / 4 = 31.25 %, under 40 %.
    expect(course.testWise?.line).toBe(
      'Test-wise learner (no reading, surface cues only): about 31 % by "reject and guess" (pass mark 80 %); strategies: longest 13 %, hedged 25 %, active 25 %, reject and guess 31 %, mix 13 %.',
    );
    const tiny = checkReport(TINY_COURSE);
    expect(tiny.ok).toBe(true);
    expect(tiny.out.filter((l) => l.startsWith("Test-wise learner"))).toEqual([
      'Test-wise learner (no reading, surface cues only): about 50 % by "hedged" (pass mark 50 %); strategies: longest 0 %, hedged 50 %, active 50 %, reject and guess 50 %, mix 0 % (1 scored item: fewer than 4, so the checker does not judge it).',
    ]);
    expect(tiny.out.join("\n")).not.toMatch(/surface cues alone/);
  });

  it("Family M 1.2.0 builds, scored by its final assessment's bank, which no surface cue gives away (at most 40 %)", () => {
    const report = checkReport("course");
    expect(report.ok).toBe(true);
    const line = report.out.find((l) => l.startsWith("Test-wise learner")) ?? "";
    expect(line).toMatch(/pass mark 80 %/);
    const best = Number(/about (\d+) %/.exec(line)?.[1]);
    expect(best).toBeLessThanOrEqual(40);
    expect(report.out.filter((l) => /gives itself away/.test(l))).toEqual([]);
    expect(report.out.some((l) => /warning: a learner who has not read/.test(l))).toBe(false);
  });
});

describe("where an item is written", () => {
  const modules = [
    { file: "modules/01-a.md", text: "---\nid: a\n---\n```question\nid: q-one\n```\n" },
    {
      file: "modules/02-case.md",
      text: "```branching\nid: walk\nscenes:\n  - id: start\n  - id: monday\n    options:\n      - id: a\n```\n",
    },
  ];

  it("finds a question at its id line, and a case's decision at its scene's id line", () => {
    expect(locateItem("q-one", modules)).toEqual({ file: "modules/01-a.md", line: 5 });
    expect(locateItem("walk-monday", modules)).toEqual({ file: "modules/02-case.md", line: 5 });
  });

  it("falls back to the first module's first line for an id written nowhere", () => {
    expect(locateItem("nowhere-at-all", modules)).toEqual({ file: "modules/01-a.md", line: 1 });
  });
});
