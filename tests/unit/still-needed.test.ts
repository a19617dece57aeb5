/**
 * What the results screen lists as still needed: it must be empty exactly when the LMS is told
 * the course is complete and given a result, so the screen and the LMS never disagree.
 */

import { describe, expect, it } from "vitest";
import { outlineCourse } from "../../src/blocks/outline.js";
import { pageCountOf } from "../../src/blocks/page/rules.js";
import { answerableOf, questionsOf } from "../../src/blocks/question/rules.js";
import { stillNeededOf } from "../../src/blocks/results/still-needed.js";
import { kindOf } from "../../src/blocks/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Course } from "../../src/course/model.js";
import {
  answer,
  completionOf,
  emptyProgress,
  type Progress,
  scoredAnswerablesOf,
  successOf,
  visit,
} from "../../src/progress/progress.js";
import { reportOf } from "../../src/progress/report.js";
import { sampleCourse } from "../helpers/course.js";

const familyM = loadCourse("course").course;

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** A learner who reaches most pages and answers most choices, right or wrong, at random. */
function learner(course: Course, seed: number, skip: number): Progress {
  const next = random(seed);
  let progress = emptyProgress();
  for (const m of course.modules) {
    for (let page = 1; page <= pageCountOf(m); page++) {
      if (next() >= skip) progress = visit(progress, m.id, page);
    }
    for (const b of m.blocks) {
      for (const q of kindOf(b).answerables(b)) {
        if (next() < skip) continue;
        progress = answer(progress, q, next() < 0.8 ? q.correct : [q.parts[0]]);
      }
    }
  }
  return progress;
}

/** A learner who did everything but one thing: one page not reached, or one choice not made. */
function nearlyDone(course: Course, seed: number): Progress {
  const full = learner(course, seed, 0);
  const next = random(seed * 7 + 1);
  const choices = course.modules.flatMap((m) => m.blocks.flatMap((b) => kindOf(b).answerables(b)));
  if (next() < 0.5) {
    const q = choices[Math.floor(next() * choices.length)];
    const { [q.id]: _dropped, ...answers } = full.answers;
    return { ...full, answers };
  }
  const m = course.modules[Math.floor(next() * course.modules.length)];
  const page = Math.floor(next() * pageCountOf(m));
  const seen = (full.pagesSeen[m.id] ?? 1) & ~(1 << page);
  return { ...full, pagesSeen: { ...full.pagesSeen, [m.id]: seen } };
}

/**
 * Every question answered right: the practice questions and sorts, and the items that count
 * (scored questions, this attempt's draw of a final assessment): a pass, on the results alone.
 */
function answersEverythingRight(course: Course, progress = emptyProgress()): Progress {
  let p = progress;
  for (const q of questionsOf(course)) p = answer(p, answerableOf(q), answerableOf(q).correct);
  for (const b of course.modules.flatMap((m) => m.blocks)) {
    if (b.kind === "sort") for (const q of kindOf(b).answerables(b)) p = answer(p, q, q.correct);
  }
  for (const q of scoredAnswerablesOf(course, p)) p = answer(p, q, q.correct);
  return p;
}

