/**
 * Family M 1.2.0 as a republish of the published 1.0.0 and 1.1.0 (tests/fixtures/family-m-1.0.0,
 * family-m-1.1.0): the same course to the LMS, and a learner part-way through either resumes with
 * the answers that still apply.
 */

import { describe, expect, it } from "vitest";
import { answerableOf, questionsOf } from "../../src/blocks/question/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Course } from "../../src/course/model.js";
import { answer, emptyProgress, reflect, scoreOf, visit } from "../../src/progress/progress.js";
import { decodeSnapshot, encodeSnapshot } from "../../src/progress/snapshot.js";

const v1 = loadCourse("tests/fixtures/family-m-1.0.0").course;
const v11 = loadCourse("tests/fixtures/family-m-1.1.0").course;
const v2 = loadCourse("course").course;

function question(course: Course, id: string) {
  const q = questionsOf(course).find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in ${course.version}`);
  return q;
}

describe("Family M 1.0.0 republished as 1.2.0", () => {
  it("is the same course with a higher version, keeping every theme and module id", () => {
    expect([v1.version, v11.version, v2.version]).toEqual(["1.0.0", "1.1.0", "1.2.0"]);
    expect(v2.id).toBe(v1.id);
    expect(v2.themes.map((t) => t.id)).toEqual(v1.themes.map((t) => t.id));
    const after = new Set(v2.modules.map((m) => m.id));
    expect(v1.modules.map((m) => m.id).filter((id) => !after.has(id))).toEqual([]);
  });

  it("keeps each kept question's options and right answers, so old answers still mean the same", () => {
    const kept = questionsOf(v1).filter((q) => questionsOf(v2).some((x) => x.id === q.id));
    expect(kept.map((q) => q.id)).toEqual([
      "kc-not-passive",
      "kc-finkelhor",
      "kc-challenge-culture",
      "kc-triangulate",
      "kc-cin-continuum",
    ]);
    for (const q of kept) {
      const now = question(v2, q.id);
      expect([now.kind, now.theme], q.id).toEqual([q.kind, q.theme]);
      expect(
        now.options.map((o) => [o.id, o.correct]),
        q.id,
      ).toEqual(q.options.map((o) => [o.id, o.correct]));
    }
  });

  it("resumes a learner part-way through 1.0.0 with the answers and reflections that still apply", () => {
    let p = emptyProgress();
    for (const m of [
      "welcome",
      "family-m-case",
      "lesson-1-risk-from-images",
      "lesson-2-challenge-escalation",
    ])
      p = visit(p, m);
    p = answer(p, answerableOf(question(v1, "kc-not-passive")), ["b"]);
    p = answer(p, answerableOf(question(v1, "kc-finkelhor")), ["a", "c"]);
    p = answer(p, answerableOf(question(v1, "q-arrest-bail")), ["a"]);
    p = answer(p, answerableOf(question(v1, "kc-challenge-culture")), ["a"]);
    p = answer(p, answerableOf(question(v1, "q-escalate")), ["b"]);
    p = reflect(p, "reflect-use", "Check bail with the police.", 500);
    const saved = encodeSnapshot(p);

    const { progress, dropped } = decodeSnapshot(saved, v2);
    expect(progress.location).toBe("lesson-2-challenge-escalation");
    expect(progress.visited).toEqual([
      "welcome",
      "family-m-case",
      "lesson-1-risk-from-images",
      "lesson-2-challenge-escalation",
    ]);
    expect(progress.answers).toEqual({
      "kc-not-passive": { choice: ["b"], attempts: 1 },
      "kc-finkelhor": { choice: ["a", "c"], attempts: 1 },
      "kc-challenge-culture": { choice: ["a"], attempts: 1 },
    });
    expect(dropped).toEqual([
      'question "q-arrest-bail" is no longer in the course',
      'question "q-escalate" is no longer in the course',
    ]);
    expect(progress.reflections).toEqual({ "reflect-use": "Check bail with the police." });
    // The lessons' questions are practice since 1.2.0: the score waits for the final assessment.
    const score = scoreOf(v2, progress);
    expect([score.answered, score.questions]).toEqual([0, 12]);
    // The walked case and the new questions wait for the learner.
    expect(Object.keys(progress.answers).some((id) => id.startsWith("hill-"))).toBe(false);
  });
});

describe("Family M 1.1.0 republished as 1.2.0", () => {
  it("keeps every 1.1.0 question, option and right answer, so answers given in 1.1.0 still mean the same", () => {
    for (const q of questionsOf(v11)) {
      const now = question(v2, q.id);
      expect([now.kind, now.theme], q.id).toEqual([q.kind, q.theme]);
      expect(
        now.options.map((o) => [o.id, o.correct]),
        q.id,
      ).toEqual(q.options.map((o) => [o.id, o.correct]));
    }
    const after = new Set(v2.modules.map((m) => m.id));
    expect(v11.modules.map((m) => m.id).filter((id) => !after.has(id))).toEqual([]);
  });

  it("resumes a learner part-way through 1.1.0 (saved-state format 2) with every answer, the case's decisions and reflections; the score then waits for the final assessment", () => {
    let p = emptyProgress();
    for (const m of ["welcome", "what-is-an-scr", "family-m-case", "lesson-1-risk-from-images"])
      p = visit(p, m);
    p = visit(p, "lesson-1-risk-from-images", 2);
    p = answer(p, answerableOf(question(v11, "kc-not-passive")), ["b"]);
    p = answer(p, answerableOf(question(v11, "kc-finkelhor")), ["a", "b"]);
    p = reflect(p, "reflect-use", "Ask who checks the bail.", 500);
    // As 1.1.0's player wrote it: format 2, before draws.
    const saved = encodeSnapshot(p)
      .replace(/^3\|/, "2|")
      .replace(/\|\|(?=[^|]*$)/, "|");
    expect(saved.split("|")).toHaveLength(7);

    const { progress, dropped } = decodeSnapshot(saved, v2);
    expect(dropped).toEqual([]);
    expect(progress.location).toBe("lesson-1-risk-from-images.2");
    expect(progress.answers).toEqual(p.answers);
    expect(progress.reflections).toEqual(p.reflections);
    expect(progress.draws).toBeUndefined();
    const score = scoreOf(v2, progress);
    expect([score.answered, score.questions, score.earned]).toEqual([0, 12, 0]);
  });
});
