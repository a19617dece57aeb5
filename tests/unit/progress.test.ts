import { describe, expect, it } from "vitest";
import { answerableOf, isCorrect, questionsOf } from "../../src/blocks/question/rules.js";
import { scoredItemsOf } from "../../src/compiler/answer-key/scored-items.js";
import { isRight } from "../../src/kit/response.js";
import {
  answer,
  canAnswer,
  cleanReflection,
  completionOf,
  emptyProgress,
  moduleState,
  type Progress,
  progressMeasure,
  questionsToRetake,
  retake,
  scoreOf,
  successOf,
  visit,
} from "../../src/progress/progress.js";
import { interactionOf, reportOf } from "../../src/progress/report.js";
import { sampleCourse } from "../helpers/course.js";

const course = sampleCourse();
const q = (id: string) => {
  for (const m of course.modules)
    for (const b of m.blocks) if (b.kind === "question" && b.question.id === id) return b.question;
  throw new Error(id);
};
const unknown = { completion: "unknown", success: "unknown" } as const;

function journey(choices: Record<string, string[]>, c = course): Progress {
  let p = emptyProgress();
  for (const m of c.modules) p = visit(p, m.id);
  for (const [id, choice] of Object.entries(choices)) p = answer(p, answerableOf(q(id)), choice);
  return p;
}

describe("scoring", () => {
  it("a multiple-answer question is right only when exactly the correct options are chosen", () => {
    expect(isCorrect(q("q2"), ["a", "b"])).toBe(true);
    expect(isCorrect(q("q2"), ["b", "a"])).toBe(true);
    expect(isCorrect(q("q2"), ["a"])).toBe(false);
    expect(isCorrect(q("q2"), ["a", "b", "c"])).toBe(false);
  });

  it("an empty choice is never right", () => {
    expect(isCorrect(q("q1"), [])).toBe(false);
    expect(isCorrect(q("q2"), [])).toBe(false);
  });

  it("a right answer with an extra option chosen is wrong", () => {
    expect(isCorrect(q("q1"), ["a", "b"])).toBe(false);
    expect(isCorrect(q("q2"), ["c", "a", "b"])).toBe(false);
  });

  it("the order of the chosen options and a repeated option do not matter", () => {
    expect(isCorrect(q("q2"), ["b", "a", "b"])).toBe(true);
    expect(isCorrect(q("q1"), ["a", "a"])).toBe(true);
  });

  it("the report judges every choice of a scored item as the player judges the question", () => {
    const items = new Map(scoredItemsOf(course).map((i) => [i.id.authored, i]));
    for (const question of questionsOf(course)) {
      const item = items.get(question.id);
      if (!item) throw new Error(`${question.id} is not a scored item`);
      const ids = question.options.map((o) => o.id);
      // Every subset of the options, each also reversed.
      for (let mask = 0; mask < 1 << ids.length; mask++) {
        const choice = ids.filter((_, i) => mask & (1 << i));
        for (const c of [choice, [...choice].reverse()]) {
          expect(isRight(item, c)).toBe(isCorrect(question, c));
        }
      }
      const right = question.options.filter((o) => o.correct).map((o) => o.id);
      expect(isRight(item, right.reverse())).toBe(true);
    }
  });

  it("scores by weighting and leaves unscored knowledge checks out", () => {
    const p = journey({ q1: ["a"], q2: ["a"], q3: ["a"], q4: ["b"] });
    const s = scoreOf(course, p);
    expect([s.earned, s.possible, s.percent, s.scaled]).toEqual([3, 4, 75, 0.75]);
    expect(s.questions).toBe(3);
    expect(s.byTheme).toEqual([
      { themeId: "alpha", earned: 1, possible: 2, answered: 2, questions: 2 },
      { themeId: "beta", earned: 2, possible: 2, answered: 1, questions: 1 },
    ]);
  });

  it("passes at exactly the pass mark and fails just below it", () => {
    expect(successOf(course, journey({ q1: ["a"], q2: ["a"], q3: ["a"] }), 75)).toBe("passed");
    expect(successOf(course, journey({ q1: ["a"], q2: ["a"], q3: ["a"] }), 76)).toBe("failed");
  });

  it("says nothing about pass or fail until every scored question is answered", () => {
    expect(successOf(course, journey({ q1: ["a"], q3: ["a"] }), 50)).toBe("unknown");
  });

  it("keeps choices in option order whatever order they were clicked", () => {
    const p = answer(emptyProgress(), answerableOf(q("q2")), ["b", "a"]);
    expect(p.answers.q2).toEqual({ choice: ["a", "b"], attempts: 1 });
  });

  it("allows one check by default, and more when the course allows retries until right", () => {
    const wrong = answer(emptyProgress(), answerableOf(q("q1")), ["b"]);
    expect(canAnswer(course, wrong, answerableOf(q("q1")))).toBe(false);
    const lenient = sampleCourse({ attemptsPerQuestion: 2 });
    expect(canAnswer(lenient, wrong, answerableOf(q("q1")))).toBe(true);
    const second = answer(wrong, answerableOf(q("q1")), ["a"]);
    expect(second.answers.q1.attempts).toBe(2);
    expect(canAnswer(lenient, second, answerableOf(q("q1")))).toBe(false);
  });

  it("a retake clears only the scored answers that were wrong, and keeps everything else", () => {
    let p = journey({ q1: ["b"], q2: ["a"], q3: ["b"], q4: ["a"] });
    p = { ...p, reflections: { "r-one": "kept" } };
    const wrong = questionsOf(course)
      .filter((x) => x.scored && p.answers[x.id] && !isCorrect(x, p.answers[x.id].choice))
      .map((x) => x.id);
    expect(wrong.length).toBeGreaterThan(0);
    expect(questionsToRetake(course, p).map((x) => x.id)).toEqual(wrong);
    const again = retake(course, p);
    expect(Object.keys(again.answers).sort()).toEqual(
      Object.keys(p.answers)
        .filter((id) => !wrong.includes(id))
        .sort(),
    );
    expect(again.visited).toEqual(p.visited);
    expect(again.reflections).toEqual({ "r-one": "kept" });
  });

  it("with retake: all-questions, a retake clears every scored answer, right or wrong", () => {
    const strict = sampleCourse({ retake: "all-questions" });
    const p = journey({ q1: ["b"], q2: ["a"], q3: ["b"], q4: ["a"] });
    const again = retake(strict, p);
    const scored = new Set(
      questionsOf(strict)
        .filter((x) => x.scored)
        .map((x) => x.id),
    );
    expect(Object.keys(again.answers).filter((id) => scored.has(id))).toEqual([]);
    expect(Object.keys(again.answers).length).toBeGreaterThan(0);
  });

  it("a learner with nothing wrong has nothing to retake", () => {
    const allRight = Object.fromEntries(
      questionsOf(course).map((x) => [x.id, x.options.filter((o) => o.correct).map((o) => o.id)]),
    );
    expect(questionsToRetake(course, journey(allRight))).toEqual([]);
  });
});

