/**
 * Each module's content arrives when first shown: fetched once however often it is asked for,
 * put in place of the outline, a failed fetch tried again on the next ask, and content that does
 * not fit the outline refused rather than shown against the wrong progress.
 */
import { describe, expect, it } from "vitest";
import { outlineCourse } from "../../src/blocks/outline.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Block } from "../../src/course/model.js";
import { ModuleContent } from "../../src/player/module-content.js";

const full = loadCourse("tests/fixtures/every-block").course;
const fresh = () => outlineCourse(structuredClone(full));

describe("ModuleContent", () => {
  it("fetches a module once, however often it is asked for, and puts its blocks in place", async () => {
    const course = fresh();
    const calls: string[] = [];
    const content = new ModuleContent(course, {
      [full.modules[0].id]: async () => {
        calls.push(full.modules[0].id);
        return structuredClone(full.modules[0].blocks);
      },
    });
    const [welcome, other] = course.modules;
    expect(content.has(welcome.id)).toBe(false);
    // A module without a loader is already whole (the build's prerender, tests).
    expect(content.has(other.id)).toBe(true);
    await Promise.all([content.load(welcome.id), content.load(welcome.id)]);
    await content.load(welcome.id);
    expect(calls).toEqual([welcome.id]);
    expect(content.has(welcome.id)).toBe(true);
    expect(course.modules[0].blocks).toEqual(full.modules[0].blocks);
  });

  it("tries again after a failed fetch, and says it failed", async () => {
    const course = fresh();
    let fail = true;
    const id = full.modules[1].id;
    const content = new ModuleContent(course, {
      [id]: async () => {
        if (fail) throw new Error("offline");
        return structuredClone(full.modules[1].blocks);
      },
    });
    await expect(content.load(id)).rejects.toThrow(/offline/);
    expect(content.has(id)).toBe(false);
    fail = false;
    await content.load(id);
    expect(content.has(id)).toBe(true);
  });

  it("refuses content that does not fit the course's outline, keeping the outline", async () => {
    const course = fresh();
    const id = full.modules[0].id;
    const before = course.modules[0].blocks;
    const content = new ModuleContent(course, {
      [id]: async () => [] as Block[],
    });
    await expect(content.load(id)).rejects.toThrow(/does not match/);
    expect(course.modules[0].blocks).toBe(before);
    expect(content.has(id)).toBe(false);
  });
});
