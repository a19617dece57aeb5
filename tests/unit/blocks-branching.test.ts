/**
 * The branching scenario: the checker refuses a story that cannot be walked, the path follows the
 * learner's choices (rejoining branches included), survives the saved state, and each decision
 * is reported as its own choice interaction.
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { decisionsOf, pathOf } from "../../src/blocks/branching/rules.js";
import { answerableOf } from "../../src/blocks/question/rules.js";
import { kindOf } from "../../src/blocks/rules.js";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import type { Module } from "../../src/course/model.js";
import { longestResponse } from "../../src/kit/response.js";
import { formatProblem } from "../../src/loading/problems.js";
import {
  answer,
  completionOf,
  emptyProgress,
  moduleState,
  type Progress,
  progressMeasure,
  visit,
} from "../../src/progress/progress.js";
import { interactionOf } from "../../src/progress/report.js";
import { decodeSnapshot, encodeSnapshot, worstCaseSnapshot } from "../../src/progress/snapshot.js";

const FIXTURE = "tests/fixtures/every-block";
const CASE = "modules/03-case.md";
const course = loadCourse(FIXTURE).course;
const caseModule = course.modules.find((m) => m.id === "case");
const walk = caseModule?.blocks.find((b) => b.kind === "branching") as BranchingBlock;

function choose(progress: Progress, sceneId: string, option: string): Progress {
  const decision = decisionsOf(walk).find((d) => d.id === `walk-${sceneId}`);
  if (!decision) throw new Error(`no decision at ${sceneId}`);
  return answer(progress, answerableOf(decision), [option]);
}

const sceneIds = (p: Progress) => pathOf(walk, p).steps.map((s) => s.scene.id);

describe("a branching scenario's path", () => {
  it("waits at the first decision before any choice", () => {
    const path = pathOf(walk, emptyProgress());
    expect(path.steps).toEqual([]);
    expect(path.waiting?.id).toBe("monday");
    expect(path.ended).toBe(false);
  });

  it("follows a worse choice through its consequence and rejoins the main line", () => {
    const p = choose(emptyProgress(), "monday", "b");
    expect(sceneIds(p)).toEqual(["monday", "wait"]);
    expect(pathOf(walk, p).waiting?.id).toBe("referral");
    const done = choose(p, "referral", "a");
    expect(sceneIds(done)).toEqual(["monday", "wait", "referral", "strategy"]);
    expect(pathOf(walk, done).ended).toBe(true);
  });

  it("takes the best line without the detour", () => {
    const p = choose(choose(emptyProgress(), "monday", "a"), "referral", "b");
    expect(sceneIds(p)).toEqual(["monday", "referral", "weak"]);
    expect(pathOf(walk, p).ended).toBe(true);
  });

  it("ignores a saved choice at a scene the path no longer reaches", () => {
    const p = choose(choose(emptyProgress(), "monday", "a"), "referral", "a");
    const other = {
      ...p,
      answers: { ...p.answers, "walk-monday": { choice: ["b"], attempts: 1 } },
    };
    expect(sceneIds(other)).toEqual(["monday", "wait", "referral", "strategy"]);
  });

  it("keeps its module in progress and the course incomplete until the case ends", () => {
    let p = visit(emptyProgress(), "case");
    p = choose(p, "monday", "a");
    expect(moduleState(caseModule as Module, p)).toBe("in-progress");
    p = choose(p, "referral", "a");
    expect(moduleState(caseModule as Module, p)).toBe("done");
  });

  it("does not complete an all-questions course while a scenario is unfinished", () => {
    let p = emptyProgress();
    for (const m of course.modules) p = visit(p, m.id);
    // Everything else the course asks is answered: only the case is left.
    for (const b of course.modules.flatMap((m) => m.blocks)) {
      if (b.kind === "branching") continue;
      for (const item of kindOf(b).answerables(b)) p = answer(p, item, longestResponse(item));
    }
    p = choose(p, "monday", "b");
    expect(completionOf(course, p)).toBe("incomplete");
    p = choose(p, "referral", "b");
    expect(completionOf(course, p)).toBe("completed");
  });

  it("counts the scenario as one step of the progress measure, done when the case ends", () => {
    // 4 modules + 3 questions + 1 ordering question + 1 scenario = 9 steps.
    let p = visit(emptyProgress(), "case");
    expect(progressMeasure(course, p)).toBe(0.11);
    p = choose(p, "monday", "a");
    expect(progressMeasure(course, p)).toBe(0.11);
    p = choose(p, "referral", "a");
    expect(progressMeasure(course, p)).toBe(0.22);
  });
});

describe("a branching scenario in the saved state and the LMS", () => {
  it("restores a learner stopped in the middle of the case to the same scene", () => {
    const p = choose(visit(emptyProgress(), "case"), "monday", "b");
    const text = encodeSnapshot(p);
    expect(text).toContain("walk-monday=b.1");
    const restored = decodeSnapshot(text, course);
    expect(restored.dropped).toEqual([]);
    expect(sceneIds(restored.progress)).toEqual(["monday", "wait"]);
    expect(pathOf(walk, restored.progress).waiting?.id).toBe("referral");
  });

  it("counts every decision in the worst-case saved state", () => {
    const worst = worstCaseSnapshot(course);
    expect(worst).toContain("walk-monday=");
    expect(worst).toContain("walk-referral=");
  });

  it("reports each decision as its own choice, correct being the best option, not scored", () => {
    const [monday] = decisionsOf(walk);
    const at = new Date("2026-01-01T00:00:00Z");
    const i = interactionOf(answerableOf(monday), ["b"], 900, at);
    expect(i).toMatchObject({
      id: "walk-monday",
      type: "choice",
      objective: "sharing",
      description: "What does the teacher do?",
      response: ["b"],
      correct: ["a"],
      result: "incorrect",
      weighting: 0,
    });
    for (const d of decisionsOf(walk)) expect(d.id).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
  });
});

/** The fixture with its case module's scenario replaced by `scenario` (the lines after the fence). */
function withScenario(scenario: string, extra = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "branching-"));
  cpSync(FIXTURE, dir, { recursive: true });
  const head = readFileSync(join(dir, CASE), "utf8").split("```branching")[0];
  // The glossary term the fixture's scenario marked stays in use after it.
  writeFileSync(
    join(dir, CASE),
    `${head}\`\`\`branching\n${scenario}\`\`\`\n${extra}\nA [[strategy discussion]] follows.\n`,
  );
  return dir;
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