describe("completion and module states", () => {
  it("a module is not started, in progress while a question is unanswered, then done", () => {
    const lesson = course.modules[1];
    expect(moduleState(lesson, emptyProgress())).toBe("not-started");
    const opened = visit(emptyProgress(), "lesson");
    expect(moduleState(lesson, opened)).toBe("in-progress");
    const done = ["q1", "q2", "q3"].reduce(
      (p, id) => answer(p, answerableOf(q(id)), ["a"]),
      opened,
    );
    expect(moduleState(lesson, done)).toBe("done");
  });

  it("with all-questions, completes only when every module is visited and every question answered", () => {
    expect(completionOf(course, journey({ q1: ["a"], q2: ["a"], q3: ["a"] }))).toBe("incomplete");
    expect(completionOf(course, journey({ q1: ["a"], q2: ["a"], q3: ["a"], q4: ["a"] }))).toBe(
      "completed",
    );
  });

  it("with all-modules, completes when every module has been opened", () => {
    expect(completionOf(sampleCourse({ completion: "all-modules" }), journey({}))).toBe(
      "completed",
    );
  });

  it("measures progress from 0 to 1 over modules opened and questions answered", () => {
    expect(progressMeasure(course, emptyProgress())).toBe(0);
    expect(progressMeasure(course, journey({ q1: ["a"] }))).toBe(0.57);
    expect(progressMeasure(course, journey({ q1: ["a"], q2: ["a"], q3: ["a"], q4: ["a"] }))).toBe(
      1,
    );
  });
});

