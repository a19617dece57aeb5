/**
 * What a finished attempt leaves in cmi.exit, and what the LMS holds while a learner tries again
 * after a fail (docs/lms-exit-and-retake.md).
 */

import { Scorm12API, Scorm2004API } from "scorm-again";
import { describe, expect, it } from "vitest";
import { answerableOf } from "../../src/blocks/question/rules.js";
import type { Course } from "../../src/course/model.js";
import { scorm12Connection } from "../../src/lms/scorm12.js";
import { scorm2004Connection } from "../../src/lms/scorm2004.js";
import type { ScormConnection } from "../../src/lms/session.js";
import {
  answer,
  emptyProgress,
  type Progress,
  retake,
  visit,
} from "../../src/progress/progress.js";
import { type HeldStatus, reportOf } from "../../src/progress/report.js";
import { sampleCourse } from "../helpers/course.js";

const course = sampleCourse();
const unknown: HeldStatus = { completion: "unknown", success: "unknown" };
const q = (id: string) => {
  for (const m of course.modules)
    for (const b of m.blocks) if (b.kind === "question" && b.question.id === id) return b.question;
  throw new Error(id);
};
const right = { q1: ["a"], q2: ["a", "b"], q3: ["a"], q4: ["a"] };
const wrong = { q1: ["b"], q2: ["a"], q3: ["b"], q4: ["a"] };

function journey(choices: Record<string, string[]>, c: Course = course): Progress {
  let p = emptyProgress();
  for (const m of c.modules) p = visit(p, m.id);
  for (const [id, choice] of Object.entries(choices)) p = answer(p, answerableOf(q(id)), choice);
  return p;
}

describe("cmi.exit", () => {
  it("is suspend while the course is not complete, even with every answer right", () => {
    let p = emptyProgress();
    for (const [id, choice] of Object.entries(right)) p = answer(p, answerableOf(q(id)), choice);
    expect(reportOf(course, p, unknown, 75).exit).toBe("suspend");
  });

  it("is suspend for a failed learner, who may try again", () => {
    const r = reportOf(course, journey(wrong), unknown, 75);
    expect(r.success).toBe("failed");
    expect(r.exit).toBe("suspend");
  });

  it("is done once the course is complete and passed", () => {
    expect(reportOf(course, journey(right), unknown, 75).exit).toBe("done");
  });

  it("is done for a passed learner who comes back, whatever this session's answers", () => {
    const held: HeldStatus = { completion: "completed", success: "passed" };
    expect(reportOf(course, emptyProgress(), held, 75).exit).toBe("done");
  });

  it("is done once a course with nothing scored is complete", () => {
    const unscored: Course = {
      ...course,
      modules: course.modules.map((m) => ({
        ...m,
        blocks: m.blocks.filter((b) => b.kind !== "question"),
      })),
    };
    let p = emptyProgress();
    for (const m of unscored.modules) p = visit(p, m.id);
    expect(reportOf(unscored, p, unknown, 75).exit).toBe("done");
  });
});

describe("a retake after a fail", () => {
  it("keeps the fail, and sends no new score, until the new answers make a result", () => {
    const failed = journey(wrong);
    const retaking = retake(course, failed);
    const held: HeldStatus = { completion: "completed", success: "failed" };
    const during = reportOf(course, retaking, held, 75);
    expect([during.completion, during.success, during.score]).toEqual([
      "completed",
      "failed",
      undefined,
    ]);
    let again = retaking;
    for (const [id, choice] of Object.entries(right)) {
      if (!again.answers[id]) again = answer(again, answerableOf(q(id)), choice);
    }
    const after = reportOf(course, again, held, 75);
    expect([after.success, after.score?.raw, after.exit]).toEqual(["passed", 100, "done"]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from the LMS, read by path
type Cmi = Record<string, any>;

/** scorm-again playing each version's LMS, and how each reads the exit and the result. */
const versions = [
  {
    name: "SCORM 1.2",
    connect: (api: object) => scorm12Connection(api, { log: () => {} }),
    api: () => new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 }),
    exit: (cmi: Cmi) => cmi.core.exit,
    status: (cmi: Cmi) => cmi.core.lesson_status,
    score: (cmi: Cmi) => String(cmi.core.score.raw),
    finishedExit: "",
    failedStatus: "failed",
  },
  {
    name: "SCORM 2004",
    connect: (api: object) => scorm2004Connection(api, { log: () => {} }),
    api: () => new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 }),
    exit: (cmi: Cmi) => cmi.exit,
    status: (cmi: Cmi) => `${cmi.completion_status}/${cmi.success_status}`,
    score: (cmi: Cmi) => String(cmi.score.raw),
    finishedExit: "suspend",
    failedStatus: "completed/failed",
  },
] as const;

describe.each(versions)("$name", (v) => {
  function session() {
    const api = v.api();
    const connection: ScormConnection = v.connect(api);
    connection.start();
    const cmi = () => JSON.parse(api.renderCMIToJSONString()).cmi;
    return { api, connection, cmi };
  }

  it(`leaves cmi.exit "${v.finishedExit}" once the learner has passed, and "suspend" before`, () => {
    const { connection, cmi } = session();
    connection.save(reportOf(course, journey({ q1: ["a"] }), unknown, 75), []);
    expect(v.exit(cmi())).toBe("suspend");
    connection.finish(reportOf(course, journey(right), unknown, 75));
    expect(v.exit(cmi())).toBe(v.finishedExit);
  });

  it("holds the fail and its score while the learner tries again in the same session", () => {
    const { connection, cmi } = session();
    const failed = journey(wrong);
    connection.save(reportOf(course, failed, unknown, 75), []);
    expect(v.status(cmi())).toBe(v.failedStatus);
    const failedScore = v.score(cmi());
    // Try again: answers cleared, the LMS held nothing at the start of this session.
    const retaking = retake(course, failed);
    connection.save(reportOf(course, retaking, unknown, 75), []);
    expect(v.status(cmi())).toBe(v.failedStatus);
    expect(v.score(cmi())).toBe(failedScore);
    expect(v.exit(cmi())).toBe("suspend");
  });
});
