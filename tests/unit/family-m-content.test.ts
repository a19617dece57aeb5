/**
 * The Family M course as the content issue specifies it: the sections in order, a scored
 * scenario for every decision point with feedback and a consequence for every option, knowledge
 * checks, themes that cover the lessons, and care for the learner.
 */
import { describe, expect, it } from "vitest";
import { loadCourse } from "../../src/course/loader.js";
import { questionsOf, reflectionPromptsOf } from "../../src/course/model.js";

const course = loadCourse("course").course;
const questions = questionsOf(course);
const scenarios = questions.filter((q) => q.kind === "scenario" && q.scored);

describe("the Family M course", () => {
  it("has the eight sections in order, from welcome to close", () => {
    expect(course.modules.map((m) => m.title)).toEqual([
      expect.stringMatching(/welcome/i),
      expect.stringMatching(/serious case review/i),
      expect.stringMatching(/family m/i),
      expect.stringMatching(/lesson 1/i),
      expect.stringMatching(/lesson 2/i),
      expect.stringMatching(/lesson 3/i),
      expect.stringMatching(/neglect/i),
      expect.any(String),
    ]);
    const close = course.modules[7].blocks.map((b) => b.kind);
    expect(close).toContain("results");
    expect(close).toContain("reflection");
  });

  it("has at least eight scored scenarios, each with feedback and a consequence for every option", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    for (const q of scenarios) {
      for (const o of q.options) {
        expect(o.feedbackHtml.length, `${q.id}/${o.id} feedback`).toBeGreaterThan(40);
        expect(o.consequenceHtml?.length ?? 0, `${q.id}/${o.id} consequence`).toBeGreaterThan(20);
      }
    }
  });

  it("marks the invented detail of every scenario as illustrative", () => {
    for (const q of scenarios) expect(q.scenarioHtml ?? "", q.id).toMatch(/illustrative/i);
  });

  it("covers every decision point of the case with a scenario", () => {
    const text = scenarios.map((q) => `${q.scenarioHtml} ${q.stemText}`.toLowerCase()).join("\n");
    for (const topic of [
      /arrest|bail/,
      /forensic/,
      /ability to protect|protect/,
      /conference/,
      /escalat/,
      /assur|no contact/,
      /bail condition/,
      /neglect/,
    ]) {
      expect(text).toMatch(topic);
    }
  });

  it("adds knowledge checks, single-answer and select-all-that-apply", () => {
    const checks = questions.filter((q) => q.kind !== "scenario");
    expect(checks.some((q) => q.kind === "single")).toBe(true);
    expect(checks.some((q) => q.kind === "multiple")).toBe(true);
  });

  it("points every option's feedback back to a lesson or section", () => {
    for (const q of questions) {
      for (const o of q.options)
        expect(o.feedbackHtml, `${q.id}/${o.id}`).toMatch(/see |lesson|section/i);
    }
  });

  it("has themes for the three key considerations and neglect, each with at least two scored questions", () => {
    expect(course.themes.map((t) => t.id)).toEqual([
      "risk-images",
      "challenge-escalation",
      "respectful-uncertainty",
      "neglect-cin",
    ]);
    for (const t of course.themes) {
      expect(
        questions.filter((q) => q.theme === t.id && q.scored).length,
        t.id,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives a content warning and where to find support, and asks the briefing's reflection questions", () => {
    expect(course.contentWarningHtml).toMatch(/child sexual abuse/i);
    expect(course.supportHtml).toMatch(/999/);
    expect(course.modules.some((m) => m.contentWarning)).toBe(true);
    expect(reflectionPromptsOf(course).map((p) => p.id)).toEqual([
      "reflect-use",
      "reflect-change",
      "reflect-team",
    ]);
  });

  it("uses the field's current language for abuse images", () => {
    const all = JSON.stringify(course).toLowerCase();
    const uses = all.split("child pornography").length - 1;
    // Only where the course explains why it does not use the term.
    expect(uses).toBeLessThanOrEqual(1);
    expect(all).toContain("child sexual abuse images");
  });
});