describe("reflections", () => {
  it("are cut at their maximum length without splitting an emoji, and lose control characters", () => {
    expect(cleanReflection("a\u0000b\r\nc", 10)).toBe("ab\nc");
    expect(cleanReflection("abc😀", 4)).toBe("abc");
    expect(cleanReflection("x".repeat(20), 5)).toBe("xxxxx");
  });
});

describe("the report to the LMS", () => {
  const all = { q1: ["a"], q2: ["a", "b"], q3: ["a"], q4: ["a"] };

  it("reports completed and passed with the score when the learner passes", () => {
    const r = reportOf(course, journey(all), unknown, 75);
    expect([r.completion, r.success]).toEqual(["completed", "passed"]);
    expect(r.score).toEqual({ raw: 100, min: 0, max: 100, scaled: 1 });
    expect(r.exit).toBe("done");
  });

  it("gives pass or fail only once the course is complete, so SCORM 1.2 and 2004 agree", () => {
    let p = emptyProgress();
    for (const [id, choice] of Object.entries(all)) p = answer(p, answerableOf(q(id)), choice);
    for (const m of course.modules.slice(0, -1)) p = visit(p, m.id);
    const unfinished = reportOf(course, p, unknown, 75);
    expect([unfinished.completion, unfinished.success, unfinished.score]).toEqual([
      "incomplete",
      "unknown",
      undefined,
    ]);
    const finished = reportOf(course, visit(p, course.modules.at(-1)?.id ?? ""), unknown, 75);
    expect([finished.completion, finished.success]).toEqual(["completed", "passed"]);
  });

  it("a passed learner stays passed when they come back to review", () => {
    const r = reportOf(course, journey({}), { completion: "completed", success: "passed" }, 75);
    expect([r.completion, r.success]).toEqual(["completed", "passed"]);
  });

  it("reports failed by default, or keeps the attempt incomplete when the course says so", () => {
    const failing = journey({ q1: ["b"], q2: ["c"], q3: ["b"], q4: ["a"] });
    expect(reportOf(course, failing, unknown, 75).success).toBe("failed");
    const soft = sampleCourse({ onFail: "incomplete" });
    const r = reportOf(soft, failing, unknown, 75);
    expect([r.completion, r.success]).toEqual(["incomplete", "unknown"]);
  });

  it("honours a pass mark the LMS supplies over the course's", () => {
    const p = journey({ q1: ["a"], q2: ["a"], q3: ["a"], q4: ["a"] });
    expect(reportOf(course, p, unknown, 75).success).toBe("passed");
    expect(reportOf(course, p, unknown, 80).success).toBe("failed");
  });

  it("reports one objective per theme with its own score and status", () => {
    const r = reportOf(course, journey({ q1: ["a"], q2: ["a"], q3: ["a"] }), unknown, 75);
    expect(r.objectives).toEqual([
      {
        id: "alpha",
        description: "Alpha",
        scaled: 0.5,
        raw: 50,
        completion: "completed",
        success: "failed",
      },
      {
        id: "beta",
        description: "Beta",
        scaled: 1,
        raw: 100,
        completion: "completed",
        success: "passed",
      },
    ]);
  });

  it("leaves a theme's score out until every scored question of the theme is answered", () => {
    const r = reportOf(course, journey({ q1: ["a"], q3: ["a"] }), unknown, 75);
    expect(r.objectives[0]).toEqual({
      id: "alpha",
      description: "Alpha",
      scaled: undefined,
      raw: undefined,
      completion: "incomplete",
      success: "unknown",
    });
    expect(r.objectives[1].scaled).toBe(1);
  });

  it("sends no score until the result is known: a part-way score would read as a fail", () => {
    expect(reportOf(course, journey({}), unknown, 75).score).toBeUndefined();
    expect(
      reportOf(course, journey({ q1: ["a"], q2: ["a", "b"] }), unknown, 75).score,
    ).toBeUndefined();
  });

  it("describes an answer as an interaction with the response, the correct pattern and the result", () => {
    const at = new Date("2026-01-02T03:04:05Z");
    expect(interactionOf(answerableOf(q("q2")), ["b"], 1234.4, at)).toEqual({
      id: "q2",
      type: "choice",
      objective: "alpha",
      description: "q2?",
      response: ["b"],
      correct: ["a", "b"],
      result: "incorrect",
      weighting: 1,
      latencyMs: 1234,
      timestamp: at,
    });
    expect(interactionOf(answerableOf(q("q4")), ["a"], 0, at).weighting).toBe(0);
  });
});