describe("what completion still needs", () => {
  it("a learner who answered every question and the final assessment through the menu but skipped modules 2–3 and the case is told what is left, not that they passed", () => {
    let p = emptyProgress();
    for (const m of familyM.modules) {
      if (["what-is-an-scr", "family-m-case", "walk-a-case"].includes(m.id)) continue;
      for (let page = 1; page <= pageCountOf(m); page++) p = visit(p, m.id, page);
    }
    p = answersEverythingRight(familyM, p);
    expect(completionOf(familyM, p)).toBe("incomplete");
    const needed = stillNeededOf(familyM, p);
    expect(needed.map((n) => n.module.id)).toEqual([
      "what-is-an-scr",
      "family-m-case",
      "walk-a-case",
    ]);
    const familyMModule = needed.find((n) => n.module.id === "family-m-case");
    expect(familyMModule?.pages).toEqual([1, 2]);
    const walk = needed.find((n) => n.module.id === "walk-a-case");
    expect(walk?.tasks.map((t) => t.block.kind)).toEqual(["branching"]);
    // No scored question is missing: the score is known, but it is not yet a result.
    expect(needed.flatMap((n) => n.questions)).toEqual([]);
    expect(reportOf(familyM, p, { completion: "unknown", success: "unknown" }, 80).success).toBe(
      "unknown",
    );
  });

  it("a case half walked is taken up at the decision waiting for the learner", () => {
    const walkModule = familyM.modules.find((m) => m.id === "walk-a-case");
    if (!walkModule) throw new Error("no walk-a-case module");
    const block = walkModule.blocks.find((b) => b.kind === "branching");
    if (block?.kind !== "branching") throw new Error("no case");
    const first = kindOf(block).answerables(block)[0];
    const p = answer(visit(emptyProgress(), walkModule.id), first, [first.parts[0]]);
    const task = stillNeededOf(familyM, p).find((n) => n.module.id === walkModule.id)?.tasks[0];
    expect(task?.waiting).toBeDefined();
    expect(task?.waiting).not.toBe(first.id);
    expect(
      kindOf(block)
        .answerables(block)
        .some((q) => q.id === task?.waiting),
    ).toBe(true);
  });

  it("names unanswered scored questions even when completion needs only the pages", () => {
    const pagesOnly: Course = {
      ...familyM,
      settings: { ...familyM.settings, completion: "all-modules" },
    };
    let p = emptyProgress();
    for (const m of pagesOnly.modules) {
      for (let page = 1; page <= pageCountOf(m); page++) p = visit(p, m.id, page);
    }
    expect(completionOf(pagesOnly, p)).toBe("completed");
    const needed = stillNeededOf(pagesOnly, p);
    // Family M's score is its final assessment's draw: one task, taken up at its first item.
    const scored = scoredAnswerablesOf(pagesOnly, p);
    expect(scored.length).toBe(12);
    expect(needed.flatMap((n) => n.questions)).toEqual([]);
    expect(needed.flatMap((n) => n.tasks.map((t) => [n.module.id, t.waiting, t.answered]))).toEqual(
      [["assessment", scored[0].id, { done: 0, of: 12 }]],
    );
    expect(needed.flatMap((n) => n.pages)).toEqual([]);
  });

  it("names an unanswered ordering question and an unwalked scored case when completion needs only the pages", () => {
    const everyBlock = loadCourse("tests/fixtures/every-block").course;
    const pagesOnly: Course = {
      ...everyBlock,
      settings: { ...everyBlock.settings, completion: "all-modules" },
    };
    let p = emptyProgress();
    for (const m of pagesOnly.modules) {
      for (let page = 1; page <= pageCountOf(m); page++) p = visit(p, m.id, page);
    }
    for (const q of questionsOf(pagesOnly)) p = answer(p, answerableOf(q), [q.options[0].id]);
    const needed = stillNeededOf(pagesOnly, p);
    expect(needed.flatMap((n) => n.questions.map((q) => [q.item.id, q.item.type]))).toEqual([
      ["order-concern", "sequencing"],
    ]);
    // The case's decisions are scored, so the result waits for it: taken up at its first decision.
    expect(needed.flatMap((n) => n.tasks.map((t) => t.waiting))).toEqual(["walk-monday"]);
  });

  describe.each([
    ["Family M", familyM],
    ["its outline", outlineCourse(familyM)],
    ["every kind of block", loadCourse("tests/fixtures/every-block").course],
    ["a course with an unscored check", sampleCourse()],
    ["that course, complete on its pages", sampleCourse({ completion: "all-modules" })],
  ])("on %s", (_name, course) => {
    it("is empty exactly when the course is complete and has a result, for 600 learners", () => {
      let empty = 0;
      for (let seed = 1; seed <= 600; seed++) {
        const p =
          seed % 2 === 0
            ? nearlyDone(course, seed)
            : learner(course, seed, seed % 3 === 0 ? 0 : 0.03);
        const done =
          completionOf(course, p) === "completed" &&
          (scoredAnswerablesOf(course, p).length === 0 ||
            successOf(course, p, course.settings.passMark) !== "unknown");
        expect(stillNeededOf(course, p).length === 0, `learner ${seed}`).toBe(done);
        if (done) empty++;
      }
      // Both sides of the rule were met.
      expect(empty).toBeGreaterThan(50);
      expect(empty).toBeLessThan(600);
    });
  });
});
