/** Pages within modules: how a module splits, what counts as reached, and the bookmark. */
import { describe, expect, it } from "vitest";
import { pagesOf } from "../../src/blocks/page/rules.js";
import type { Block, Course } from "../../src/course/model.js";
import {
  completionOf,
  emptyProgress,
  moduleState,
  placeOf,
  progressMeasure,
  spend,
  stampCompletion,
  visit,
} from "../../src/progress/progress.js";
import { decodeSnapshot, encodeSnapshot, worstCaseSnapshot } from "../../src/progress/snapshot.js";
import { sampleCourse } from "../helpers/course.js";

const prose = (text: string): Block => ({ kind: "html", html: `<p>${text}</p>` });
const page = (title?: string): Block => (title ? { kind: "page", title } : { kind: "page" });

/** The sample course with its first module in three pages. */
function pagedCourse(): Course {
  const course = sampleCourse();
  course.modules[0].blocks = [prose("one"), page("Two"), prose("two"), page(), prose("three")];
  return course;
}

describe("a module's pages", () => {
  it("are the blocks between page breaks, each break giving the next page its title", () => {
    const pages = pagesOf({ blocks: pagedCourse().modules[0].blocks });
    expect(pages.map((p) => [p.title, p.blocks.length])).toEqual([
      [undefined, 1],
      ["Two", 1],
      [undefined, 1],
    ]);
  });

  it("a module with no break is one page; a break first or last makes no empty page", () => {
    expect(pagesOf({ blocks: [prose("a")] })).toHaveLength(1);
    const titled = pagesOf({ blocks: [page("Start"), prose("a"), page("Empty")] });
    expect(titled.map((p) => [p.title, p.blocks.length])).toEqual([["Start", 1]]);
  });
});

describe("progress through pages", () => {
  const course = pagedCourse();
  const first = course.modules[0];

  it("a module opened but not read to its last page is in progress, not done", () => {
    const opened = visit(emptyProgress(), first.id);
    expect(moduleState(first, opened)).toBe("in-progress");
    const two = visit(opened, first.id, 2);
    expect(moduleState(first, two)).toBe("in-progress");
    expect(moduleState(first, visit(two, first.id, 3))).toBe("done");
  });

  it("the progress measure counts pages reached, not modules opened", () => {
    const opened = visit(emptyProgress(), first.id);
    const all = visit(visit(opened, first.id, 2), first.id, 3);
    expect(progressMeasure(course, all)).toBeGreaterThan(progressMeasure(course, opened));
    // Opening the first page of a three-page module is a third of what reading it is.
    const onePage = progressMeasure(course, opened);
    expect(progressMeasure(course, all)).toBeCloseTo(onePage * 3, 1);
  });

  it("the course is complete only when every page of every module was reached", () => {
    let p = emptyProgress();
    for (const m of course.modules) p = visit(p, m.id);
    for (const q of course.modules.flatMap((m) => m.blocks)) {
      if (q.kind === "question") {
        p = {
          ...p,
          answers: {
            ...p.answers,
            [q.question.id]: { choice: [q.question.options[0].id], attempts: 1 },
          },
        };
      }
    }
    expect(completionOf(course, p)).toBe("incomplete");
    p = visit(visit(p, first.id, 2), first.id, 3);
    expect(completionOf(course, p)).toBe("completed");
  });

  it("completion is stamped once, at the first moment the course is complete", () => {
    let p = emptyProgress();
    for (const m of course.modules) p = visit(p, m.id);
    expect(stampCompletion(course, p, 1000).completedAt).toBeUndefined();
    const done = {
      ...visit(visit(p, first.id, 2), first.id, 3),
      answers: Object.fromEntries(
        course.modules
          .flatMap((m) => m.blocks)
          .flatMap((b) => (b.kind === "question" ? [b.question] : []))
          .map((q) => [q.id, { choice: [q.options[0].id], attempts: 1 }]),
      ),
    };
    const stamped = stampCompletion(course, done, 5000);
    expect(stamped.completedAt).toBe(5000);
    expect(stampCompletion(course, stamped, 9000).completedAt).toBe(5000);
  });

  it("time spent adds up, and a clock that jumps cannot add a negative or a huge span", () => {
    let p = spend(emptyProgress(), 90_000);
    p = spend(p, -5_000);
    p = spend(p, 10 * 86_400_000);
    expect(p.timeSpentMs).toBe(90_000 + 86_400_000);
  });
});

describe("the bookmark", () => {
  const course = pagedCourse();
  const first = course.modules[0];

  it("names the module alone for page 1 and module.page after it", () => {
    expect(visit(emptyProgress(), first.id).location).toBe(first.id);
    expect(visit(emptyProgress(), first.id, 3).location).toBe(`${first.id}.3`);
    expect(placeOf(course, `${first.id}.3`)).toEqual({ moduleId: first.id, page: 3 });
    expect(placeOf(course, first.id)).toEqual({ moduleId: first.id, page: 1 });
  });

  it("a page the module no longer has becomes its last page; an unknown module is no place", () => {
    expect(placeOf(course, `${first.id}.9`)).toEqual({ moduleId: first.id, page: 3 });
    expect(placeOf(course, "gone.2")).toBeUndefined();
    expect(placeOf(course, "")).toBeUndefined();
  });

  it("survives the saved state, with the pages reached", () => {
    const p = visit(visit(emptyProgress(), first.id), first.id, 3);
    const back = decodeSnapshot(encodeSnapshot(p), course);
    expect(back.dropped).toEqual([]);
    expect(back.progress.location).toBe(`${first.id}.3`);
    expect(back.progress.pagesSeen[first.id]).toBe(0b101);
    expect(moduleState(first, back.progress)).toBe("in-progress");
  });

  it("pages a republished module no longer has are forgotten", () => {
    const p = visit(visit(emptyProgress(), first.id), first.id, 3);
    const shorter = sampleCourse();
    const back = decodeSnapshot(encodeSnapshot(p), shorter).progress;
    expect(back.location).toBe(first.id);
    expect(back.pagesSeen[first.id]).toBe(1);
  });

  it("the worst case counts every page of every module", () => {
    const worst = worstCaseSnapshot(course);
    const back = decodeSnapshot(worst, course);
    expect(back.dropped).toEqual([]);
    expect(moduleState(first, back.progress)).not.toBe("not-started");
    expect(back.progress.pagesSeen[first.id]).toBe(0b111);
  });
});
