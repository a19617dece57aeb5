import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { ID_PATTERN } from "../../src/course/model.js";
import {
  authoredIdOf,
  fallbackIdOf,
  isFallbackId,
  isIdentifierElement,
} from "../../src/lms/identifier.js";
import { RULE_SETS } from "../../src/tools/lms-simulator/launch-rules.js";

/** Every course folder in the repository: the real one and each fixture that loads. */
function courses() {
  const dirs = [
    "course",
    ...readdirSync("tests/fixtures").map((d) => join("tests/fixtures", d)),
  ].filter((d) => statSync(d).isDirectory() && existsSync(join(d, "course.yaml")));
  return dirs.flatMap((dir) => {
    const { course } = loadCourse(dir);
    return course ? [{ dir, course }] : [];
  });
}

/** Every id a course sends as an interaction or objective id. */
function reportedIds(course: NonNullable<ReturnType<typeof loadCourse>["course"]>): string[] {
  return [...questionsOf(course).map((q) => q.id), ...course.themes.map((t) => t.id)];
}

describe("the fallback form of an id", () => {
  it("writes hyphens as colons and keeps everything else", () => {
    expect(fallbackIdOf("q-arrest-bail")).toBe("q:arrest:bail");
    expect(fallbackIdOf("risk-images")).toBe("risk:images");
    expect(fallbackIdOf("q1")).toBe("q1");
    expect(fallbackIdOf("")).toBe("");
  });

  it("passes Forma LMS's identifier check, which the authored form does not", () => {
    const forma = RULE_SETS.forma;
    expect(forma.refusesIdentifier("q-arrest-bail")).toBe(true);
    expect(forma.refusesIdentifier("q:arrest:bail")).toBe(false);
  });

  it("is stable, reversible and unique over every id of every course in the repository", () => {
    const all = courses();
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const { dir, course } of all) {
      const ids = reportedIds(course);
      const fallbacks = ids.map(fallbackIdOf);
      expect(new Set(fallbacks).size, dir).toBe(new Set(ids).size);
      for (const id of ids) {
        expect(id, dir).toMatch(ID_PATTERN);
        expect(fallbackIdOf(id)).toBe(fallbackIdOf(id));
        expect(authoredIdOf(fallbackIdOf(id))).toBe(id);
        expect(RULE_SETS.forma.refusesIdentifier(fallbackIdOf(id)), id).toBe(false);
        expect(isFallbackId(id)).toBe(false);
      }
    }
    // It loads every course in the repository: on a loaded 2-core machine that passed 5 s.
  }, 30_000);

  it("is one-to-one over every id the loader allows (no authored id holds a colon)", () => {
    // Exhaustive over short ids of the allowed alphabet: distinct ids, distinct fallbacks.
    const alphabet = ["a", "z", "0", "-"];
    const ids = new Set<string>();
    const grow = (prefix: string) => {
      if (ID_PATTERN.test(prefix)) ids.add(prefix);
      if (prefix.length === 5) return;
      for (const c of alphabet) grow(prefix + c);
    };
    for (const first of ["a", "q"]) grow(first);
    const fallbacks = new Set([...ids].map(fallbackIdOf));
    expect(fallbacks.size).toBe(ids.size);
    for (const id of ids) expect(authoredIdOf(fallbackIdOf(id))).toBe(id);
  });

  it("applies to interaction, objective and interaction-objective ids only", () => {
    expect(isIdentifierElement("cmi.interactions.3.id")).toBe(true);
    expect(isIdentifierElement("cmi.objectives.0.id")).toBe(true);
    expect(isIdentifierElement("cmi.interactions.3.objectives.0.id")).toBe(true);
    expect(isIdentifierElement("cmi.interactions.3.learner_response")).toBe(false);
    expect(isIdentifierElement("cmi.location")).toBe(false);
    expect(isIdentifierElement("cmi.interactions.3.correct_responses.0.pattern")).toBe(false);
  });
});
