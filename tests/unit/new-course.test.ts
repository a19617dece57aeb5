/** `npm run new-course`: a new course folder that checks as it is, with no Family M material. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FENCED_KINDS } from "../../src/blocks/build-kinds.js";
import { courseIdFor, createCourse } from "../../src/compiler/authoring/course-template.js";
import { compileCourse } from "../../src/compiler/player-build/course-plugin.js";

const made: string[] = [];
function parent(): string {
  const dir = mkdtempSync(join(tmpdir(), "new-course-"));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a new course", () => {
  it("passes every build-time check, with one example of each block kind", () => {
    const dir = join(parent(), "Baby T review");
    expect(createCourse(dir)).toBe("baby-t-review");
    const { loaded, problems } = compileCourse(dir);
    expect(problems).toEqual([]);
    const course = loaded?.course;
    expect(course?.id).toBe("baby-t-review");
    const blocks = course?.modules.flatMap((m) => m.blocks) ?? [];
    const kinds = new Set(
      blocks.map((b) => (b.kind === "question" ? `question:${b.question.kind}` : b.kind)),
    );
    // Every kind the registry knows: a kind added without an example here fails this test.
    const expected = [
      "html",
      ...FENCED_KINDS.filter((k) => k !== "question"),
      "question:multiple",
      "question:scenario",
      "question:single",
    ];
    expect([...kinds].sort()).toEqual(expected.sort());
  });

  it("carries nothing from the Family M course", () => {
    const dir = join(parent(), "new");
    createCourse(dir);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
      /\.(md|yaml)$/.test(f),
    );
    for (const f of files) {
      expect(readFileSync(join(dir, f), "utf8"), f).not.toMatch(/Family M|Wiltshire|Mr W/i);
    }
  });

  it("refuses a folder that already has files, and changes nothing in it", () => {
    const dir = join(parent(), "taken");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(() => createCourse(dir)).toThrow(
      `${dir} already has files in it: choose a new folder name, so nothing there is overwritten`,
    );
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  it("makes a course id from any folder name", () => {
    expect(courseIdFor("Baby T review")).toBe("baby-t-review");
    expect(courseIdFor("2026 CSPR")).toBe("course-2026-cspr");
    expect(courseIdFor("Café_Review!")).toBe("cafe-review");
    expect(courseIdFor("x".repeat(60))).toHaveLength(48);
  });
});
