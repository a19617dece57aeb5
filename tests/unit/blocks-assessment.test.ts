/**
 * The final assessment's own tests: the draw (per theme, per attempt, other variants on a retake),
 * what counts towards the score and completion, try again, the saved state across attempts and
 * from a 1.1.0-style state, and what its loader refuses, at file:line.
 */
import { describe, expect, it } from "vitest";
import { loadAssessment } from "../../src/blocks/assessment/load.js";
import type { AssessmentBlock } from "../../src/blocks/assessment/model.js";
import {
  ATTEMPT_LIMIT,
  drawnAnswerables,
  drawOf,
  heldAtMost,
  submitted,
} from "../../src/blocks/assessment/rules.js";
import { retakeWordingOf } from "../../src/blocks/attempts.js";
import { answerablesOf } from "../../src/blocks/rules.js";
import { answerKeyHtml } from "../../src/compiler/answer-key/answer-key.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Course } from "../../src/course/model.js";
import type { Answerable } from "../../src/kit/response.js";
import { blockContext, loadAtLine10 } from "../../src/loading/test-context.js";
import {
  answer,
  completionOf,
  emptyProgress,
  questionsToRetake,
  retake,
  scoreOf,
  successOf,
  visit,
} from "../../src/progress/progress.js";
import { decodeSnapshot, encodeSnapshot, worstCaseSnapshot } from "../../src/progress/snapshot.js";
import { bankPoints } from "../../src/tools/report/report-page.js";
import { courseVersionOf, scoreOfAnswers, Tally } from "../../src/tools/report/tally.js";

const { course } = loadCourse("tests/fixtures/assessment-course");

function assessmentOf(c: Course): AssessmentBlock {
  for (const m of c.modules) for (const b of m.blocks) if (b.kind === "assessment") return b;
  throw new Error("no assessment");
}
const block = assessmentOf(course);

/** Every page reached and every drawn item answered, the best option where `best` says. */
function answered(progress = emptyProgress(), best: (i: number) => boolean = () => true) {
  let p = progress;
  for (const m of course.modules) p = visit(p, m.id);
  // The practice question in the lesson, which completion asks for and the score does not count.
  p = answer(p, answerablesOf(course).find((a) => a.id === "kc-cloud") as Answerable, ["b"]);
  drawOf(block, p.draws?.[block.id] ?? 0).forEach(({ item, point }, i) => {
    const right = item.options.find((o) => o.correct)?.id ?? "";
    const wrong = item.options.find((o) => !o.correct)?.id ?? "";
    p = answer(
      p,
      drawnAnswerables(block, p).find((a) => a.id === item.id) ?? {
        id: item.id,
        theme: point.theme,
        scored: true,
        weighting: 1,
        stemText: "",
        type: "choice",
        parts: [],
        correct: [],
      },
      [best(i) ? right : wrong],
    );
  });
  return p;
}