/** The line of the case file holding `text` (1-based), to name where a problem should be. */
function lineOf(dir: string, text: string, nth = 0): number {
  const lines = readFileSync(join(dir, CASE), "utf8").split("\n");
  const found = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
  return found[nth];
}

const scene = (id: string, body: string) => `  - id: ${id}\n    text: Scene ${id}.\n${body}`;
const decision = (a: [string, boolean], b: [string, boolean]) =>
  `    question: What now?\n    options:\n      - id: a\n        text: A\n        best: ${a[1]}\n        feedback: Why A.\n        next: ${a[0]}\n      - id: b\n        text: B\n        best: ${b[1]}\n        feedback: Why B.\n        next: ${b[0]}\n`;
const head = "id: walk\ntitle: A case\ntheme: sharing\nscenes:\n";

describe("the checker on a branching scenario", () => {
  it("accepts the fixture's scenario", () => {
    expect(problemsIn(FIXTURE)).toEqual([]);
  });

  it("refuses an option leading to a scene that does not exist", () => {
    const dir = withScenario(
      head +
        scene("one", decision(["two", true], ["three", false])) +
        scene("two", "    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "next: three")}: scene "one" leads to "three", but there is no scene with that id: the scenes in this case are one, two`,
    ]);
  });

  it("refuses a scene that no path reaches", () => {
    const dir = withScenario(
      head +
        scene("one", decision(["two", true], ["two", false])) +
        scene("two", "    end: true\n") +
        scene("lost", "    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "id: lost")}: no choice leads to scene "lost": link it from another scene's options or "next", or remove it`,
    ]);
  });

  it("refuses a scene that leads nowhere (a path with no end)", () => {
    const dir = withScenario(
      head +
        scene("one", decision(["two", true], ["three", false])) +
        scene("two", "    end: true\n") +
        scene("three", ""),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "id: three")}: scene "three" leads nowhere: give it options, a "next" scene, or "end: true" if the case ends here`,
    ]);
  });

  it("refuses a cycle, naming the scenes that go round", () => {
    const dir = withScenario(
      head +
        scene("one", decision(["two", true], ["three", false])) +
        scene("two", "    end: true\n") +
        scene("three", "    next: four\n") +
        scene("four", "    next: three\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "id: three")}: these scenes go round in a circle, so the case never ends: three → four → three`,
    ]);
  });

  it("refuses a decision with no best option, and one with two", () => {
    const none = withScenario(
      head +
        scene("one", decision(["two", false], ["two", false])) +
        scene("two", "    end: true\n"),
    );
    expect(problemsIn(none)).toEqual([
      `${CASE}:${lineOf(none, "id: one")}: the decision in scene "one" has no best option: mark one with "best: true"`,
    ]);
    const two = withScenario(
      head + scene("one", decision(["two", true], ["two", true])) + scene("two", "    end: true\n"),
    );
    expect(problemsIn(two)[0]).toContain('has 2 best options: mark just one with "best: true"');
  });

  it("refuses a decision id longer than an LMS takes", () => {
    const long = `s${"x".repeat(40)}`;
    const dir = withScenario(
      head.replace("id: walk", `id: w${"y".repeat(30)}`) +
        scene(long, decision(["two", true], ["two", false])) +
        scene("two", "    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, `id: ${long}`)}: the decision id "w${"y".repeat(30)}-${long}" is 73 characters, more than the 64 an LMS accepts: shorten the ids it is made from`,
    ]);
  });

  it("refuses a decision id that another id in the course already uses", () => {
    const question =
      "\n```question\nid: walk-one\ntype: single\ntheme: sharing\nquestion: Q?\noptions:\n  - id: a\n    text: A\n    correct: true\n    feedback: F.\n  - id: b\n    text: B\n    feedback: F.\n```\n";
    const dir = withScenario(
      head +
        scene("one", decision(["two", true], ["two", false])) +
        scene("two", "    end: true\n"),
      question,
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "id: walk-one")}: the id "walk-one" is already used at ${dir}/${CASE}:${lineOf(dir, "id: one")}: every id in a course must be different`,
    ]);
  });
});
