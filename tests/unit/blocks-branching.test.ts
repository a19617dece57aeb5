/**
 * The branching scenario: the checker refuses a story that cannot be walked, the path follows the
 * learner's choices (rejoining branches included), survives the saved state, and each decision
 * is reported as its own choice interaction under its own theme. The case ends on the ending its
 * best choices earn, and a case every path of which meets every decision may be scored.
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { branching as branchingBuild } from "../../src/blocks/branching/build.js";
import { endingOf, tallyOf } from "../../src/blocks/branching/endings.js";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { decisionsOf, pathOf } from "../../src/blocks/branching/rules.js";
import { landingOf, screenAt } from "../../src/blocks/branching/screens.js";
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
  scoreOf,
  visit,
} from "../../src/progress/progress.js";
import { interactionOf, reportOf } from "../../src/progress/report.js";
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
    // 4 modules + 3 questions + 1 ordering question + 1 sort + 1 scenario = 10 steps.
    let p = visit(emptyProgress(), "case");
    expect(progressMeasure(course, p)).toBe(0.1);
    p = choose(p, "monday", "a");
    expect(progressMeasure(course, p)).toBe(0.1);
    p = choose(p, "referral", "a");
    expect(progressMeasure(course, p)).toBe(0.2);
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

  it("reports each decision as its own choice under its own theme, correct being the best option", () => {
    const [monday, referral] = decisionsOf(walk);
    const at = new Date("2026-01-01T00:00:00Z");
    const i = interactionOf(answerableOf(monday), ["b"], 900, at);
    expect(i).toMatchObject({
      id: "walk-monday",
      type: "choice",
      // The scene's own theme, not the scenario's ("sharing").
      objective: "voice",
      description: "What does the teacher do?",
      response: ["b"],
      correct: ["a"],
      result: "incorrect",
      // The fixture's case is scored.
      weighting: 1,
    });
    // A decision that names no theme is reported under the scenario's.
    expect(walk.scenes.find((s) => s.id === "referral")?.theme).toBe("sharing");
    expect(interactionOf(answerableOf(referral), ["a"], 900, at)).toMatchObject({
      id: "walk-referral",
      objective: "sharing",
      result: "correct",
    });
    expect(
      kindOf(walk)
        .answerables(walk)
        .map((a) => [a.id, a.theme, a.scored]),
    ).toEqual([
      ["walk-monday", "voice", true],
      ["walk-referral", "sharing", true],
    ]);
    for (const d of decisionsOf(walk)) expect(d.id).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
  });

  it("leaves the decisions of a case without `scored` out of the score, recorded with weighting 0", () => {
    const unscored: BranchingBlock = { ...walk, scored: undefined };
    for (const a of kindOf(unscored).answerables(unscored)) {
      expect(a).toMatchObject({ scored: false, weighting: 1 });
      expect(interactionOf(a, ["a"], 0, new Date(0)).weighting).toBe(0);
    }
  });
});

describe("a scored case in the score and the theme objectives", () => {
  const scoredOnly = (p: Progress) => {
    // Every other scored item answered right, so the case's decisions are what differ.
    let q = p;
    for (const b of course.modules.flatMap((m) => m.blocks)) {
      if (b.kind === "branching") continue;
      for (const item of kindOf(b).answerables(b))
        if (item.scored) q = answer(q, item, item.correct);
    }
    return q;
  };
  const theme = (p: Progress, id: string) =>
    scoreOf(course, p).byTheme.find((t) => t.themeId === id);

  it("counts each decision once, weighting 1, under its own theme", () => {
    const before = scoreOf(course, emptyProgress());
    const items = kindOf(walk).answerables(walk);
    expect(items.every((a) => a.scored && a.weighting === 1)).toBe(true);
    // Without the case's two decisions the course would have two fewer scored items.
    const others = course.modules
      .flatMap((m) => m.blocks)
      .filter((b) => b.kind !== "branching")
      .flatMap((b) => kindOf(b).answerables(b))
      .filter((a) => a.scored);
    expect(before.questions).toBe(others.length + 2);
    expect(before.possible).toBe(others.reduce((n, a) => n + a.weighting, 0) + 2);

    const p = choose(choose(scoredOnly(emptyProgress()), "monday", "b"), "referral", "a");
    const score = scoreOf(course, p);
    expect(score.answered).toBe(score.questions);
    expect(score.earned).toBe(score.possible - 1);
    // The worse first choice costs the voice theme, not sharing.
    const voice = theme(p, "voice");
    const sharing = theme(p, "sharing");
    expect(voice && voice.possible - voice.earned).toBe(1);
    expect(sharing && sharing.possible - sharing.earned).toBe(0);
    expect(voice?.questions).toBe(others.filter((a) => a.theme === "voice").length + 1);
  });

  it("leaves the result unknown until the case is walked, and reports its objectives from it", () => {
    const half = choose(scoredOnly(emptyProgress()), "monday", "b");
    const held = { completion: "unknown", success: "unknown" } as const;
    expect(reportOf(course, half, held, 50).success).toBe("unknown");
    const done = choose(half, "referral", "a");
    const report = reportOf(course, done, held, 50);
    const voice = report.objectives.find((o) => o.id === "voice");
    const sharing = report.objectives.find((o) => o.id === "sharing");
    expect(sharing).toMatchObject({ scaled: 1, completion: "completed", success: "passed" });
    expect(voice?.scaled).toBeLessThan(1);
    expect(voice?.completion).toBe("completed");
  });
});

describe("a branching scenario's ending", () => {
  const walked = (first: string, second: string) =>
    pathOf(walk, choose(choose(emptyProgress(), "monday", first), "referral", second));

  it.each([
    ["b", "b", 0, "late"],
    ["a", "b", 1, "partly"],
    ["b", "a", 1, "partly"],
    ["a", "a", 2, "safe"],
  ])("after %s then %s (%i best) is %s", (first, second, best, ending) => {
    const path = walked(first, second);
    expect(tallyOf(path)).toEqual({ best, decisions: 2 });
    expect(endingOf(walk, path)?.id).toBe(ending);
  });

  it("is none while the case goes on, and none for a case without endings", () => {
    const half = pathOf(walk, choose(emptyProgress(), "monday", "a"));
    expect(endingOf(walk, half)).toBeUndefined();
    expect(endingOf({ ...walk, endings: [] }, walked("a", "a"))).toBeUndefined();
  });

  it("is the one with the highest min_best not above the best choices, whatever order they are written in", () => {
    const endings = [
      { id: "top", title: "Top", html: "", minBest: 2 },
      { id: "none", title: "None", html: "", minBest: 0 },
    ];
    const block = { ...walk, endings };
    expect(endingOf(block, walked("a", "b"))?.id).toBe("none");
    expect(endingOf(block, walked("a", "a"))?.id).toBe("top");
  });

  it("keeps its endings' ids, titles and min_best in the outline", () => {
    expect(walk.endings?.map((e) => [e.id, e.title, e.minBest])).toEqual([
      ["late", "Help comes late", 0],
      ["partly", "Help comes, with gaps", 1],
      ["safe", "Sam is heard", 2],
    ]);
    expect(walk.endings?.[2].html).toContain("Sam's own words shape a plan");
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

  const endings = (...list: Array<[string, number]>) =>
    `endings:\n${list
      .map(
        ([id, n]) =>
          `  - id: ${id}\n    title: Ending ${id}\n    text: What became of it.\n    min_best: ${n}\n`,
      )
      .join("")}`;
  /** Two decisions every path meets: one → two → three. */
  const twoDecisions =
    scene("one", decision(["two", true], ["two", false])) +
    scene("two", decision(["three", true], ["three", false])) +
    scene("three", "    end: true\n");

  it("accepts endings for 0 to as many best choices as a path meets", () => {
    const dir = withScenario(head + twoDecisions + endings(["low", 0], ["mid", 1], ["high", 2]));
    expect(problemsIn(dir)).toEqual([]);
  });

  it("refuses a single ending", () => {
    const dir = withScenario(head + twoDecisions + endings(["low", 0]));
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "- id: low")}: a case with endings needs at least two (one with "min_best: 0" and one for more best choices): add another, or remove "endings" and let the case just end`,
    ]);
  });

  it("refuses an ending id used twice, and a min_best used twice", () => {
    const dir = withScenario(head + twoDecisions + endings(["low", 0], ["low", 1], ["high", 1]));
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "- id: low", 1)}: the ending id "low" is used twice in this scenario`,
      `${CASE}:${lineOf(dir, "min_best: 1", 1)}: the endings "low" and "high" both have "min_best: 1": each ending needs a different number of best choices`,
    ]);
  });

  it("refuses endings none of which has min_best 0", () => {
    const dir = withScenario(head + twoDecisions + endings(["mid", 1], ["high", 2]));
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "- id: mid")}: no ending has "min_best: 0", so a learner who never makes the best choice would reach none: give the ending for the fewest best choices "min_best: 0"`,
    ]);
  });

  it("refuses a min_best above the decisions the longest path meets", () => {
    // The detour through "two" meets two decisions; the straight path one.
    const dir = withScenario(
      head +
        scene("one", decision(["three", true], ["two", false])) +
        scene("two", decision(["three", true], ["three", false])) +
        scene("three", "    end: true\n") +
        endings(["low", 0], ["mid", 2], ["high", 3]),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "min_best: 3")}: the ending "high" needs 3 best choices, but no path through this case meets more than 2 decisions, so no learner can reach it`,
    ]);
  });

  it("refuses an ending whose id is a scene's", () => {
    const dir = withScenario(head + twoDecisions + endings(["low", 0], ["three", 1]));
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "- id: three", 1)}: the ending id "three" is also a scene's id (line ${lineOf(dir, "- id: three", 0)}): give the ending an id of its own`,
    ]);
  });

  it("takes a decision's own theme, refusing one course.yaml does not declare and one on a scene without a decision", () => {
    const ok = withScenario(
      head +
        scene("one", `    theme: voice\n${decision(["two", true], ["two", false])}`) +
        scene("two", "    end: true\n"),
    );
    expect(problemsIn(ok)).toEqual([]);
    const theme = loadCourse(ok)
      .course.modules.flatMap((m) => m.blocks)
      .find((b) => b.kind === "branching");
    expect(theme?.kind === "branching" && kindOf(theme).answerables(theme)[0].theme).toBe("voice");

    const dir = withScenario(
      head +
        scene("one", `    theme: voicce\n${decision(["two", true], ["two", false])}`) +
        scene("two", "    theme: voice\n    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "theme: voicce")}: the theme "voicce" is not declared in course.yaml (declared themes: sharing, voice)`,
      `${CASE}:${lineOf(dir, "theme: voice", 0)}: scene "two" has a theme but offers no options: a theme belongs to a decision (a scene with "options")`,
    ]);
  });

  it("accepts scored: true when every path meets every decision", () => {
    const dir = withScenario(
      head.replace("scenes:", "scored: true\nscenes:") +
        scene("one", decision(["two", true], ["wait", false])) +
        scene("wait", "    next: two\n") +
        scene("two", decision(["three", true], ["three", false])) +
        scene("three", "    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([]);
  });

  it("refuses scored: true on a case some path of which skips a decision, naming it and the path", () => {
    const dir = withScenario(
      head.replace("scenes:", "scored: true\nscenes:") +
        scene("one", decision(["two", true], ["three", false])) +
        scene("two", decision(["three", true], ["three", false])) +
        scene("three", "    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "scored: true")}: "scored: true" needs every path through the case to meet every decision, but the path one → three skips the decision in scene "two": make every path meet it, or leave the case unscored`,
    ]);
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

  it("takes a decision's role as plain text, and a scene without one has none", () => {
    const dir = withScenario(
      head +
        scene(
          "one",
          `    role: Designated safeguarding lead\n${decision(["two", true], ["two", false])}`,
        ) +
        scene("two", decision(["three", true], ["three", false])) +
        scene("three", "    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([]);
    const b = loadCourse(dir)
      .course.modules.flatMap((m) => m.blocks)
      .find((x): x is BranchingBlock => x.kind === "branching");
    expect(b?.scenes.map((s) => s.role)).toEqual([
      "Designated safeguarding lead",
      undefined,
      undefined,
    ]);
    // The answer key and the report show the scene with its role, as the learner read it.
    const items = b ? (branchingBuild.itemTexts?.(b) ?? []) : [];
    expect(items[0]?.scenarioHtml).toMatch(
      /^<p>You are: Designated safeguarding lead<\/p><p>Scene one/,
    );
    expect(items[1]?.scenarioHtml).toMatch(/^<p>Scene two/);
  });

  it("refuses a role that is not text, one with Markdown marks, one on a scene without a decision, and one too long for a badge", () => {
    const dir = withScenario(
      head +
        scene(
          "one",
          `    role:\n      - Social worker\n${decision(["two", true], ["two", false])}`,
        ) +
        scene(
          "two",
          `    role: "*Police* officer"\n${decision(["three", true], ["three", false])}`,
        ) +
        scene(
          "three",
          `    role: ${"x".repeat(61)}\n${decision(["four", true], ["four", false])}`,
        ) +
        scene("four", "    role: Health visitor\n    end: true\n"),
    );
    expect(problemsIn(dir)).toEqual([
      `${CASE}:${lineOf(dir, "- Social worker")}: "role" should be some text`,
      `${CASE}:${lineOf(dir, 'role: "*Police')}: "role" is shown as plain text, so "*" would show as typed: write the role in plain words, such as "Social worker"`,
      `${CASE}:${lineOf(dir, "role: xxx")}: "role" is 61 characters long, but at most 60 fit: shorten it by 1 characters (see "How long texts can be" in course/README.md)`,
      `${CASE}:${lineOf(dir, "role: Health")}: scene "four" names a role but offers no options: a role is who the learner is at a decision (a scene with "options")`,
    ]);
  });

  it("keeps no role in the outline: it is words on the page, which no rule reads", () => {
    const outline = branchingBuild.outline?.(walk) as BranchingBlock;
    expect(outline.scenes.every((s) => s.role === undefined)).toBe(true);
  });
});

describe("the scenario player's screens", () => {
  const screenOf = (p: Progress, at?: number) => {
    const path = pathOf(walk, p);
    const s = screenAt(path, at ?? landingOf(path));
    return s && [s.kind, s.index, s.kind === "decision" ? s.scene.id : s.step.scene.id];
  };

  it("opens on the first decision, and shows a decision made as its consequence", () => {
    expect(screenOf(emptyProgress())).toEqual(["decision", 0, "monday"]);
    const p = choose(emptyProgress(), "monday", "b");
    expect(screenOf(p, 0)).toEqual(["consequence", 0, "monday"]);
    expect(screenOf(p, 1)).toEqual(["scene", 1, "wait"]);
    expect(screenOf(p, 2)).toEqual(["decision", 2, "referral"]);
    // Past the decision that waits, the player stays on it.
    expect(screenOf(p, 5)).toEqual(["decision", 2, "referral"]);
  });

  it("brings a returning learner to the scene after their last decision, and to the ending once the case has ended", () => {
    const p = choose(emptyProgress(), "monday", "b");
    expect(screenOf(p)).toEqual(["scene", 1, "wait"]);
    expect(screenOf(choose(emptyProgress(), "monday", "a"))).toEqual(["decision", 1, "referral"]);
    const done = choose(p, "referral", "a");
    expect(screenOf(done)).toEqual(["end", 3, "strategy"]);
    expect(screenOf(done, 2)).toEqual(["consequence", 2, "referral"]);
    expect(screenOf(done, 9)).toEqual(["end", 3, "strategy"]);
  });
});