describe("the draw", () => {
  it("takes per_theme points of each theme (every point of a theme with fewer), one variant each, in the author's order", () => {
    const drawn = drawOf(block, 0);
    const byTheme = (t: string) => drawn.filter((d) => d.point.theme === t).length;
    expect(block.perTheme).toBe(2);
    expect(byTheme("weather")).toBe(2); // 3 points written
    expect(byTheme("kit")).toBe(2); // 2 points written
    const order = block.points.map((p) => p.id);
    const ids = drawn.map((d) => order.indexOf(d.point.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const d of drawn) expect(d.point.variants).toContain(d.item);
  });

  it("gives every point with two variants a different one on the next attempt, over many attempts", () => {
    for (let n = 0; n < 50; n++) {
      const now = new Map(drawOf(block, n).map((d) => [d.point.id, d.item.id]));
      for (const d of drawOf(block, n + 1)) {
        const before = now.get(d.point.id);
        if (before && d.point.variants.length > 1) expect(d.item.id).not.toBe(before);
      }
    }
  });

  it("draws other points of a theme that has more than per_theme over attempts", () => {
    const seen = new Set<string>();
    for (let n = 0; n < 20; n++) for (const d of drawOf(block, n)) seen.add(d.point.id);
    expect([...seen].sort()).toEqual(block.points.map((p) => p.id).sort());
  });

  it("is the same for the same attempt (the player, the LMS record and a resumed session agree)", () => {
    expect(drawOf(block, 7).map((d) => d.item.id)).toEqual(drawOf(block, 7).map((d) => d.item.id));
  });
});

describe("score, completion and try again", () => {
  it("counts only this attempt's draw, not the bank, and not the practice question", () => {
    const score = scoreOf(course, emptyProgress());
    expect(score.questions).toBe(4);
    expect(score.byTheme.map((t) => [t.themeId, t.questions])).toEqual([
      ["weather", 2],
      ["kit", 2],
    ]);
  });

  it("is complete once every drawn item is answered, and passes or fails by the pass mark", () => {
    const none = visit(visit(emptyProgress(), "learn"), "assessment");
    expect(submitted(block, none)).toBe(false);
    expect(completionOf(course, none)).toBe("incomplete");
    const all = answered();
    expect(submitted(block, all)).toBe(true);
    expect(completionOf(course, all)).toBe("completed");
    expect(successOf(course, all, 75)).toBe("passed");
    const half = answered(emptyProgress(), (i) => i % 2 === 0);
    expect(scoreOf(course, half).percent).toBe(50);
    expect(successOf(course, half, 75)).toBe("failed");
  });

  it("takes the whole assessment again after one wrong answer, with the next attempt's variants", () => {
    const failed = answered(emptyProgress(), (i) => i !== 0);
    expect(questionsToRetake(course, failed).map((q) => q.id)).toEqual(
      drawOf(block, 0).map((d) => d.item.id),
    );
    const again = retake(course, failed);
    expect(again.draws).toEqual({ final: 1 });
    // The practice answer stays: only the bank is cleared.
    expect(Object.keys(again.answers)).toEqual(["kc-cloud"]);
    expect(scoreOf(course, again).answered).toBe(0);
    const first = new Set(drawOf(block, 0).map((d) => d.item.id));
    const second = drawnAnswerables(block, again).map((a) => a.id);
    expect(second.some((id) => !first.has(id))).toBe(true);
    // Pages reached and the practice answers stay.
    expect(again.visited).toEqual(failed.visited);
  });

  it("says what its Try again does, for the results, only when the retake takes the assessment again", () => {
    const failed = answered(emptyProgress(), (i) => i !== 0);
    const items = questionsToRetake(course, failed);
    const words = retakeWordingOf(course, items);
    expect(words).toContain("a new attempt at the final assessment");
    expect(words).toContain(`your ${items.length} answers there are cleared`);
    // Items of no block with its own retake: the results panel says what clearing them does.
    const practice = answerablesOf(course).filter((a) => a.id === "kc-cloud");
    expect(retakeWordingOf(course, practice)).toBeUndefined();
  });

  it("leaves a passed assessment alone", () => {
    const passed = answered();
    expect(questionsToRetake(course, passed)).toEqual([]);
    expect(retake(course, passed)).toEqual({ ...passed, answers: { ...passed.answers } });
  });
});

describe("the saved state", () => {
  it("keeps the attempt number, so a resumed learner finds the same draw and answers", () => {
    const p = answered(
      retake(
        course,
        answered(emptyProgress(), () => false),
      ),
    );
    const text = encodeSnapshot(p);
    expect(text.startsWith("3|")).toBe(true);
    const back = decodeSnapshot(text, course);
    expect(back.dropped).toEqual([]);
    expect(back.progress.draws).toEqual({ final: 1 });
    expect(back.progress.answers).toEqual(p.answers);
  });

  it("reads a format-2 state (1.1.0) as at the first attempt", () => {
    const back = decodeSnapshot("2|learn|learn,assessment|kc-cloud=a.1|||", course);
    expect(back.dropped).toEqual([]);
    expect(back.progress.answers).toEqual({ "kc-cloud": { choice: ["a"], attempts: 1 } });
    expect(back.progress.draws).toBeUndefined();
  });

  it("drops the attempt of an assessment no longer in the course, and says so", () => {
    const back = decodeSnapshot("3|learn|learn||||gone=2|", course);
    expect(back.progress.draws).toBeUndefined();
    expect(back.dropped).toEqual(['the assessment "gone" is no longer in the course']);
  });

  it("wraps the attempt number before it needs a fourth character, and counts it in the worst case", () => {
    const p = { ...emptyProgress(), draws: { final: ATTEMPT_LIMIT - 1 } };
    expect(
      retake(
        course,
        answered(p, () => false),
      ).draws,
    ).toEqual({ final: 0 });
    expect(worstCaseSnapshot(course)).toContain("|final=zzz|");
  });
});

describe("the loader", () => {
  const load = (yaml: string) =>
    loadAtLine10(loadAssessment, yaml, blockContext("modules/09-assessment.md", ["weather"]));
  const item = (id: string, options: string) => `      - id: ${id}
        scenario: It is cloudy.
        question: What do you take?
        options:
${options}`;
  const three = `          - id: a
            text: A coat
            correct: true
            feedback: Yes.
          - id: b
            text: A hat
            feedback: No.
          - id: c
            text: A fan
            feedback: No.
`;

  it("reads points and variants, with per_theme at three unless said", () => {
    const { block, problems } = load(`id: final
points:
  - id: cloud
    theme: weather
    variants:
${item("fa-cloud-1", three)}`);
    expect(problems).toEqual([]);
    expect(block?.perTheme).toBe(3);
    expect(block?.points[0].variants[0].options.map((o) => o.correct)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("refuses an item with no best option or two, too few options, an unknown theme and a reused id, at file:line", () => {
    const two = three.replace(
      "            feedback: No.\n          - id: c",
      "            correct: true\n            feedback: No.\n          - id: c",
    );
    const { block, problems } = load(`id: final
points:
  - id: cloud
    theme: wether
    variants:
${item("fa-cloud-1", two)}${item("fa-cloud-1", three.split("          - id: c")[0])}`);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/09-assessment\.md:14: the theme "wether" is not declared/),
      expect.stringMatching(
        /09-assessment\.md:20: an assessment item has one best option, marked "correct: true"; this one has 2/,
      ),
      expect.stringMatching(/09-assessment\.md:3[0-9]: .*fa-cloud-1/),
      expect.stringMatching(
        /09-assessment\.md:3[0-9]: an assessment item has 3 to 5 options; this one has 2/,
      ),
    ]);
  });
});

describe("what training leads see", () => {
  it("the answer key lists every variant, each with its decision point and its twin", () => {
    const key = answerKeyHtml(course);
    for (const p of block.points) {
      for (const v of p.variants) expect(key).toContain(`id="item-${v.id}"`);
    }
    expect(key).toContain("The final assessment's bank holds 9 items over 5 decision points");
    expect(key).toMatch(
      /<span class="id">west-cloud<\/span>: variant 1 of 2; the others: <a class="id" href="#item-fa-west-cloud-2">/,
    );
    expect(key).toMatch(/<span class="id">clear-sky<\/span>: variant 1 of 1\. Each attempt/);
  });

  const version = courseVersionOf(course);
  const attemptOf = (learner: string, answers: Array<[string, string]>) => ({
    file: "x.csv",
    line: 2,
    learner,
    learnerLabel: learner,
    attempt: "1",
    started: true,
    answers: answers.map(([id, r]) => ({ id, response: [r] })),
  });

  it("a learner's score counts the items drawn for them, not the whole bank", () => {
    const right = new Map([
      ["fa-west-cloud-1", true],
      ["fa-moon-ring-2", true],
      ["fa-worst-case-1", true],
      ["fa-long-day-2", false],
    ]);
    expect(scoreOfAnswers(version, right)).toEqual({ percent: 75, completed: true });
  });

  it("the report counts the variants of one decision point together and apart", () => {
    const tally = new Tally([version]);
    tally.add(attemptOf("ann", [["fa-west-cloud-1", "a"]]));
    tally.add(attemptOf("bob", [["fa-west-cloud-2", "a"]]));
    tally.add(attemptOf("cy", [["fa-west-cloud-2", "b"]]));
    const points = bankPoints(tally.result().items.filter((t) => t.answered > 0));
    expect(
      points.map((p) => [
        p.point,
        p.variants.map((t) => [t.item.id.authored, t.right, t.answered]),
      ]),
    ).toEqual([
      [
        "west-cloud",
        [
          ["fa-west-cloud-1", 1, 1],
          ["fa-west-cloud-2", 1, 2],
        ],
      ],
    ]);
  });
});

describe("the saved state's worst case", () => {
  it("holds at least as much as any attempt's draw answered", () => {
    const most = heldAtMost(block).reduce((n, a) => n + a.id.length, 0);
    for (let n = 0; n < 300; n++) {
      const drawn = drawOf(block, n).reduce((m, d) => m + d.item.id.length, 0);
      expect(drawn, `attempt ${n}`).toBeLessThanOrEqual(most);
    }
    expect(heldAtMost(block)).toHaveLength(4);
  });
});
