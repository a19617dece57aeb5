/**
 * Republishing: version N+1 of a course is the same course to the LMS, and a learner part-way
 * through version N keeps what still applies.
 */

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { answerableOf, questionsOf } from "../../src/blocks/question/rules.js";
import { buildCourse } from "../../src/compiler/build.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Course } from "../../src/course/model.js";
import { answer, emptyProgress, visit } from "../../src/progress/progress.js";
import { reportOf } from "../../src/progress/report.js";
import { decodeSnapshot, encodeSnapshot } from "../../src/progress/snapshot.js";

const V1 = "tests/fixtures/republish-v1";
const V2 = "tests/fixtures/republish-v2";
const v1 = loadCourse(V1).course;
const v2 = loadCourse(V2).course;

function ids(course: Course): string[] {
  return [
    course.id,
    ...course.themes.map((t) => t.id),
    ...course.modules.map((m) => m.id),
    ...questionsOf(course).flatMap((q) => [q.id, ...q.options.map((o) => `${q.id}/${o.id}`)]),
  ];
}

describe("republishing version N as N+1", () => {
  const zips: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    for (const [name, dir] of [
      ["v1", V1],
      ["v2", V2],
    ]) {
      const out = mkdtempSync(join(tmpdir(), `republish-${name}-`));
      const built = await buildCourse(dir, out, join(out, "web"));
      zips[name] = {};
      for (const z of built.zips.filter((x) => x.includes("-scorm"))) {
        const files = unzipSync(readFileSync(z));
        zips[name][z.includes("scorm12") ? "scorm12" : "scorm2004"] = new TextDecoder().decode(
          files["imsmanifest.xml"],
        );
      }
    }
  }, 120_000);

  it("keeps manifest and organisation identifiers and changes only the version", () => {
    const identifiers = (xml: string) =>
      [...xml.matchAll(/(identifier|identifierref|objectiveID)="([^"]+)"/g)].map((m) => m[2]);
    for (const v of ["scorm12", "scorm2004"]) {
      expect(identifiers(zips.v2[v])).toEqual(identifiers(zips.v1[v]));
      expect(zips.v1[v]).toContain('version="1.0.0"');
      expect(zips.v2[v]).toContain('version="1.1.0"');
    }
  });

  it("keeps every module, question and option id that both versions share", () => {
    const before = new Set(ids(v1));
    const after = new Set(ids(v2));
    const kept = [...before].filter((id) => after.has(id));
    expect(kept).toContain("q-keep/a");
    expect(kept).toContain("q-reword/b");
    expect([...before].filter((id) => !after.has(id))).toEqual([
      "q-remove",
      "q-remove/a",
      "q-remove/b",
    ]);
    expect([...after].filter((id) => !before.has(id))).toEqual(["q-new", "q-new/a", "q-new/b"]);
  });

  it("resumes a learner half-way through N in N+1 with their other answers intact", () => {
    let p = visit(visit(emptyProgress(), "intro"), "questions");
    const q = (id: string) => {
      const found = questionsOf(v1).find((x) => x.id === id);
      if (!found) throw new Error(`no question ${id} in the fixture`);
      return found;
    };
    p = answer(p, answerableOf(q("q-keep")), ["a"]);
    p = answer(p, answerableOf(q("q-remove")), ["a"]);
    p = answer(p, answerableOf(q("q-reword")), ["b"]);
    const saved = encodeSnapshot(p);

    const { progress, dropped } = decodeSnapshot(saved, v2);
    expect(progress.location).toBe("questions");
    expect(progress.visited).toEqual(["intro", "questions"]);
    expect(progress.answers).toEqual({
      "q-keep": { choice: ["a"], attempts: 1 },
      "q-reword": { choice: ["b"], attempts: 1 },
    });
    expect(dropped).toEqual(['question "q-remove" is no longer in the course']);
    // The new question is simply not answered yet.
    expect(progress.answers["q-new"]).toBeUndefined();
  });

  it("never undoes a completion the LMS already holds", () => {
    const held = { completion: "completed", success: "passed" } as const;
    const r = reportOf(v2, decodeSnapshot("", v2).progress, held, v2.settings.passMark);
    expect([r.completion, r.success]).toEqual(["completed", "passed"]);
  });
});
