/**
 * The player starts with each module's outline and fetches its content only to show its pages,
 * so every rule must give the same answer on the outline as on the whole course: pages, tasks,
 * scores, completion, the report to the LMS, the saved state and the retake. Checked on Family M
 * and on a course with every kind of block, over many learners' answers.
 */
import { describe, expect, it } from "vitest";
import { endingOf, tallyOf } from "../../src/blocks/branching/endings.js";
import { pathOf } from "../../src/blocks/branching/rules.js";
import { outlineCourse } from "../../src/blocks/outline.js";
import { pageCountOf, pagesOf } from "../../src/blocks/page/rules.js";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { kindOf, taskOf } from "../../src/blocks/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { courseModuleSource } from "../../src/compiler/player-build/course-plugin.js";
import type { Course } from "../../src/course/model.js";
import {
  answer,
  completionOf,
  emptyProgress,
  moduleState,
  type Progress,
  placeOf,
  progressMeasure,
  questionsToRetake,
  scoreOf,
  successOf,
  visit,
} from "../../src/progress/progress.js";
import { reportOf } from "../../src/progress/report.js";
import { decodeSnapshot, encodeSnapshot, worstCaseSnapshot } from "../../src/progress/snapshot.js";

/** A small deterministic generator, so a failure names a learner that can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** A learner who visits some pages and answers some choices, at random. */
function learner(course: Course, seed: number): Progress {
  const next = random(seed);
  let progress = emptyProgress();
  for (const m of course.modules) {
    for (let page = 1; page <= pageCountOf(m); page++) {
      if (next() < 0.7) progress = visit(progress, m.id, page);
    }
    for (const b of m.blocks) {
      for (const q of kindOf(b).answerables(b)) {
        if (next() < 0.3) continue;
        const picked = q.parts.filter(() => next() < 0.4);
        progress = answer(progress, q, picked.length > 0 ? picked : [q.parts[0]]);
      }
    }
  }
  return progress;
}

const held = { completion: "unknown", success: "unknown" } as const;

describe.each([
  ["Family M", "course"],
  ["every kind of block", "tests/fixtures/every-block"],
])("the outline of %s", (_name, dir) => {
  const full = loadCourse(dir).course;
  const outline = outlineCourse(full);

  it("is much smaller than the course: the text is what the pages fetch", () => {
    expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(full).length * 0.75);
    expect(JSON.stringify(outline)).not.toContain(JSON.stringify(full.modules[0].blocks[0]));
  });

  it("has the same modules, blocks, pages, choices and right answers", () => {
    for (const [i, m] of full.modules.entries()) {
      const o = outline.modules[i];
      expect(o.id).toBe(m.id);
      expect(o.blocks.map((b) => b.kind)).toEqual(m.blocks.map((b) => b.kind));
      expect(pageCountOf(o)).toBe(pageCountOf(m));
      expect(pagesOf(o).map((p) => p.title)).toEqual(pagesOf(m).map((p) => p.title));
      const answerables = (c: typeof m) => c.blocks.flatMap((b) => kindOf(b).answerables(b));
      expect(answerables(o)).toEqual(answerables(m));
    }
    expect(questionsOf(outline).map((q) => q.id)).toEqual(questionsOf(full).map((q) => q.id));
  });

  it("gives every progress rule, the report and the saved state the same answers", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const progress = learner(full, seed);
      const same = <T>(rule: (c: Course) => T) =>
        expect(rule(outline), `learner ${seed}`).toEqual(rule(full));
      same((c) => scoreOf(c, progress));
      same((c) => completionOf(c, progress));
      same((c) => successOf(c, progress, c.settings.passMark));
      same((c) => progressMeasure(c, progress));
      same((c) => questionsToRetake(c, progress).map((q) => q.id));
      same((c) => c.modules.map((m) => moduleState(m, progress)));
      same((c) => c.modules.flatMap((m) => m.blocks.map((b) => taskOf(b, progress))));
      same((c) => reportOf(c, progress, held, c.settings.passMark));
      same((c) => decodeSnapshot(encodeSnapshot(progress), c));
      same((c) => placeOf(c, progress.location));
      // A case's tally and the ending it reaches (the every-block case has three).
      same((c) =>
        c.modules.flatMap((m) =>
          m.blocks.flatMap((b) => {
            if (b.kind !== "branching") return [];
            const path = pathOf(b, progress);
            return [{ tally: tallyOf(path), ending: endingOf(b, path)?.id }];
          }),
        ),
      );
    }
    const worst = worstCaseSnapshot(full);
    expect(worstCaseSnapshot(outline)).toBe(worst);
    expect(decodeSnapshot(worst, outline)).toEqual(decodeSnapshot(worst, full));
  });
});

describe("the course file the player starts with (virtual:course)", () => {
  const full = loadCourse("course").course;
  const source = courseModuleSource(full);
  const literal = /^export default JSON\.parse\(("(?:[^"\\]|\\.)*")\);$/m.exec(source)?.[1];
  const shipped = JSON.parse(JSON.parse(literal as string)) as Course;

  it("holds the first module whole and every other module as its outline", () => {
    const [first, ...rest] = full.modules;
    expect(shipped.modules[0].blocks).toEqual(first.blocks);
    const outline = outlineCourse(full);
    for (const [i, m] of rest.entries()) {
      expect(shipped.modules[i + 1].blocks).toEqual(outline.modules[i + 1].blocks);
      expect(m.blocks).not.toEqual(outline.modules[i + 1].blocks);
    }
  });

  it("loads every other module's content from a file of its own, and none for the first", () => {
    const loaders = [
      ...source.matchAll(/^"([^"]+)": \(\) => import\("virtual:course\/module\/\1"\)/gm),
    ];
    expect(loaders.map((m) => m[1])).toEqual(full.modules.slice(1).map((m) => m.id));
  });
});
