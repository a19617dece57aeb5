import { describe, expect, it } from "vitest";
import { answerableOf } from "../../src/blocks/question/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Course } from "../../src/course/model.js";
import { answer, emptyProgress, type Progress, visit } from "../../src/progress/progress.js";
import {
  decodeSnapshot,
  encodeSnapshot,
  SUSPEND_DATA_LIMIT,
  worstCaseSnapshot,
} from "../../src/progress/snapshot.js";
import { module, question, sampleCourse } from "../helpers/course.js";

const course = sampleCourse();
const q = (c: Course, id: string) =>
  c.modules
    .flatMap((m) => m.blocks)
    .flatMap((b) => (b.kind === "question" && b.question.id === id ? [b.question] : []))[0];

function sample(): Progress {
  let p = visit(visit(emptyProgress(), "intro"), "lesson");
  p = answer(p, answerableOf(q(course, "q1")), ["b"]);
  p = answer(p, answerableOf(q(course, "q2")), ["a", "b"]);
  return {
    ...p,
    reflections: { "r-one": 'Line one\nwith "quotes", bars | and 5=2:', "r-two": "" },
  };
}

describe("the saved-state codec", () => {
  it("round-trips progress exactly, keyed by ids", () => {
    const p = sample();
    const text = encodeSnapshot(p);
    expect(text.startsWith("3|lesson|intro,lesson|q1=b.1,q2=ab.1||0||")).toBe(true);
    const back = decodeSnapshot(text, course);
    expect(back.dropped).toEqual([]);
    expect(back.progress).toEqual({ ...p, reflections: { "r-one": p.reflections["r-one"] } });
  });

  it("costs a reflection its own length and no escaping", () => {
    const p = { ...emptyProgress(), reflections: { "r-one": '"'.repeat(100) } };
    expect(encodeSnapshot(p).length).toBe("3|||||0||r-one=100:".length + 100);
  });

  it("starts fresh, saying why, on corrupt or foreign saved state", () => {
    for (const bad of ["garbage", "2|x|||", '{"v":1}', "1|a|b|q1=zz", "1||||r-one=50:short"]) {
      const r = decodeSnapshot(bad, course);
      expect(r.progress, bad).toEqual(emptyProgress());
      expect(r.dropped[0], bad).toMatch(/starting fresh/);
    }
  });

  it("reads saved state of format 1 (version 1.0.0 of the player) as it was", () => {
    const back = decodeSnapshot("1|lesson|intro,lesson|q1=b.1|r-one=3:a|c", course);
    expect(back.dropped).toEqual([]);
    expect(back.progress).toEqual({
      ...emptyProgress(),
      location: "lesson",
      visited: ["intro", "lesson"],
      pagesSeen: { intro: 1, lesson: 1 },
      answers: { q1: { choice: ["b"], attempts: 1 } },
      reflections: { "r-one": "a|c" },
    });
  });

  it("keeps when the course was completed and the time spent, to the second", () => {
    const p = { ...sample(), completedAt: 1_764_489_600_123, timeSpentMs: 2_712_345 };
    const back = decodeSnapshot(encodeSnapshot(p), course).progress;
    expect(back.completedAt).toBe(1_764_489_600_000);
    expect(back.timeSpentMs).toBe(2_712_000);
  });

  it("treats empty saved state as a first launch", () => {
    expect(decodeSnapshot("", course)).toEqual({ progress: emptyProgress(), dropped: [] });
  });

  describe("after the course is republished", () => {
    const saved = encodeSnapshot(sample());

    it("drops answers to removed questions and keeps the rest", () => {
      const next = structuredClone(course);
      next.modules[1].blocks = next.modules[1].blocks.filter(
        (b) => !(b.kind === "question" && b.question.id === "q1"),
      );
      const r = decodeSnapshot(saved, next);
      expect(Object.keys(r.progress.answers)).toEqual(["q2"]);
      expect(r.dropped).toEqual(['question "q1" is no longer in the course']);
    });

    it("keeps answers when a question is reworded or another is added", () => {
      const next = structuredClone(course);
      const q1 = q(next, "q1");
      q1.stemHtml = "<p>Reworded?</p>";
      next.modules[1].blocks.push({ kind: "question", question: question("q9", "alpha") });
      const r = decodeSnapshot(saved, next);
      expect(r.progress.answers).toEqual(sample().answers);
      expect(r.dropped).toEqual([]);
    });

    it("drops an answer naming an option the question no longer has", () => {
      const next = structuredClone(course);
      q(next, "q1").options = q(next, "q1").options.filter((o) => o.id !== "b");
      expect(decodeSnapshot(saved, next).progress.answers.q1).toBeUndefined();
    });

    it("drops removed modules and a bookmark to one", () => {
      const next = structuredClone(course);
      next.modules = next.modules.filter((m) => m.id !== "lesson");
      next.modules.push(module("new"));
      const r = decodeSnapshot(saved, next);
      expect(r.progress.visited).toEqual(["intro"]);
      expect(r.progress.location).toBeNull();
    });
  });

  it("has a worst case that fits SCORM 1.2 for the sample course", () => {
    const worst = worstCaseSnapshot(course);
    expect(worst.length).toBeLessThan(SUSPEND_DATA_LIMIT);
    const back = decodeSnapshot(worst, course);
    expect(back.dropped).toEqual([]);
    expect(back.progress.reflections["r-one"].length).toBe(100);
  });

  it("keeps the real course's worst case within 3000 characters (headroom under 4096)", () => {
    const real = loadCourse("course").course;
    const worst = worstCaseSnapshot(real);
    expect(worst.length).toBeLessThanOrEqual(3000);
    expect(decodeSnapshot(worst, real).dropped).toEqual([]);
  });
});
