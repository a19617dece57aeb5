/**
 * Where the browser keeps nothing, the player takes back the course's promise that learners can
 * come back to where they left off (strings.resumePromise): every such promise in the course must
 * be one it recognises, or a course edit would make it true again only in words.
 */
import { describe, expect, it } from "vitest";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { strings } from "../../src/player/strings.js";

const course = loadCourse("course").course;
const texts = course.modules.flatMap((m) =>
  m.blocks.flatMap((b) => ("html" in b ? [{ module: m.id, html: b.html }] : [])),
);

describe("the course's promise to resume", () => {
  it("is made on the Welcome page, in words the player can take back", () => {
    const welcome = texts.filter((t) => t.module === course.modules[0].id);
    expect(welcome.some((t) => t.html.match(strings.resumePromise))).toBe(true);
  });

  it("is never made in other words the player would leave standing", () => {
    for (const { module, html } of texts) {
      const left = html.replace(strings.resumePromise, "").replace(/<[^>]+>/g, " ");
      expect(left, module).not.toMatch(/where\s+you\s+left\s+off/i);
    }
  });
});
